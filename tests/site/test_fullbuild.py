"""`python -m pipeline build`: validation first, Pelican settings from the command line."""

from __future__ import annotations

import gc
import io
import shutil

import pytest

from pipeline.commands.build import parse_settings
from pipeline.site.fullbuild import build_site

from ..conftest import ROOT


def test_settings_are_json_or_text():
    """-e KEY=VALUE takes JSON values like `pelican -e`, and plain text otherwise."""
    assert parse_settings(["CACHE_CONTENT=true", "N=3", "NAME=Hotline", "L=[1]"]) == {
        "CACHE_CONTENT": True, "N": 3, "NAME": "Hotline", "L": [1]}
    with pytest.raises(SystemExit, match="KEY=VALUE"):
        parse_settings(["CACHE_CONTENT"])


def test_invalid_records_build_nothing(tmp_path):
    """A record with a problem stops the build before Pelican runs: the problem is printed
    as file:line: field: message, the exit status is 1 and no output folder appears."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("articles"))
    record = sorted((content / "contacts").glob("*.yaml"))[0]
    record.write_text(record.read_text(encoding="utf-8").replace("status: ", "status: maybe\n"
                                                                 "x_status: ", 1),
                      encoding="utf-8")
    out = io.StringIO()
    assert gc.isenabled()
    assert build_site(content, tmp_path / "site", out=out, cache_dir=None) == 1
    assert gc.isenabled()  # the build turns the cyclic collector off, and back on after
    text = out.getvalue()
    assert f"{record}:" in text and "x_status" in text and "nothing was built" in text
    assert not (tmp_path / "site").exists()


def test_every_extra_setting_reaches_pelican():
    """Pelican keeps only the last `-e` it is given, so all pairs go after one `-e`."""
    from pelican import parse_arguments

    from pipeline.site.build import pelican_command
    from pipeline.site.fullbuild import pelican_args

    extra = {"CACHE_CONTENT": True, "PAGE_CACHE_PATH": "/tmp/x", "PLUGINS": ["a"]}
    assert parse_arguments(pelican_args(ROOT / "content", "pelicanconf.py", extra)
                           ).overrides == extra
    cmd = pelican_command(ROOT / "content", ROOT / "output", "uk", extra=extra)
    assert parse_arguments(cmd[cmd.index("-m") + 2:]).overrides == extra



def test_each_build_list_is_taken_when_sent_and_a_failed_build_is_left_out():
    """The second build's list is read while the first build is still running (a list
    larger than the pipe would otherwise block it), and a build that fails before sending
    does not hang the wait."""
    import multiprocessing as mp
    import threading

    from pipeline.site.fullbuild import receive_all

    slow_r, slow_w = mp.Pipe(duplex=False)
    fast_r, fast_w = mp.Pipe(duplex=False)
    failed_r, failed_w = mp.Pipe(duplex=False)
    big = [f"contacts/{i}/index.html" for i in range(50_000)]  # ~1 MB pickled
    fast_sent = threading.Event()

    def fast():
        fast_w.send(big)  # blocks until read: the pipe holds ~64 KB
        fast_sent.set()

    order = []

    def slow():
        order.append("fast read first" if fast_sent.wait(10) else "fast still blocked")
        slow_w.send(["index.html"])

    threads = [threading.Thread(target=fast), threading.Thread(target=slow)]
    for t in threads:
        t.start()
    failed_w.close()
    got = receive_all({slow_r: "uk", fast_r: "en", failed_r: "xx"})
    for t in threads:
        t.join()
    assert got == {"uk": ["index.html"], "en": big}
    assert order == ["fast read first"]
