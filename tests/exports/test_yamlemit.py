"""The fast YAML writer: PyYAML's safe loader reads back exactly what it wrote."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.yamlemit import emit, scalar
from pipeline.yamlio import loads

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
leaves = st.none() | st.booleans() | st.integers() | text | st.floats(allow_nan=False)
documents = st.recursive(
    leaves,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(text, children, max_size=4),
    max_leaves=30,
)


@given(documents)
@settings(max_examples=500, deadline=None)
def test_round_trips_any_json_like_data(doc):
    """Any nesting of dicts, lists, strings, numbers, booleans and nulls reads back equal."""
    assert yaml.load(emit(doc), Loader=yaml.CSafeLoader) == doc


@pytest.mark.parametrize("value", [
    "yes", "No", "on", "null", "~", "true", "2025-10-16", "2025-10", "1.5", "0x1f", "1_000",
    "12:30", "- item", "a: b", "a #b", "#x", "'q'", '"q"', "&a", "*a", "!tag", "|", ">",
    "%x", "@x", "`x", " lead", "trail ", "end:", "", "line\nbreak", "tab\there", "\u2028",
    "\x85", "\ufeffbom", "\x7f", "Путін: «так»", "Trump's call", "=SUM(A1)", "? q", "[a]",
])
def test_tricky_strings_stay_strings(value):
    """Strings that look like other types or YAML syntax are quoted and read back as written."""
    assert yaml.load(emit({"k": value, "l": [value]}), Loader=yaml.CSafeLoader) == {
        "k": value, "l": [value]}


def test_ordinary_text_is_written_plain():
    """Ids, words and sentences stay readable, without quotes."""
    assert scalar("2025-10-16-trump-putin-call") == "2025-10-16-trump-putin-call"
    assert scalar("Перша розмова Трампа й Путіна.") == "Перша розмова Трампа й Путіна."
    assert scalar("2025-10-16") == '"2025-10-16"'
    assert scalar(150.0) == "150.0" and scalar(1e16) == "1.0e+16"


def test_nested_lists_and_mappings_take_block_style():
    """Mappings in lists start behind the dash; empty ones are written {} and []."""
    doc = {"a": [{"b": 1, "c": [1, [2, 3]]}, {}], "d": {}, "e": []}
    assert emit(doc) == ("a:\n  - b: 1\n    c:\n      - 1\n      - - 2\n        - 3\n  - {}\n"
                         "d: {}\ne: []\n")
    assert loads(emit(doc)).data == doc  # the project's strict loader accepts it too


def test_never_writes_anchors_for_shared_objects():
    """A value used twice is written out twice."""
    shared = {"uk": "Москва"}
    text_ = emit({"a": shared, "b": [shared]})
    assert "&" not in text_ and "*" not in text_
