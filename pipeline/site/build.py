"""Run the two Pelican builds (uk at the output root, en under en/), in parallel, as plain
`pelican` processes with extra settings and no validation, search index or sitemap.

This is for tests that build fixture sites (some fixtures are deliberately invalid, e.g. the
hostile record). `make site` uses pipeline/site/fullbuild.py, which validates first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
LANG_DIRS = {"uk": "", "en": "en"}


class BuildError(RuntimeError):
    pass


def pelican_command(content: Path, output: Path, lang: str, settings: str = "pelicanconf.py",
                    extra: Mapping[str, Any] | None = None) -> list[str]:
    target = output / LANG_DIRS[lang] if LANG_DIRS[lang] else output
    cmd = [sys.executable, "-m", "pelican", str(content), "-o", str(target),
           "-s", str(ROOT / settings), "--fatal", "warnings"]
    if extra:  # one -e with every pair: Pelican keeps only the last -e it is given
        cmd += ["-e", *(f"{key}={json.dumps(value)}" for key, value in sorted(extra.items()))]
    return cmd


def build(content: str | Path, output: str | Path, langs: Iterable[str] = ("uk", "en"),
          settings: str = "pelicanconf.py", extra: Mapping[str, Any] | None = None,
          env: Mapping[str, str] | None = None) -> None:
    """Build every language at once; raise BuildError with Pelican's output if one fails."""
    content, output = Path(content).resolve(), Path(output).resolve()
    procs = []
    for lang in langs:
        run_env = {**os.environ, **(env or {}), "SITE_LANG": lang}
        per_lang = {"CACHE_PATH": str(output.parent / f".cache-{output.name}-{lang}"),
                    "PAGE_CACHE_PATH": str(output.parent / f".pages-{output.name}"),
                    "EXPORTS_CACHE_PATH": str(output.parent / f".exports-{output.name}"),
                    **(extra or {})}
        procs.append((lang, subprocess.Popen(
            pelican_command(content, output, lang, settings, per_lang), cwd=ROOT, env=run_env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)))
    failures = []
    for lang, proc in procs:
        out, _ = proc.communicate()
        if proc.returncode:
            failures.append(f"--- {lang} build failed ({proc.returncode}):\n{out}")
    if failures:
        raise BuildError("\n".join(failures))
