"""The repository address behind the site's "edit this record" links."""

from __future__ import annotations

import subprocess

import pytest

from pipeline.gitfiles import repository_url, web_url


@pytest.mark.parametrize("remote, url", [
    ("git@github.com:hotline/data.git", "https://github.com/hotline/data"),
    ("ssh://git@gitlab.example.org/team/hotline.git", "https://gitlab.example.org/team/hotline"),
    ("https://github.com/hotline/data.git\n", "https://github.com/hotline/data"),
    ("https://token@github.com/hotline/data", "https://github.com/hotline/data"),
    ("/srv/git/hotline.git", ""),
    ("file:///srv/git/hotline.git", ""),
    ("", ""),
])
def test_web_url_of_a_remote(remote, url):
    assert web_url(remote) == url


def test_no_origin_means_no_edit_links(tmp_path):
    """A checkout without an `origin` (or no git at all) gives no address to guess at."""
    assert repository_url(tmp_path) == ""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    assert repository_url(tmp_path) == ""
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "git@github.com:someone/hotline.git"], check=True)
    assert repository_url(tmp_path) == "https://github.com/someone/hotline"
