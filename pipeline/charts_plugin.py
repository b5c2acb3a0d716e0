"""Pelican plugin: renders the charts of the build's language and shares them with templates.

Adds a generator that, before any page is written, renders every chart (SVG, CSV,
Vega-Lite spec) into the root site's `charts/` folder — shared by both language builds,
file names carry the language — and puts `charts` into the Jinja context (contract 3 of
SITE-INTERFACES.md). It also writes the /charts/ page from `charts.html`.

Settings (all optional): CHARTS_OUTPUT_PATH (default: `charts/` of the root site's
output), CHARTS_URL_ROOT (default: LANG_ROOT, then ""), CHARTS_CACHE_PATH (default
`.cache/charts`), CHARTS_PAGE_SAVE_AS (default `charts/index.html`; "" for no page).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from urllib.parse import urlsplit

from pelican import signals
from pelican.generators import Generator

from .chart_cache import CACHE_DIR, cached_charts
from .chart_inputs import chart_rows

log = logging.getLogger(__name__)


def root_output(settings: dict) -> Path:
    """The root site's output folder. The uk build writes to output/ (at /), the en build
    to output/en/ (at /en/); the shared chart files belong in output/charts/. Found by
    removing the language's URL path (SITEURL beyond LANG_ROOT) from OUTPUT_PATH, or else
    a last folder named after a language that is not the first of LANGS."""
    output = Path(settings["OUTPUT_PATH"])
    site_path = urlsplit(settings.get("SITEURL") or "").path.strip("/")
    root_path = urlsplit(settings.get("LANG_ROOT") or "").path.strip("/")
    if site_path != root_path and site_path.startswith(root_path):
        parts = Path(site_path[len(root_path):].strip("/")).parts
        if len(output.parts) > len(parts) and output.parts[-len(parts):] == parts:
            return Path(*output.parts[:-len(parts)])
    langs = settings.get("LANGS") or ()
    lang = settings.get("DEFAULT_LANG")
    if langs and lang != langs[0] and output.name == lang:
        return output.parent
    return output


class ChartsGenerator(Generator):
    """Renders the charts in generate_context, so every later template sees `charts`."""

    def generate_context(self):
        started, cpu = time.perf_counter(), time.process_time()
        settings = self.settings
        from .validate import published_contacts

        contacts, registries = published_contacts(self.context.get("articles", []),
                                                  settings["PATH"])
        out_dir = Path(settings.get("CHARTS_OUTPUT_PATH") or root_output(settings) / "charts")
        url_root = settings.get("CHARTS_URL_ROOT", settings.get("LANG_ROOT", "")) or ""
        charts, outcome = cached_charts(
            chart_rows(contacts, registries), settings["DEFAULT_LANG"], out_dir,
            f"{url_root.rstrip('/')}/charts/", settings.get("CHARTS_CACHE_PATH", CACHE_DIR))
        self.context["charts"] = charts
        how = ("restored from the cache" if outcome.restored else
               f"{outcome.renders} SVG renders, {outcome.cached_renders} from cache")
        log.info("charts (%s): %s, %d files written, %d unchanged, %.2f s (%.2f s CPU)",
                 settings["DEFAULT_LANG"], how, outcome.written.files,
                 outcome.written.unchanged, time.perf_counter() - started,
                 time.process_time() - cpu)

    def generate_output(self, writer):
        save_as = self.settings.get("CHARTS_PAGE_SAVE_AS", "charts/index.html")
        if not save_as:
            return
        writer.write_file(save_as, self.get_template("charts"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"],
                          url=save_as.removesuffix("index.html"), page_name="charts")


def get_generators(pelican):
    return ChartsGenerator


def register():
    signals.get_generators.connect(get_generators)
