"""Every validator rule: a record that breaks it fails with file:line: field, a good one passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.validate import validate

from .conftest import ROOT, TODAY


def write(content: Path, data: dict | str, name: str | None = None) -> Path:
    name = name or (data["id"] if isinstance(data, dict) else "x")
    path = content / "contacts" / f"{name}.yaml"
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True,
                                                             sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def problems(content: Path) -> list[str]:
    return [str(p) for p in validate(content_dir=content, today=TODAY).errors]


def test_valid_record_passes(content, record):
    """The reference record has no problems at all."""
    write(content, record)
    report = validate(content_dir=content, today=TODAY)
    assert report.problems == []
    assert list(report.contacts) == [record["id"]]


def test_real_content_is_valid():
    """Everything committed under content/ passes."""
    report = validate(content_dir=ROOT / "content", today=TODAY)
    assert report.errors == [], "\n".join(map(str, report.errors))


def _line_of(path: Path, key: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip("- ").startswith(f"{key}:"):
            return i
    raise AssertionError(key)


@pytest.mark.parametrize(
    ("change", "field", "needle"),
    [
        ({"type": "phone"}, "type", "'phone' is not allowed"),
        ({"status": "done"}, "status", "is not allowed"),
        ({"date": "2021-02-30"}, "date", "does not exist in the calendar"),
        ({"date": "2021-13"}, "date", "month 13"),
        ({"date": "30.12.2021"}, "date", "YYYY-MM-DD"),
        ({"date": "2027-01-02"}, "date", "after today"),
        ({"participants": ["biden", "putn"]}, "participants[1]", "did you mean 'putin'"),
        ({"participants": ["biden", "obama"]}, "participants", "one US and one Russian"),
        ({"participants": ["obama", "putin"]}, "participants[0]", "neither president"),
        ({"participants": ["biden", "biden", "putin"]}, "participants", "listed twice"),
        ({"initiator": "obama"}, "initiator", "not among the participants"),
        ({"location": "kyiv"}, "location", "unknown place"),
        ({"topics": ["syra"]}, "topics[0]", "did you mean 'syria'"),
        ({"status": "cancelled"}, "history", "needs a history"),
        ({"status": "postponed"}, "history", "needs a history"),
        ({"related": ["2099-01-01-nobody"]}, "related[0]", "no record has id"),
        ({"summary": {"uk": "Лише українською."}}, "summary.en", "en text is missing"),
        ({"summary": {"uk": "<script>alert(1)</script>", "en": "x"}}, "summary.uk", "HTML"),
        ({"summary": {"uk": "[x](javascript:alert(1))", "en": "x"}}, "summary.uk", "https://"),
        ({"partcipants": ["biden"]}, "partcipants", "did you mean 'participants'"),
        ({"duration": [{"minutes": -5, "reported_by": "x"}]}, "duration[0].minutes", "greater"),
        ({"sources": []}, "sources", "at least 1"),
    ],
)
def test_rule(content, record, change, field, needle):
    """Each broken field is reported once, on its own line, with advice."""
    record.update(change)
    path = write(content, record)
    found = problems(content)
    hits = [p for p in found if f": {field}: " in p and needle in p]
    assert hits, found
    key = field.split(".")[0].split("[")[0]
    line = int(hits[0].split(":")[1])
    if key not in ("history", "summary"):  # missing fields point at the record/parent
        if "[" in field:  # a list item: its own line, below the key
            assert line > _line_of(path, key)
        else:
            assert line == _line_of(path, key)


def test_source_url_must_be_http(content, record):
    """A source needs an http(s) URL; ftp:// or a bare name is rejected."""
    record["sources"] = [{"url": "ftp://example.org/x", "outlet": "X"}]
    write(content, record)
    assert any("sources[0].url" in p and "http(s)" in p for p in problems(content))
    record["sources"] = [{"url": "javascript:alert(1)", "outlet": "X"}]
    write(content, record)
    assert any("sources[0].url" in p for p in problems(content))


def test_source_supports_known_fields(content, record):
    """`supports` names record fields; a typo is caught with a suggestion."""
    record["sources"][0]["supports"] = ["date", "duraton"]
    write(content, record)
    assert any("did you mean 'duration'" in p for p in problems(content))


def test_id_must_match_file_name(content, record):
    """The id and the file name are the same thing."""
    write(content, record, name="2021-12-30-other")
    assert any(": id: " in p and "file name" in p for p in problems(content))


def test_duplicate_ids_across_folders(content, record):
    """Two files claiming one id are both found."""
    write(content, record)
    sub = content / "contacts" / "more"
    sub.mkdir()
    (sub / f"{record['id']}.yaml").write_text(yaml.safe_dump(record), encoding="utf-8")
    assert any("also used by" in p for p in problems(content))


def test_cancelled_with_history_passes(content, record):
    """A cancelled contact with its story is fine."""
    record.update(status="cancelled", date="2022-03", history=[
        {"status": "announced", "date": "2021-12-01", "source": "https://example.org/b"},
        {"status": "cancelled", "date": "2021-12-20"},
    ])
    write(content, record)
    assert problems(content) == []


def test_yaml_native_dates_accepted(content, record):
    """`date: 2021-12-30` (a YAML date) and `date: '2021-12-30'` are the same."""
    text = yaml.safe_dump(record, sort_keys=False).replace("'2021-12-30'", "2021-12-30")
    assert "date: 2021-12-30\n" in text
    write(content, text, name=record["id"])
    assert problems(content) == []


def test_partial_dates_check_office_overlap(content, record):
    """A month-precision date passes when the person was in office some of that month."""
    record.update(date="2021-01", participants=["biden", "putin"])
    write(content, record)
    assert problems(content) == []  # Biden was president-elect, then president, in Jan 2021


def test_draft_without_summary_is_a_warning(content, record):
    """Drafts may lack a summary: a warning, not an error."""
    record.update(review="draft")
    del record["summary"]
    write(content, record)
    report = validate(content_dir=content, today=TODAY)
    assert report.ok and any(p.warning and p.field == "summary" for p in report.problems)


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ("id: a\ntype: call\n  bad: indent\n", "YAML syntax", 3),
        ("id: a\n\tparticipants: []\n", "tab", 2),
        ("id: a\ntype: call\ntype: meeting\n", "appears twice (first on line 2)", 3),
        ("", "file is empty", 1),
        ("- a\n- b\n", "not a list", 1),
        ("a: 1\nb: &x [1]\nc: *x\n", "aliases", 2),
    ],
)
def test_malformed_yaml_names_the_line(content, text, needle, line):
    """Broken YAML is one clear line with file and line, never a traceback."""
    path = write(content, text, name="broken")
    found = problems(content)
    assert len(found) == 1 and needle in found[0], found
    assert found[0].startswith(f"{path}:{line}:")


def test_billion_laughs_is_refused_fast(content):
    """Nested aliases are refused before they expand."""
    bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    write(content, bomb, name="bomb")
    assert any("aliases" in p for p in problems(content))


def test_non_utf8_bom_crlf(content, record):
    """Latin-1 bytes are an error with a line; a BOM and CRLF line ends are accepted."""
    path = content / "contacts" / "latin.yaml"
    path.write_bytes(b"id: latin\nsummary: caf\xe9\n")
    assert any("not UTF-8" in p and p.startswith(f"{path}:2:") for p in problems(content))
    path.unlink()
    text = yaml.safe_dump(record, allow_unicode=True).replace("\n", "\r\n")
    write(content, "\ufeff" + text, name=record["id"])
    assert problems(content) == []


def test_all_problems_in_one_run(content, record):
    """Several broken files and fields are all reported in one run."""
    write(content, dict(record, type="phone", topics=["nope"]))
    other = dict(record, id="2021-12-31-biden-putin-call", date="2021-12-32")
    write(content, other)
    assert len(problems(content)) >= 3


def test_cli_exit_status_and_format(content, record):
    """The command prints file:line: field: message and exits 1, or 0 when clean."""
    write(content, record)
    cmd = [sys.executable, "-m", "pipeline", "validate", "--content", str(content),
           "--today", TODAY.isoformat()]
    ok = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    write(content, dict(record, type="phone"))
    bad = subprocess.run(cmd + ["--github"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1
    assert ".yaml:2: type: 'phone' is not allowed" in bad.stdout
    assert "::error file=" in bad.stdout and "Traceback" not in bad.stderr


def test_huge_file_is_refused_without_parsing(content):
    """A 50 MB file is one clear error, not a hang or a memory spike."""
    path = content / "contacts" / "huge.yaml"
    path.write_bytes(b"summary: " + b"x" * (50 * 1024 * 1024) + b"\n")
    found = problems(content)
    assert len(found) == 1 and "a record must be under" in found[0]


@pytest.mark.parametrize(
    ("change", "field", "needle"),
    [
        ({"participants": "biden, putin"}, "participants", "expected a list"),
        ({"duration": {"minutes": 50}}, "duration", "expected a list"),
        ({"summary": "Just text"}, "summary", "expected a mapping"),
        ({"duration": [{"minutes": "fifty", "reported_by": "x"}]}, "duration[0].minutes",
         "number"),
        ({"sources": [{"url": "https://example.org", "outlet": "X", "kind": "blog"}]},
         "sources[0].kind", "is not allowed"),
    ],
)
def test_wrong_types_are_explained(content, record, change, field, needle):
    """A value of the wrong shape names the field and what shape it needs."""
    record.update(change)
    write(content, record)
    found = problems(content)
    assert any(f": {field}: " in p and needle in p for p in found), found


def test_unknown_tag_is_refused(content, record):
    """Python-object tags never reach a constructor."""
    text = yaml.safe_dump(record, sort_keys=False) + "x: !!python/object/apply:os.system [ls]\n"
    write(content, text, name=record["id"])
    assert any("tag" in p and "not allowed" in p for p in problems(content))


def test_plain_scalars_resolve_like_yaml():
    """Numbers, nulls, booleans and dates in plain form become values; quoted stay text."""
    import datetime as dt

    from pipeline.yamlio import loads

    data = loads("n: 122\nx: null\nd: 2021-12-30\nq: '5'\nf: 1.5\nb: true\ne:\n").data
    assert data == {"n": 122, "x": None, "d": dt.date(2021, 12, 30), "q": "5", "f": 1.5,
                    "b": True, "e": None}


def test_parallel_check_reports_the_same_problems(content, record, monkeypatch):
    """Large datasets are checked on all cores; the problems found are exactly the same."""
    import pipeline.validate as v

    for i in range(6):
        rec = dict(record, id=f"2021-12-{10 + i}-biden-putin-call", date=f"2021-12-{10 + i}",
                   related=["2099-01-01-missing"] if i == 0 else [])
        write(content, rec)
    write(content, dict(record, id="2021-12-20-biden-putin-call", date="2021-12-20",
                        topics=["nope"]))
    serial = validate(content_dir=content, today=TODAY, keep_contacts=False)
    monkeypatch.setattr(v, "PARALLEL_FROM", 1)
    parallel = validate(content_dir=content, today=TODAY, keep_contacts=False)
    assert [str(p) for p in parallel.problems] == [str(p) for p in serial.problems]
    assert any("related[0]" in str(p) for p in parallel.problems)
    assert any("unknown topic 'nope'" in str(p) for p in parallel.problems)
    assert len(parallel.contacts) == 7
