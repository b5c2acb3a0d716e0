"""yamlio.atomic_write: whole files only, with the permissions a plain write would give."""

from __future__ import annotations

import os
import stat

from pipeline.yamlio import atomic_write


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_are_readable_like_any_other(tmp_path):
    """The temporary file is private (0600); the written file is not, so a web server
    running as another user can serve sitemap.xml and the search entry file."""
    umask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "sitemap.xml", "<urlset/>")
        plain = tmp_path / "plain.txt"
        plain.write_text("x", encoding="utf-8")
        assert mode(tmp_path / "sitemap.xml") == mode(plain) == 0o644
    finally:
        os.umask(umask)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_rewritten_file_keeps_its_mode(tmp_path):
    script = tmp_path / "run.sh"
    script.write_text("echo one\n", encoding="utf-8")
    script.chmod(0o750)
    atomic_write(script, "echo two\n")
    assert script.read_text(encoding="utf-8") == "echo two\n" and mode(script) == 0o750
