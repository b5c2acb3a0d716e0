"""Pelican plugin wiring: the contact reader, the Jinja setup, stable ordering, generators."""

from __future__ import annotations

from pelican import signals

from .generators import SiteGenerator
from .jinja import setup_environment
from .pagecache import get_writer, prune_stores
from .reader import ContactReader


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


def get_generators(pelican) -> type:
    return SiteGenerator


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(on_generator_init)
    signals.article_generator_pretaxonomy.connect(stable_order)
    signals.get_generators.connect(get_generators)
    signals.get_writer.connect(get_writer)
    signals.finalized.connect(prune_stores)
