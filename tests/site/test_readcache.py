"""What the reader made of each record, kept between builds: used only for the same file
bytes, code, registries and language; a damaged store is an empty one."""

from __future__ import annotations

import pickle
import shutil

import pytest
from markupsafe import Markup

from pipeline.site import readcache

from .conftest import FIXTURE_CONTENT


def made(title="Трамп – Путін: телефонна розмова", html="<p>Текст</p>"):
    calls = []

    def make():
        calls.append(1)
        return title, "Текст", Markup(html)
    return make, calls


def test_a_record_is_made_once_then_kept(tmp_path):
    path = tmp_path / "read-uk.pickle"
    first = readcache.ReadCache(path, "salt")
    make, calls = made()
    assert first.texts("digest-a", make)[0].startswith("Трамп")
    first.save()
    second = readcache.ReadCache(path, "salt")
    title, description, html = second.texts("digest-a", make)
    assert calls == [1] and (second.hits, second.misses) == (1, 0)
    assert isinstance(html, Markup) and html == "<p>Текст</p>"
    # Other bytes, or another salt (code, registries, language): made again.
    assert readcache.ReadCache(path, "salt").texts("digest-b", make) and calls == [1, 1]
    assert readcache.ReadCache(path, "other").texts("digest-a", make) and calls == [1, 1, 1]


def test_only_what_the_last_build_used_is_kept(tmp_path):
    path = tmp_path / "read-uk.pickle"
    cache = readcache.ReadCache(path, "salt")
    cache.texts("a", made()[0])
    cache.texts("b", made()[0])
    cache.save()
    cache = readcache.ReadCache(path, "salt")
    cache.texts("a", made()[0])
    cache.save()
    assert len(pickle.loads(path.read_bytes())) == 1


@pytest.mark.parametrize("stored", [b"garbage", b"", pickle.dumps([1]),
                                    pickle.dumps({"k": ("a", "b")}),
                                    pickle.dumps({"k": ("a", "b", 3)})])
def test_a_damaged_store_is_an_empty_one(tmp_path, stored):
    path = tmp_path / "read-uk.pickle"
    path.write_bytes(stored)
    cache = readcache.ReadCache(path, "salt")
    assert cache.kept == {}
    make, calls = made()
    cache.texts("k", make)
    assert calls == [1]


def test_the_salt_follows_the_registries_and_the_language(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    uk, en = readcache.salt(content, "uk"), readcache.salt(content, "en")
    assert uk != en and uk == readcache.salt(content, "uk")
    people = content / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert readcache.salt(content, "uk") != uk


def test_without_a_page_cache_nothing_is_kept(tmp_path):
    assert readcache.open_for({"PAGE_CACHE_PATH": "", "DEFAULT_LANG": "uk",
                               "PATH": str(FIXTURE_CONTENT)}) is None
    settings = {"PAGE_CACHE_PATH": str(tmp_path), "DEFAULT_LANG": "uk",
                "PATH": str(FIXTURE_CONTENT)}
    cache = readcache.open_for(settings)
    assert cache is readcache.open_for(settings)
    cache.texts("a", made()[0])
    assert readcache.close_all() == [cache]
    assert (tmp_path / "read-uk.pickle").is_file()
