"""A language's charts restored from the cache when nothing they depend on has changed.

Every site build makes the charts of its language again. When the charts' input rows
(`chart_inputs.chart_rows`), the language, the URL, the chart code and the libraries that
draw them are all as in an earlier build, the result is the same, byte for byte: the
`charts` template object and the files are restored from `<cache>/builds/<key>.json` and
`<cache>/files/` without importing pandas, Altair or vl-convert, in a few milliseconds
(the files are copied, since `make site` builds into an empty staging folder). Otherwise
`chart_site` builds them, rendering only the SVGs its own cache lacks, and the result is
stored for next time. Entries are written atomically, so two language builds sharing the
cache never see half a file.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .chart_figures import Charts, Written, charts_from_json, charts_to_json, write_if_changed
from .chart_inputs import rows_digest
from .fingerprint import files_and_versions
from .yamlio import atomic_write

PIPELINE = Path(__file__).parent
CACHE_DIR = Path(".cache/charts")  # CHARTS_CACHE_PATH's default: SVGs by spec, whole builds
# What turns the rows into charts: this code, its text and assets, and these libraries.
CODE = ("chart_*.py", "charts.py", "labels.py", "chart_assets/*")
LIBRARIES = ("altair", "vl-convert-python", "pandas", "numpy", "babel")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    return files_and_versions(PIPELINE, (p for pattern in CODE for p in PIPELINE.glob(pattern)),
                              LIBRARIES)


def build_key(rows: list[dict], lang: str, url: str, assets: bool = True) -> str:
    parts = [rows_digest(rows), lang, url, str(assets), code_fingerprint()]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]


def _file_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


@dataclass
class Outcome:
    """What a call of `cached_charts` did, for logs and the benchmark."""

    restored: bool
    written: Written
    renders: int = 0
    cached_renders: int = 0


class BuildCache:
    """Whole builds by key (`builds/`), their files by content hash (`files/`)."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)

    def _manifest(self, key: str) -> Path:
        return self.directory / "builds" / f"{key}.json"

    def _blob(self, file_key: str) -> Path:
        return self.directory / "files" / file_key

    def restore(self, key: str, out_dir: Path) -> tuple[Charts, Written] | None:
        """The stored build's `charts`, with its files written to `out_dir`; None when
        there is no complete entry for `key`."""
        try:
            manifest = json.loads(self._manifest(key).read_text(encoding="utf-8"))
            files = {name: self._blob(fk).read_bytes() for name, fk in manifest["files"]}
        except (OSError, ValueError, KeyError):
            return None
        written = Written()
        for name, data in files.items():
            write_if_changed(out_dir / name, data, written)
        return charts_from_json(manifest["charts"]), written

    def save(self, key: str, charts: Charts, files: dict[str, bytes]) -> None:
        entries = []
        for name in sorted(files):
            file_key = _file_key(files[name])
            if not self._blob(file_key).exists():
                atomic_write(self._blob(file_key), files[name])
            entries.append([name, file_key])
        manifest = {"charts": charts_to_json(charts), "files": entries}
        atomic_write(self._manifest(key), json.dumps(manifest, ensure_ascii=False,
                                                     sort_keys=True))


def is_cold(cache_dir: str | Path | None) -> bool:
    """True when the cache holds no build at all (a first build, or after `make clean`):
    every chart will be drawn, so pandas, Altair and vl-convert will be needed."""
    if cache_dir is None:
        return True
    try:
        return not any((Path(cache_dir) / "builds").iterdir())
    except OSError:
        return True


def preload_renderer() -> None:
    """Import what drawing the charts needs (~0.35 s), for a parent process to do once
    before it forks the language builds, instead of each of them doing it. OpenBLAS is
    held to one thread first: numpy would otherwise start a worker thread, and a fork
    copies no threads."""
    import os

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from . import chart_data, chart_site  # noqa: F401


def cached_charts(rows: list[dict], lang: str, out_dir: str | Path, url: str,
                  cache_dir: str | Path | None, assets: bool = True
                  ) -> tuple[Charts, Outcome]:
    """The charts of `lang` for `rows`, files in `out_dir`: restored when cached, else
    built (and stored). `cache_dir` None: always built, nothing stored."""
    out_dir = Path(out_dir)
    cache = BuildCache(cache_dir) if cache_dir is not None else None
    key = build_key(rows, lang, url, assets) if cache else ""
    restored = cache.restore(key, out_dir) if cache else None
    if restored is not None:
        charts, written = restored
        return charts, Outcome(restored=True, written=written)
    from .chart_render import SvgCache, warm_up

    # Starting the renderer (~0.5 s) overlaps with importing pandas and Altair (~0.7 s).
    threading.Thread(target=warm_up, daemon=True).start()
    from .chart_data import rows_frame  # pandas, Altair: only when building
    from .chart_site import build

    svgs = SvgCache(cache_dir)
    charts, builder = build(rows_frame(rows), lang, out_dir, url, svgs, assets)
    if cache:
        cache.save(key, charts, builder.files)
    return charts, Outcome(restored=False, written=builder.written, renders=svgs.misses,
                           cached_renders=svgs.hits)
