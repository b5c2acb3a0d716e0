"""What templates get on top of Pelican's context: translations, label filters, registries.

Everything is bound to the build's language, so templates write `{{ c.type|type_label }}`
and never pass the language around.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from markupsafe import Markup, escape

from .. import labels
from ..model import date_precision, is_http_url
from . import fragments, markup, views
from .i18n import load_translations, memoised_gettext
from .jsonld import event_jsonld
from .reader import registries_for


def translations_dir(settings: dict) -> Path:
    return Path(settings["THEME"]) / "translations"


def once(obj: Any, key: str, render: Callable[..., str], *args: Any) -> str:
    """`render(*args)` the first time for (obj, key), then the same markup again: a list
    item of a contact is the same on every page of one language's build (and, through the
    page cache, of the next build: fragments.py)."""
    memo = obj.__dict__.setdefault("_rendered", {})
    if key not in memo:
        memo[key] = fragments.cached(obj, key, render, args)
    return memo[key]


def once_each(objs: Iterable[Any], key: str, render: Callable[..., str], *extra: Any,
              indent: str = "") -> Markup:
    """`once(obj, key, render, obj, *extra)` for every obj, each on its own line after
    `indent`: the list loop of a page with 5,000 items, without a template loop's cost per
    item (a third of rendering the list pages)."""
    start = str(escape(indent))
    parts = []
    for obj in objs:
        html = once(obj, key, render, obj, *extra)
        # Anything that is not markup is escaped, as the template would have; the rest is
        # joined as plain strings (Markup's own + and join escape-check every piece, which
        # was most of the cost of a long list).
        parts.append(str(html) if isinstance(html, Markup) else str(escape(html)))
    if not parts:
        return Markup("")
    return Markup(start + f"\n{start}".join(parts) + "\n")  # noqa: S704 - pieces escaped above


@lru_cache(maxsize=4)
def _bytecode_cache(folder: str) -> FileSystemBytecodeCache:
    Path(folder).mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(folder)


def template_cache(settings: dict) -> FileSystemBytecodeCache:
    """Compiled templates kept between builds (TEMPLATE_CACHE_PATH, default .cache/templates).
    Jinja keys them by template name and source, not by the environment's options, so the
    folder is keyed by those (autoescape, trimming, extensions change the compiled code)."""
    options = json.dumps(settings.get("JINJA_ENVIRONMENT", {}), sort_keys=True, default=str)
    key = hashlib.sha256(options.encode()).hexdigest()[:16]
    return _bytecode_cache(str(Path(settings.get("TEMPLATE_CACHE_PATH", ".cache/templates"))
                               / key))


def setup_environment(env: Environment, settings: dict) -> None:
    lang = settings["DEFAULT_LANG"]
    env.bytecode_cache = template_cache(settings)
    reg = registries_for(str(Path(settings["PATH"]).resolve()))
    env.policies["ext.i18n.trimmed"] = True
    translations = load_translations(translations_dir(settings), lang)
    env.install_gettext_translations(translations, newstyle=True)
    # `_` straight to the memoised lookup (the extension's alias adds another context call).
    env.globals["gettext"] = env.globals["_"] = memoised_gettext(translations)

    def person(pid: str, short: bool = False) -> str:
        return labels.person_name(pid, reg, lang, short=short)

    env.filters.update({
        "pdate": partial(labels.format_partial_date, lang=lang),
        "pdate_short": partial(labels.format_partial_date, lang=lang, short=True),
        "precision": date_precision,
        "type_label": partial(labels.type_label, lang=lang),
        "type_plural": partial(labels.type_plural, lang=lang),
        "status_label": partial(labels.status_label, lang=lang),
        "confidence_label": partial(labels.confidence_label, lang=lang),
        "side_label": partial(labels.side_label, lang=lang),
        "kind_label": partial(labels.source_kind_label, lang=lang),
        "language_label": partial(labels.language_label, lang=lang),
        "field_label": partial(labels.field_label, lang=lang),
        "duration_label": partial(labels.duration_label, lang=lang),
        "minutes_label": partial(labels.format_minutes, lang=lang),
        "person": person,
        "person_short": partial(person, short=True),
        "place": partial(labels.place_label, registries=reg, lang=lang),
        "topic": partial(labels.topic_label, registries=reg, lang=lang),
        "pair": partial(labels.pair_id, registries=reg),
        "pair_label": partial(labels.pair_label, registries=reg, lang=lang),
        "pair_ids": partial(labels.split_pair_id, registries=reg),
        "bi": lambda value: (value.get(lang) or "") if value is not None else "",
        "md": markup.render,
        "md_inline": markup.render_inline,
        "plain": markup.to_text,
    })
    env.tests["http_url"] = lambda value: isinstance(value, str) and is_http_url(value)
    repo, branch = settings.get("REPO_URL", ""), settings.get("REPO_BRANCH", "main")
    def pair_of(a: str, b: str) -> str:
        return f"{a}-{b}" if a in reg.us_people else f"{b}-{a}"

    env.globals.update({
        "once": once,
        "once_each": once_each,
        "reg": reg,
        "pair_of": pair_of,
        "event_jsonld": partial(event_jsonld, registries=reg, lang=lang, settings=settings),
        "duration_view": views.duration_view,
        "coordinates_label": views.coordinates_label,
        "map_url": views.map_url,
        "edit_url": partial(views.edit_url, repo, branch),
        "history_url": partial(views.history_url, repo, branch),
    })
