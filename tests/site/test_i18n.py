"""Interface translations: every string is translated, Ukrainian plurals are right."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from pipeline.site.i18n import catalog_path, load_translations

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "theme" / "translations"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2)}


def extracted_ids() -> set[str]:
    """Message ids in the templates and pipeline/site, as `make i18n` extracts them."""
    method_map = [("pipeline/site/**.py", "python"), ("theme/templates/**.html", "jinja2")]
    options = {"theme/templates/**.html": {"trimmed": "true"}}
    ids = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(
        ROOT, method_map, options, keywords=KEYWORDS
    ):
        ids.add(message[0] if isinstance(message, tuple) else message)
    return ids


@pytest.fixture(scope="module")
def uk_catalog():
    with catalog_path(TRANSLATIONS, "uk").open("rb") as fh:
        return read_po(fh, locale="uk")


def test_every_interface_string_has_a_ukrainian_translation(uk_catalog):
    """Each msgid used by a template or the plugin is in the uk catalog, translated."""
    missing = []
    for msgid in sorted(extracted_ids()):
        message = uk_catalog.get(msgid)
        strings = message.string if message else None
        if isinstance(strings, tuple):
            strings = all(strings) and strings
        if not message or not strings or message.fuzzy:
            missing.append(msgid)
    assert missing == [], "run `make i18n` and translate: " + ", ".join(missing)


def test_catalog_has_ukrainian_plural_rule(uk_catalog):
    """Three plural forms with the CLDR rule for Ukrainian."""
    assert uk_catalog.num_plurals == 3
    assert "n%10==1 && n%100!=11" in uk_catalog.plural_expr


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1 контакт"), (2, "2 контакти"), (4, "4 контакти"), (5, "5 контактів"),
     (11, "11 контактів"), (12, "12 контактів"), (21, "21 контакт"), (22, "22 контакти"),
     (25, "25 контактів"), (101, "101 контакт"), (111, "111 контактів")],
)
def test_ukrainian_plural_forms(n, expected):
    """The compiled catalog picks the right Ukrainian form for each count."""
    t = load_translations(TRANSLATIONS, "uk")
    assert t.ngettext("%(count)s contact", "%(count)s contacts", n) % {"count": n} == expected


def test_english_uses_the_message_ids():
    """English needs no catalog: the msgids are English."""
    t = load_translations(TRANSLATIONS, "en")
    assert t.gettext("All contacts") == "All contacts"
    assert t.ngettext("%(num)d day ago", "%(num)d days ago", 2) == "%(num)d days ago"


def test_catalog_compiles_without_a_committed_mo():
    """The .po compiles in memory; no .mo is kept in the repository."""
    assert not list(TRANSLATIONS.rglob("*.mo"))
    t = load_translations(TRANSLATIONS, "uk")
    assert t.gettext("All contacts") == "Усі контакти"


def test_memoised_gettext_matches_jinja_newstyle_gettext():
    """The memoised `_` renders exactly what Jinja's own newstyle gettext renders: escaped
    variables, %-formatting, '%%' and autoescape off."""
    from jinja2 import Environment

    from pipeline.site.i18n import load_translations, memoised_gettext

    translations = load_translations("theme/translations", "uk")
    source = ('{{ _("Summary") }}|{{ _("Previous contact of %(pair)s", pair="<b>") }}|'
              '{{ _("100%% sure") }}|{% trans n=3 %}Data as of {{ n }}{% endtrans %}')
    results = []
    for autoescape in (True, False):
        ours = Environment(autoescape=autoescape, extensions=["jinja2.ext.i18n"])
        ours.install_gettext_translations(translations, newstyle=True)
        theirs = Environment(autoescape=autoescape, extensions=["jinja2.ext.i18n"])
        theirs.install_gettext_translations(translations, newstyle=True)
        ours.globals["gettext"] = ours.globals["_"] = memoised_gettext(translations)
        for _ in range(2):  # the second time from the memo
            got = ours.from_string(source).render()
            assert got == theirs.from_string(source).render()
        results.append(got)
    assert results[0].startswith("Опис|")  # translated
    assert "&lt;b&gt;" in results[0] and "<b>" in results[1]
    assert "100% sure" in results[0]
