"""The contributor loop: scaffolding, dataset diffs, PR-only validation, link checks, docs,
workflows and pre-commit hooks."""

from __future__ import annotations

import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml

from pipeline.datadiff import diff_records, render_markdown
from pipeline.fieldref import DOCS, reference, update

from .conftest import ROOT, VALID

PY = sys.executable


def run(args: list[str], cwd: Path, ok: bool | None = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([PY, "-m", "pipeline", *args], cwd=cwd, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    if ok is not None:
        assert (proc.returncode == 0) == ok, proc.stdout + proc.stderr
    return proc


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, content: Path) -> Path:
    """A git repository holding the registries and one committed record."""
    (content / "contacts" / f"{VALID['id']}.yaml").write_text(
        yaml.safe_dump(VALID, allow_unicode=True, sort_keys=False), encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "base")
    return tmp_path


def test_field_reference_is_current():
    """CONTRIBUTING's field reference is what the model generates (`make docs`)."""
    for doc in DOCS:
        text = (ROOT / doc).read_text(encoding="utf-8")
        assert update(text) == text, f"{doc} is stale: run `make docs`"
    assert "`sources[].supports`" in reference() and "`duration[].qualifier`" in reference()


def test_new_scaffolds_a_valid_draft(repo):
    """`new` writes a draft under the right id that the validator accepts."""
    proc = run(["new", "--date", "2025-08-15", "--participants", "putin,trump", "--type",
                "meeting", "--location", "anchorage", "--source", "https://example.org/a",
                "--outlet", "Example"], repo)
    path = repo / "content/contacts/2025-08-15-trump-putin-meeting-anchorage.yaml"
    assert proc.stdout.strip().endswith(path.name) and path.exists()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["participants"] == ["trump", "putin"] and data["review"] == "draft"
    run(["validate"], repo)
    again = run(["new", "--date", "2025-08-15", "--participants", "trump,putin", "--type",
                 "meeting", "--location", "anchorage", "--source", "https://example.org/a",
                 "--outlet", "Example"], repo, ok=False)
    assert "already exists" in again.stderr


def test_new_rejects_unknown_people_and_bad_dates(repo):
    """Mistakes in the options are explained, and nothing is written."""
    bad = run(["new", "--date", "2025-08-15", "--participants", "trmp,putin", "--type", "call",
               "--source", "https://example.org/a", "--outlet", "X"], repo, ok=False)
    assert "unknown person id(s): trmp" in bad.stderr
    bad = run(["new", "--date", "2025-02-30", "--participants", "trump,putin", "--type", "call",
               "--source", "https://example.org/a", "--outlet", "X"], repo, ok=False)
    assert "does not exist in the calendar" in bad.stderr
    assert len(list((repo / "content/contacts").glob("*.yaml"))) == 1


def test_diff_lists_added_removed_changed(repo):
    """`diff` reports additions, removals and each changed field old → new."""
    contacts = repo / "content/contacts"
    path = contacts / f"{VALID['id']}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("minutes: 50", "minutes: 55"),
                    encoding="utf-8")
    other = dict(VALID, id="2021-12-07-biden-putin-video-call", type="video_call",
                 date="2021-12-07")
    (contacts / f"{other['id']}.yaml").write_text(yaml.safe_dump(other), encoding="utf-8")
    out = run(["diff", "main"], repo).stdout
    assert "1 added, 0 removed, 1 changed" in out
    assert "`2021-12-07-biden-putin-video-call` — 2021-12-07 · video_call" in out
    assert "`duration[0].minutes`: `50` → `55`" in out
    path.unlink()
    assert "0 changed" in run(["diff", "main"], repo).stdout and "#### Removed" in run(
        ["diff", "main"], repo).stdout


def test_diff_markdown_of_nothing():
    """An unchanged dataset says so."""
    assert "No contact records changed." in render_markdown(diff_records({}, {}), "main")


def test_validate_since_reports_only_new_problems(repo):
    """Problems already on main are not blamed on the pull request."""
    contacts = repo / "content/contacts"
    old_bad = dict(VALID, id="2021-06-16-biden-putin-meeting-geneva", type="meeting",
                   date="2021-06-16", location="genva")
    (contacts / f"{old_bad['id']}.yaml").write_text(yaml.safe_dump(old_bad), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "main already has a problem")
    new_bad = dict(VALID, id="2021-12-07-biden-putin-video-call", type="video_call",
                   date="2021-12-07", topics=["ukrane"])
    (contacts / f"{new_bad['id']}.yaml").write_text(yaml.safe_dump(new_bad), encoding="utf-8")
    everything = run(["validate"], repo, ok=False).stdout
    assert "genva" in everything and "ukrane" in everything
    proc = run(["validate", "--since", "main", "--github"], repo, ok=False)
    assert "ukrane" in proc.stdout and "genva" not in proc.stdout
    assert "::error file=content/contacts/2021-12-07-biden-putin-video-call.yaml,line=" in (
        proc.stdout)
    assert "1 problem(s) already present in main" in proc.stderr


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802 - http.server's naming
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    do_GET = do_HEAD  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_linkcheck_checks_only_added_urls(repo, server):
    """New URLs are checked (on a local server); a dead one is reported with file:line."""
    path = repo / "content/contacts" / f"{VALID['id']}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["sources"] += [{"url": f"{server}/ok", "outlet": "A"},
                        {"url": f"{server}/gone", "outlet": "B"}]
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    proc = run(["linkcheck", "main"], repo, ok=False)
    assert f"sources[2].url: {server}/gone — HTTP 404" in proc.stdout
    assert "/ok" not in proc.stdout and "2 URL(s) checked, 1 failed" in proc.stderr
    assert "example.org" not in proc.stdout  # the URL already on main is not fetched


def test_workflows_are_valid_and_least_privilege():
    """Workflows pass the GitHub workflow schema, default to read-only, call real targets."""
    workflows = sorted((ROOT / ".github/workflows").glob("*.yml"))
    assert workflows
    exe = Path(sys.executable).with_name("check-jsonschema")
    proc = subprocess.run([str(exe), "--builtin-schema", "vendor.github-workflows",
                           *map(str, workflows)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    targets = set()
    for line in (ROOT / "Makefile").read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and ":" in line and "=" not in line.split(":")[0]:
            targets |= set(line.split(":")[0].split())
    for wf in workflows:
        text = wf.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        assert data["permissions"] == {"contents": "read"}, wf
        assert "secrets." not in text, wf
        for call in text.split("make ")[1:]:
            target = next(w for w in call.split() if not w.startswith("-"))
            assert target in targets, f"{wf.name} calls missing `make {target}`"


def test_issue_forms_are_valid():
    """The issue templates pass GitHub's issue-form schema."""
    forms = [p for p in (ROOT / ".github/ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml"]
    exe = Path(sys.executable).with_name("check-jsonschema")
    proc = subprocess.run([str(exe), "--builtin-schema", "vendor.github-issue-forms",
                           *map(str, forms)], capture_output=True, text=True)
    assert proc.returncode == 0 and len(forms) == 2, proc.stdout


def test_yamllint_passes_on_content_and_config():
    """The YAML lint the pre-commit hook runs passes on everything committed."""
    exe = Path(sys.executable).with_name("yamllint")
    proc = subprocess.run([str(exe), "--strict", "-c", str(ROOT / ".yamllint.yml"),
                           "content", ".github", ".pre-commit-config.yaml"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
    hooks = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    ids = {h["id"] for r in hooks["repos"] for h in r["hooks"]}
    assert {"yamllint", "validate", "ruff"} <= ids


def test_yamllint_catches_what_contributors_break(tmp_path):
    """Tabs and duplicate keys fail the lint hook too."""
    bad = tmp_path / "x.yaml"
    bad.write_text("a: 1\na: 2\n", encoding="utf-8")
    exe = Path(sys.executable).with_name("yamllint")
    proc = subprocess.run([str(exe), "-c", str(ROOT / ".yamllint.yml"), str(bad)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "duplication of key" in proc.stdout


@pytest.mark.slow
def test_contributor_path_end_to_end(tmp_path):
    """Scaffold, break, see file:line, fix, diff, build: the whole loop in a temp repo."""
    for name in ("content", "pipeline", "theme", "schema"):
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pelicanconf.py", "publishconf.py"):
        shutil.copy(ROOT / name, tmp_path / name)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "base")
    new_id = "2026-05-20-trump-putin-call"
    run(["new", "--date", "2026-05-20", "--participants", "trump,putin", "--type", "call",
         "--source", "https://example.org/call", "--outlet", "Example",
         "--summary-uk", "Розмова про перемир'я.", "--summary-en", "A call on a ceasefire."],
        tmp_path)
    path = tmp_path / "content/contacts" / f"{new_id}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("type: call", "type: phone"), encoding="utf-8")
    broken = run(["validate"], tmp_path, ok=False).stdout
    line = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if "phone" in t)
    assert f"content/contacts/{new_id}.yaml:{line}: type: 'phone' is not allowed" in broken
    path.write_text(text, encoding="utf-8")
    run(["validate"], tmp_path)
    assert f"`{new_id}` — 2026-05-20 · call · trump–putin · held" in run(
        ["diff", "main"], tmp_path).stdout
    for lang in ("uk", "en"):
        proc = subprocess.run(
            [str(Path(sys.executable).with_name("pelican")), "content", "-s", "pelicanconf.py",
             "--fatal", "warnings"], cwd=tmp_path, capture_output=True, text=True,
            env={"SITE_LANG": lang, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(tmp_path)})
        assert proc.returncode == 0, proc.stdout + proc.stderr
    for prefix in ("output", "output/en"):
        page = tmp_path / prefix / "contacts" / new_id / "index.html"
        assert page.exists(), prefix
    assert "перемир" in (tmp_path / "output/contacts" / new_id / "index.html").read_text()
    assert "ceasefire" in (tmp_path / "output/en/contacts" / new_id / "index.html").read_text()
