"""The `charts` template variable and the files behind it, without the chart machinery.

`Figure` is one chart as templates see it, `Charts` the `charts` variable of
SITE-INTERFACES.md (contract 3). Both turn into plain JSON and back, so a build whose input
has not changed restores them from the cache (`chart_cache`) without importing pandas,
Altair or vl-convert.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .yamlio import atomic_write

TABLE_LIMIT = 300  # rows shown in an HTML table; the CSV always has them all

UI = {
    "uk": {
        "page_title": "Діаграми",
        "intro": "Усі контакти в цифрах. Під кожною діаграмою — її висновок словами, "
                 "таблиця з даними та файл CSV.",
        "contents": "Зміст",
        "table": "Дані діаграми (таблиця)",
        "csv": "Завантажити дані (CSV)",
        "truncated": "Показано перші {shown} з {total} рядків; усі рядки — у файлі CSV.",
        "interactive": "Інтерактивна версія",
        "interactive_loading": "Завантаження…",
        "interactive_failed": "Не вдалося завантажити інтерактивну версію.",
        "interactive_note": "Інтерактивні версії (з підказками) завантажуються лише на "
                            "ваш запит: близько 900 КБ коду з цього ж сайту.",
    },
    "en": {
        "page_title": "Charts",
        "intro": "Every contact in numbers. Under each chart: its takeaway in words, the "
                 "data as a table and a CSV file.",
        "contents": "Contents",
        "table": "Chart data (table)",
        "csv": "Download the data (CSV)",
        "truncated": "Showing the first {shown} of {total} rows; the CSV file has them all.",
        "interactive": "Interactive version",
        "interactive_loading": "Loading…",
        "interactive_failed": "The interactive version could not be loaded.",
        "interactive_note": "Interactive versions (with tooltips) load only when you ask: "
                            "about 900 KB of code, from this site.",
    },
}


@dataclass
class Figure:
    """One chart as templates see it (contract 3 names the first eight fields)."""

    name: str
    title: str
    alt: str
    caption: str
    svg_url: str
    csv_url: str
    table_headers: list[str]
    table_rows: list[list[str]]
    table_total: int = 0
    svg_dark_url: str = ""
    svg_narrow_url: str = ""
    svg_narrow_dark_url: str = ""
    width: int = 0
    height: int = 0
    narrow_width: int = 0
    narrow_height: int = 0
    spec_url: str = ""
    spec_narrow_url: str = ""
    lazy: bool = True


@dataclass
class Charts:
    """The `charts` template variable."""

    lang: str
    main: Figure | None = None
    all: list[Figure] = field(default_factory=list)
    person: dict[str, Figure] = field(default_factory=dict)
    topic: dict[str, Figure] = field(default_factory=dict)
    ui: dict[str, str] = field(default_factory=dict)
    css_url: str = ""
    script_url: str = ""
    bundle_url: str = ""
    dark_colours: str = ""
    format_locale: str = ""
    time_format_locale: str = ""
    narrow_media: str = "(max-width: 480px)"

    def truncated_note(self, figure: Figure) -> str:
        return self.ui["truncated"].format(shown=len(figure.table_rows),
                                           total=figure.table_total)


@dataclass
class Written:
    """What a build wrote, for logs and the benchmark."""

    files: int = 0
    unchanged: int = 0


def write_if_changed(path: Path, text: str | bytes, written: Written | None = None) -> None:
    """Write atomically, but leave an identical file alone (stable mtimes, fewer writes)."""
    data_bytes = text.encode("utf-8") if isinstance(text, str) else text
    try:
        same = (path.stat().st_size == len(data_bytes)
                and path.read_bytes() == data_bytes)
    except FileNotFoundError:
        same = False
    if same:
        if written:
            written.unchanged += 1
        return
    atomic_write(path, data_bytes)
    if written:
        written.files += 1


def csv_text(headers: list[str], rows: list[list[str]]) -> str:
    """UTF-8 with a BOM, so spreadsheet programs read the Cyrillic correctly."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return "\ufeff" + buf.getvalue()


def charts_to_json(charts: Charts) -> dict:
    data = asdict(charts)
    data["main"] = charts.all.index(charts.main) if charts.main in charts.all else None
    return data


def charts_from_json(data: dict) -> Charts:
    data = dict(data)
    main = data.pop("main")
    charts = Charts(**data)
    charts.all = [Figure(**f) for f in data["all"]]
    charts.person = {k: Figure(**f) for k, f in data["person"].items()}
    charts.topic = {k: Figure(**f) for k, f in data["topic"].items()}
    charts.main = charts.all[main] if main is not None else None
    return charts
