"""Reading content files as they were at a git revision (for diff, PR validation, link check)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


class GitError(Exception):
    pass


def _git(*args: str, cwd: str | Path = ".") -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8")
    if proc.returncode != 0:
        raise GitError(proc.stderr.strip() or f"git {' '.join(args)} failed")
    return proc.stdout


def default_base(cwd: str | Path = ".") -> str:
    """origin/main when it exists (a pull request), else the previous commit."""
    for rev in ("origin/main", "HEAD~1"):
        try:
            _git("rev-parse", "--verify", "--quiet", rev, cwd=cwd)
            return rev
        except GitError:
            continue
    raise GitError("no base revision: pass one (e.g. main or HEAD~1)")


def files_at(rev: str, folder: str, cwd: str | Path = ".") -> dict[str, str]:
    """Every *.yaml under `folder` at `rev`, as {repository path: text}."""
    top = _git("rev-parse", "--show-toplevel", cwd=cwd).strip()
    prefix = str(Path(cwd).resolve().relative_to(Path(top).resolve()))
    folder_in_repo = folder if prefix == "." else f"{prefix}/{folder}"
    names = _git("ls-tree", "-r", "--name-only", rev, "--", folder_in_repo, cwd=top).split()
    out = {}
    for name in names:
        if name.endswith(".yaml"):
            rel = name if prefix == "." else name[len(prefix) + 1:]
            out[rel] = _git("show", f"{rev}:{name}", cwd=top)
    return out


def materialise(rev: str, dest: Path, folder: str = "content", cwd: str | Path = ".") -> Path:
    """Write `folder` as it was at `rev` into dest/folder (for validating the base)."""
    for rel, text in files_at(rev, folder, cwd).items():
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (dest / folder / "contacts").mkdir(parents=True, exist_ok=True)
    return dest / folder


_SSH = re.compile(r"^(?:ssh://)?git@([\w.-]+)[:/](.+?)(?:\.git)?/?$")
_HTTPS = re.compile(r"^https://(?:[^@/]+@)?([\w.-]+)/(.+?)(?:\.git)?/?$")


def web_url(remote: str) -> str:
    """The web address of a git remote ("git@github.com:o/r.git" -> "https://github.com/o/r");
    "" for a remote that has none (a local path, a file:// URL)."""
    for pattern in (_SSH, _HTTPS):
        match = pattern.match(remote.strip())
        if match:
            return f"https://{match.group(1)}/{match.group(2)}"
    return ""


def repository_url(cwd: str | Path = ".") -> str:
    """The web address of this checkout's `origin`, or "" (no git, no origin, or a local
    one): the site's "edit this record" links then are left out rather than guessed."""
    try:
        return web_url(_git("config", "--get", "remote.origin.url", cwd=cwd))
    except (GitError, OSError):
        return ""
