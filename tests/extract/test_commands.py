"""`python -m pipeline extract | review | eval` as other tools call them."""

from __future__ import annotations

import json
import subprocess
import sys

from pipeline.__main__ import main

from ..conftest import ROOT

ARTICLES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "content" / "articles").glob("*.md"))
DEV = sorted(str(p.relative_to(ROOT))
             for p in (ROOT / "tests" / "extract" / "corpus" / "dev").glob("*.md"))


def test_extract_json_prints_one_array_and_writes_nothing(content, capsys, monkeypatch):
    """--json over many files prints one JSON array; every record's first source names its
    file; no file is written."""
    monkeypatch.chdir(ROOT)
    code = main(["extract", "--json", "--content", str(content), *ARTICLES, *DEV])
    out = capsys.readouterr().out
    assert code == 0
    drafts = json.loads(out)
    assert isinstance(drafts, list) and len(drafts) >= 25
    assert {d["sources"][0]["file"] for d in drafts} <= set(ARTICLES + DEV)
    assert any(d["date"] is None for d in drafts)
    assert all(set(d) >= {"participants", "type", "status", "date", "duration", "location",
                          "topics", "sources"} for d in drafts)
    assert list((content / "contacts").glob("*")) == []


def test_extract_merges_and_is_idempotent(content, capsys, monkeypatch):
    """Without --json drafts are merged; a second run reports nothing new or updated."""
    monkeypatch.chdir(ROOT)
    assert main(["extract", "--content", str(content), *ARTICLES]) == 0
    first = capsys.readouterr()
    assert "new draft: 2025-08-15-trump-putin-meeting-anchorage" in first.out
    assert main(["extract", "--content", str(content), *ARTICLES]) == 0
    second = capsys.readouterr()
    assert "new draft" not in second.out and "updated draft" not in second.out
    assert "0 new, 0 updated" in second.err


def test_extract_error_for_missing_date(tmp_path, content, capsys):
    """A plain text file without --published is an error with the fix; with it, it works."""
    plain = tmp_path / "a.txt"
    plain.write_text("Трамп провів телефонну розмову з Путіним.", encoding="utf-8")
    assert main(["extract", "--json", "--content", str(content), str(plain)]) == 1
    captured = capsys.readouterr()
    assert "no publication date" in captured.err and json.loads(captured.out) == []
    assert main(["extract", "--json", "--content", str(content), "--published", "2025-10-16",
                 str(plain)]) == 0
    (draft,) = json.loads(capsys.readouterr().out)
    assert draft["date"] == "2025-10-16" and draft["sources"][0]["file"] == str(plain)


def test_extract_folder_argument(content, capsys, monkeypatch):
    """A folder expands to the articles below it."""
    monkeypatch.chdir(ROOT)
    assert main(["extract", "--json", "--content", str(content), "content/articles"]) == 0
    files = {d["sources"][0]["file"] for d in json.loads(capsys.readouterr().out)}
    assert files == {a for a in ARTICLES if "ft" not in a}  # the FT seed has no contact


def test_review_command(content, capsys, monkeypatch):
    """`review` prints drafts with their supporting sentences."""
    monkeypatch.chdir(ROOT)
    main(["extract", "--content", str(content), *ARTICLES])
    capsys.readouterr()
    assert main(["review", "--content", str(content), "--articles", "content/articles"]) == 0
    out = capsys.readouterr().out
    assert "== 2025-10-16-trump-putin-meeting-budapest (draft, announced)" in out
    assert "Будапешті" in out


def test_eval_command(capsys, monkeypatch):
    """`eval` prints precision, recall, F1 and date accuracy per split and language."""
    monkeypatch.chdir(ROOT)
    assert main(["eval", "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[-4:] == ["R", "F1", "date", "acc"]
    assert {line.split()[1] for line in out.splitlines()[1:]} == {"en", "ru", "uk", "all"}


def test_module_entry_point():
    """The command runs as `python -m pipeline extract --json` in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", "--json",
         "content/articles/2024-11-20-trump-talks-putin-soon.md"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    (draft,) = json.loads(done.stdout)
    assert draft["status"] == "announced" and draft["date"] is None
