"""Derived pages: people, pairs, years, topics index, the full table, about, search, 404,
per-person feeds. Contact pages, topic (tag) pages, type (category) pages, the home page and
the all-contacts feed come from Pelican's own ArticlesGenerator."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from .. import labels, search
from ..model import CONTACT_TYPES, STATUSES
from ..registries import Registries
from . import index, markup
from .reader import registries_for

UPCOMING = ("announced", "postponed")
LATEST = 8  # contacts listed on the home page


@dataclass
class SiteData:
    """Everything the pages need about the published set, computed once per build."""

    overall: index.Stats
    people: dict[str, index.Stats]  # registry order, only people with contacts
    pairs: dict[str, index.Stats]  # in order of first contact
    years: dict[str, index.Stats]  # ascending
    topics: dict[str, index.Stats]  # registry order, only topics in use
    types: dict[str, index.Stats]
    upcoming: list[Any]  # announced or postponed, newest first
    latest: list[Any]  # the newest contacts that are not upcoming
    as_of: dt.date
    since: index.SinceLast | None
    statuses: tuple[str, ...] = STATUSES
    contact_types: tuple[str, ...] = CONTACT_TYPES


def as_of_date(settings: dict, contacts) -> dt.date:
    """HOTLINE_TODAY when set (the publishing workflow sets it), else the data's newest date:
    never the wall clock, so a build is a function of its inputs."""
    configured = settings.get("HOTLINE_TODAY")
    if configured:
        return dt.date.fromisoformat(str(configured))
    return index.data_as_of(contacts)


def build_site_data(articles: list, registries: Registries, as_of: dt.date) -> SiteData:
    def in_order(groups: dict, order) -> dict:
        return {k: index.stats(groups[k]) for k in order if k in groups}

    people = index.by_person(articles)
    pairs = index.by_pair(articles, registries)
    topics = index.by_topic(articles)
    return SiteData(
        overall=index.stats(articles),
        people=in_order(people, registries.people),
        pairs=in_order(pairs, index.pairs_in_order(pairs)),
        years=in_order(index.by_year(articles), sorted(index.by_year(articles))),
        topics=in_order(topics, registries.topics),
        types={t: index.stats([a for a in articles if a.contact.type == t])
               for t in CONTACT_TYPES},
        upcoming=[a for a in index.newest_first(articles) if a.contact.status in UPCOMING],
        latest=[a for a in index.newest_first(articles)
                if a.contact.status not in UPCOMING][:LATEST],
        as_of=as_of,
        since=index.since_last(articles, as_of),
    )


def annotate(articles: list, registries: Registries, pairs: dict[str, list]) -> None:
    """Give each article its pair, its neighbours in that pair and its related articles."""
    by_id = {a.contact.id: a for a in articles}
    for pair, items in pairs.items():
        for cid, (prev_, next_) in index.neighbours(items).items():
            article = by_id[cid]
            article.pair = pair
            article.pair_prev, article.pair_next = prev_, next_
    for article in articles:
        article.related_items = [(rid, by_id.get(rid)) for rid in article.contact.related]


def read_page(content_dir: Path, name: str, lang: str) -> str:
    """Markdown of a prose page (content/pages/<name>.<lang>.md), rendered and sanitised."""
    path = content_dir / "pages" / f"{name}.{lang}.md"
    return markup.render_page(path.read_text(encoding="utf-8")) if path.exists() else ""


class SiteGenerator(Generator):
    """Writes the pages that are views over all contacts rather than one record."""

    def generate_context(self) -> None:
        self.registries = registries_for(str(Path(self.settings["PATH"]).resolve()))
        articles = self.context["articles"]
        as_of = as_of_date(self.settings, [a.contact for a in articles])
        annotate(articles, self.registries, index.by_pair(articles, self.registries))
        self.data = build_site_data(articles, self.registries, as_of)
        self.context["hotline"] = self.data

    def generate_output(self, writer) -> None:
        write = partial(writer.write_file, context=self.context, relative_urls=False)
        lang = self.settings["DEFAULT_LANG"]
        data = self.data

        def page(save_as: str, template: str, **kwargs) -> None:
            write(save_as, self.get_template(template), page_name=save_as, **kwargs)

        page("contacts/index.html", "table", articles=data.overall.items)
        page("people/index.html", "people")
        for pid, stats in data.people.items():
            person = self.registries.people[pid]
            page(f"people/{pid}/index.html", "person", person=person, stats=stats,
                 counterparts=index.counterparts(pid, stats.items, self.registries),
                 articles=stats.items)
            writer.write_feed(stats.items, self.context, self.settings["PERSON_FEED_ATOM"]
                              .format(slug=pid),
                              feed_title=labels.person_name(pid, self.registries, lang))
        for pair, stats in data.pairs.items():
            page(f"pairs/{pair}/index.html", "pair", pair=pair, stats=stats,
                 articles=stats.items)
        page("years/index.html", "years")
        years = list(data.years)
        for i, (year, stats) in enumerate(data.years.items()):
            page(f"years/{year}/index.html", "year", year=year, stats=stats,
                 articles=stats.items,
                 prev_year=years[i - 1] if i > 0 else None,
                 next_year=years[i + 1] if i + 1 < len(years) else None)
        page("topics/index.html", "topics")
        content_dir = Path(self.settings["PATH"])
        page("about/index.html", "about", body=read_page(content_dir, "about", lang))
        page("search/index.html", "search", search_shards=search.shard_count(
            len(data.overall.items), self.settings.get("SEARCH_SHARD_PAGES")))
        page("404.html", "404")
