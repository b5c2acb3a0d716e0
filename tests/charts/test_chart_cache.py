"""pipeline.chart_cache: a language's charts restored, unchanged, when their input is."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import chart_site
from pipeline.chart_cache import build_key, cached_charts, is_cold
from pipeline.chart_figures import charts_from_json, charts_to_json
from pipeline.chart_inputs import chart_rows

from .fixtures import RECORDS


@pytest.fixture(scope="module")
def rows(registries):
    return chart_rows(RECORDS, registries)


def files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_restored_build_is_the_built_one(tmp_path, rows, monkeypatch):
    """A second build of the same rows restores the same `charts` and the same bytes into
    an empty folder, without building anything."""
    first, outcome = cached_charts(rows, "uk", tmp_path / "a", "/charts/", tmp_path / "c",
                                   assets=False)
    assert not outcome.restored and outcome.renders > 0

    def no_build(*args, **kwargs):
        raise AssertionError("built again")

    monkeypatch.setattr(chart_site, "build", no_build)
    again, outcome = cached_charts(rows, "uk", tmp_path / "b", "/charts/", tmp_path / "c",
                                   assets=False)
    assert outcome.restored and outcome.written.files == len(files(tmp_path / "a"))
    assert again == first and again.main is again.all[0]
    assert files(tmp_path / "b") == files(tmp_path / "a")


def test_any_change_to_the_input_builds_again(tmp_path, registries, rows):
    """Another record, language or URL gives another key; a summary edit does not."""
    keys = {build_key(rows, "uk", "/charts/"), build_key(rows, "en", "/charts/"),
            build_key(rows, "uk", "/x/charts/"), build_key(rows[:-1], "uk", "/charts/")}
    assert len(keys) == 4
    edited = [RECORDS[0].model_copy(update={"summary": {"uk": "Інше.", "en": "Other."}}),
              *RECORDS[1:]]
    assert build_key(chart_rows(edited, registries), "uk", "/charts/") == build_key(
        rows, "uk", "/charts/")
    moved = [RECORDS[0].model_copy(update={"date": "2009-01-27"}), *RECORDS[1:]]
    assert build_key(chart_rows(moved, registries), "uk", "/charts/") != build_key(
        rows, "uk", "/charts/")


def test_rows_do_not_depend_on_record_order(registries, rows):
    """The records' order (file system, reader) does not change the rows or the key."""
    assert chart_rows(list(reversed(RECORDS)), registries) == rows


def test_a_missing_cache_file_means_a_new_build(tmp_path, rows):
    """An incomplete cache entry is not used: the charts are built again."""
    cached_charts(rows, "en", tmp_path / "a", "/charts/", tmp_path / "c", assets=False)
    for blob in (tmp_path / "c" / "files").iterdir():
        blob.unlink()
        break
    _, outcome = cached_charts(rows, "en", tmp_path / "b", "/charts/", tmp_path / "c",
                               assets=False)
    assert not outcome.restored


def test_charts_object_survives_json(sample, tmp_path):
    """`charts` turns into JSON and back unchanged (main stays the first figure)."""
    charts, _ = chart_site.build_charts(sample, "en", tmp_path, "/charts/", assets=False)
    back = charts_from_json(charts_to_json(charts))
    assert back == charts and back.main is back.all[0]


def test_restoring_imports_no_chart_machinery(tmp_path, rows):
    """A cached build needs neither pandas nor Altair nor vl-convert (a fresh process)."""
    cached_charts(rows, "uk", tmp_path / "a", "/charts/", tmp_path / "c", assets=False)
    code = (
        "import sys, pickle\n"
        "from pipeline.chart_cache import cached_charts\n"
        f"rows = pickle.loads({pickle.dumps(rows)!r})\n"
        f"_, out = cached_charts(rows, 'uk', {str(tmp_path / 'b')!r}, '/charts/', "
        f"{str(tmp_path / 'c')!r}, assets=False)\n"
        "assert out.restored\n"
        "print(sorted(m for m in ('pandas', 'altair', 'vl_convert') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parents[2])
    assert result.stdout.strip() == "[]"


def test_cold_until_a_build_is_stored(tmp_path, rows):
    """`make site` imports the renderer before forking only when no build is cached."""
    assert is_cold(tmp_path / "missing") and is_cold(None)
    cached_charts(rows, "uk", tmp_path / "a", "/charts/", tmp_path / "c", assets=False)
    assert not is_cold(tmp_path / "c")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_preloading_the_renderer_starts_no_thread():
    """The parent forks the language builds after this import: a thread would not be
    carried into them (numpy's OpenBLAS starts one unless held to a single thread)."""
    code = ("import os\n"
            "from pipeline.chart_cache import preload_renderer\n"
            "preload_renderer()\n"
            "import sys; assert 'altair' in sys.modules and 'vl_convert' in sys.modules\n"
            "print(len(os.listdir('/proc/self/task')))\n")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parents[2], env=env)
    assert result.stdout.strip() == "1"
