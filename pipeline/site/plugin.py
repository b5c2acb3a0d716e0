"""Pelican plugin wiring: the contact reader, the Jinja setup, stable ordering, generators."""

from __future__ import annotations

import logging

from pelican import signals

from . import readcache
from .generators import SiteGenerator
from .jinja import setup_environment
from .pagecache import get_writer, prune_stores
from .reader import ContactReader

logger = logging.getLogger(__name__)


def add_reader(readers) -> None:
    readers.reader_classes["yaml"] = ContactReader


def on_generator_init(generator) -> None:
    setup_environment(generator.env, generator.settings)


def stable_order(generator) -> None:
    """Newest first, ties broken by id: Pelican sorts by date alone, and files arrive in
    file-system order, so two contacts on one day could swap places between machines."""
    for name in ("articles", "drafts", "hidden_articles"):
        items = getattr(generator, name, None)
        if items:
            items.sort(key=lambda a: a.contact.sort_key, reverse=True)


class MemberList(list):
    """A list whose `in` is a set lookup. Pelican asks, for every topic, type and author,
    whether each of all the articles is in that group's list (`article in articles`): with
    5,000 contacts that is ~100 million comparisons per language. Articles compare by
    identity (Pelican's Content has no __eq__), so a set of ids answers the same. Built after
    the groups are complete; nothing appends to them afterwards."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self._ids = {id(item) for item in self}

    def __contains__(self, item) -> bool:
        return id(item) in self._ids


def quick_membership(generator) -> None:
    generator.tags = {tag: MemberList(items) for tag, items in generator.tags.items()}
    generator.categories = [(cat, MemberList(items)) for cat, items in generator.categories]
    generator.authors = [(aut, MemberList(items)) for aut, items in generator.authors]


def save_read_cache(pelican) -> None:
    """After a successful build: keep what the reader made of each record (readcache.py)."""
    for cache in readcache.close_all():
        logger.info("reader texts %s: %d made, %d from the cache", cache.path, cache.misses,
                    cache.hits)


def get_generators(pelican) -> type:
    return SiteGenerator


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(on_generator_init)
    signals.article_generator_pretaxonomy.connect(stable_order)
    signals.get_generators.connect(get_generators)
    signals.get_writer.connect(get_writer)
    signals.article_generator_finalized.connect(quick_membership)
    signals.finalized.connect(prune_stores)
    signals.finalized.connect(save_read_cache)
