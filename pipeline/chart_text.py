"""Every word the charts show, in Ukrainian and English, and the small formatting rules.

Type/status labels and date formatting duplicate what `pipeline/labels.py` (site helper)
will own; once that module is merged these should call it instead.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from babel.dates import format_date

from .labels import format_partial_date, type_label  # noqa: F401 - re-exported for charts

LANGS = ("uk", "en")
LOCALES = {"uk": "uk", "en": "en_GB"}  # en_GB: "16 October 2025", as the site writes dates

# Chart legends speak of "контакт" (masculine), the site of "розмова"/"зустріч" (feminine):
# the same statuses need other word forms here, so these are not labels.STATUS_LABELS.
STATUS_LABELS = {
    "uk": {"announced": "Оголошений", "held": "Відбувся", "postponed": "Відкладений",
           "cancelled": "Скасований"},
    "en": {"announced": "Announced", "held": "Held", "postponed": "Postponed",
           "cancelled": "Cancelled"},
}
QUALIFIER_LABELS = {
    "uk": {"about": "близько", "over": "понад", "under": "до", "exactly": ""},
    "en": {"about": "about", "over": "over", "under": "under", "exactly": ""},
}

TEXT: dict[str, dict[str, str]] = {
    "uk": {
        # titles
        "per_year.title": "Контакти за роками",
        "timeline.title": "Усі контакти на шкалі часу",
        "cumulative.title": "Скільки контактів від початку каденції",
        "durations.title": "Тривалість розмов і зустрічей",
        "topics_by_year.title": "Теми за роками",
        "topics_by_pair.title": "Головні теми кожної пари",
        "gaps.title": "Найдовші паузи між контактами",
        "person.title": "Контакти за роками: {name}",
        "topic.title": "Контакти за роками: {name}",
        # alt texts
        "per_year.alt": "Стовпчикова діаграма: кількість контактів щороку за типами, "
                        "окремий ряд для кожної пари президентів.",
        "timeline.alt": "Шкала часу: кожен контакт — позначка в ряду своєї пари; форма й "
                        "колір показують тип, порожня позначка — контакт, що не відбувся; "
                        "сірі смуги — спільні каденції.",
        "cumulative.alt": "Лінійна діаграма: накопичена кількість контактів кожної пари "
                          "від початку спільної каденції.",
        "durations.alt": "Точкова діаграма: тривалість кожної розмови чи зустрічі в "
                         "хвилинах за датою; вертикальна лінія — розбіжність джерел.",
        "topics_by_year.alt": "Теплова карта: скільки контактів щороку стосувалися кожної "
                              "теми.",
        "topics_by_pair.alt": "Стовпчикова діаграма: п'ять найчастіших тем для кожної пари "
                              "президентів.",
        "gaps.alt": "Стовпчикова діаграма: десять найдовших пауз між контактами однієї "
                    "пари, у днях.",
        "person.alt": "Стовпчикова діаграма: контакти {name} за роками.",
        "topic.alt": "Стовпчикова діаграма: контакти на тему «{name}» за роками.",
        # axes, legends, headers
        "year": "Рік",
        "date": "Дата",
        "pair": "Пара",
        "term": "Каденція",
        "type": "Тип",
        "status": "Статус",
        "contacts": "Контакти",
        "contacts_count": "Кількість контактів",
        "total": "Усього",
        "topic": "Тема",
        "rank": "Місце",
        "years_into_term": "Роки від початку каденції",
        "days_into_term": "Днів від початку каденції",
        "contacts_so_far": "Контактів на цей момент",
        "minutes": "Хвилини",
        "shortest": "Найменше, хв",
        "longest": "Найбільше, хв",
        "figures": "Дані джерел",
        "from": "Від",
        "to": "До",
        "days": "Днів",
        "gap": "Пауза",
        "term_end": "кінець каденції",
        "until": "До чого",
        "held_short": "відбувся",
        "not_held_short": "не відбувся",
        "no_data": "Ще немає даних",
        "min_unit": "хв",
        # captions
        "cap.none": "Ще немає контактів для цієї діаграми.",
        "cap.per_year": "Найбільше контактів — {years}: {n}. Усього відбулося {total} {span}.",
        "cap.timeline": "{total} від {first} до {last}; з них не відбулися: {not_held} "
                        "(скасовані, відкладені або лише оголошені).",
        "cap.timeline.all_held": "{total} від {first} до {last}; усі відбулися.",
        "cap.timeline.merged": " Контакти однієї пари й одного типу, між якими менше ніж "
                               "{days}, можуть ділити одну позначку; у таблиці — кожен.",
        "cap.cumulative": "Найшвидший темп — {term}: {n} за перший рік каденції.",
        "cap.cumulative.next": " Далі — {term}: {n}.",
        "cap.cumulative.short": "Найбільше контактів — {term}: {n}.",
        "cap.durations": "Найдовший за повідомленнями контакт — {what} {date}: {minutes} хв.",
        "cap.durations.disagree": " Контактів, щодо тривалості яких джерела розходяться: {n}.",
        "cap.durations.merged": " Однакові дані, між якими менше ніж {days}, можуть ділити "
                                "одну точку; у таблиці — кожен контакт.",
        "cap.topics_by_year": "Найчастіша тема — «{topic}»: {n}.",
        "cap.topics_by_pair": "Головна тема кожної пари: {items}.",
        "cap.gaps": "Найдовша пауза — {days}: від {start} до {end} ({pair}).",
        "cap.gaps.term_end": "Найдовша пауза — {days}: від {start} до кінця каденції, "
                             "{end} ({pair}).",
        "cap.activity": "Усього {total}; найбільше — {years}: {n}.",
        "and": "і",
    },
    "en": {
        "per_year.title": "Contacts per year",
        "timeline.title": "Every contact on a timeline",
        "cumulative.title": "Contacts since the start of each term",
        "durations.title": "How long calls and meetings lasted",
        "topics_by_year.title": "Topics by year",
        "topics_by_pair.title": "Top topics of each pair",
        "gaps.title": "The longest silences",
        "person.title": "Contacts per year: {name}",
        "topic.title": "Contacts per year: {name}",
        "per_year.alt": "Bar chart: contacts per year by type, one row per pair of "
                        "presidents.",
        "timeline.alt": "Timeline: every contact as a mark in its pair's row; shape and "
                        "colour show the type, a hollow mark a contact that did not happen; "
                        "grey bands are the terms the two shared.",
        "cumulative.alt": "Line chart: running count of each pair's contacts from the start "
                          "of their shared term.",
        "durations.alt": "Dot chart: the length of each call or meeting in minutes by date; "
                         "a vertical line shows where sources disagree.",
        "topics_by_year.alt": "Heat map: how many contacts each year touched on each topic.",
        "topics_by_pair.alt": "Bar chart: the five most frequent topics of each pair of "
                              "presidents.",
        "gaps.alt": "Bar chart: the ten longest gaps between two contacts of the same pair, "
                    "in days.",
        "person.alt": "Bar chart: {name}'s contacts per year.",
        "topic.alt": "Bar chart: contacts about {name} per year.",
        "year": "Year",
        "date": "Date",
        "pair": "Pair",
        "term": "Term",
        "type": "Type",
        "status": "Status",
        "contacts": "Contacts",
        "contacts_count": "Number of contacts",
        "total": "Total",
        "topic": "Topic",
        "rank": "Rank",
        "years_into_term": "Years into the term",
        "days_into_term": "Days into the term",
        "contacts_so_far": "Contacts so far",
        "minutes": "Minutes",
        "shortest": "Shortest, min",
        "longest": "Longest, min",
        "figures": "Reported figures",
        "from": "From",
        "to": "To",
        "days": "Days",
        "gap": "Gap",
        "term_end": "end of term",
        "until": "Until",
        "held_short": "held",
        "not_held_short": "not held",
        "no_data": "No data yet",
        "min_unit": "min",
        "cap.none": "No contacts for this chart yet.",
        "cap.per_year": "{years} had the most contacts: {n}. In all, {total} took place {span}.",
        "cap.timeline": "{total} from {first} to {last}; {not_held} of them did not happen "
                        "(cancelled, postponed or only announced).",
        "cap.timeline.all_held": "{total} from {first} to {last}, all of them held.",
        "cap.timeline.merged": " Contacts of one pair and type less than {days} apart can "
                               "share a mark; the table lists each one.",
        "cap.cumulative": "Fastest pace: {term}, with {n} in the first year of the term.",
        "cap.cumulative.next": " Next: {term}, {n}.",
        "cap.cumulative.short": "Most contacts: {term}, {n}.",
        "cap.durations": "The longest reported contact: the {what} on {date}, {minutes} "
                         "minutes.",
        "cap.durations.disagree": " Sources disagree on how long {n} lasted.",
        "cap.durations.merged": " Equal figures less than {days} apart can share a dot; the "
                                "table lists each contact.",
        "cap.topics_by_year": "The most frequent topic is {topic}: {n}.",
        "cap.topics_by_pair": "Each pair's top topic: {items}.",
        "cap.gaps": "The longest silence: {days}, from {start} to {end} ({pair}).",
        "cap.gaps.term_end": "The longest silence: {days}, from {start} to the end of the "
                             "term on {end} ({pair}).",
        "cap.activity": "{total} in all; most {years}: {n}.",
        "and": "and",
    },
}

# Nouns counted in captions: uk has three plural forms (one / few / many).
NOUNS = {
    "uk": {"contact": ("контакт", "контакти", "контактів"),
           "day": ("день", "дні", "днів"),
           "minute": ("хвилина", "хвилини", "хвилин")},
    "en": {"contact": ("contact", "contacts", "contacts"),
           "day": ("day", "days", "days"),
           "minute": ("minute", "minutes", "minutes")},
}


def t(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang`, with {placeholders} filled."""
    text = TEXT[lang][key]
    return text.format(**values) if values else text


def plural_index(n: int, lang: str) -> int:
    if lang == "uk":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def count(n: int, noun: str, lang: str) -> str:
    """`11 контактів`, `1 contact`: a number with its noun in the right form."""
    return f"{fmt_int(n, lang)} {NOUNS[lang][noun][plural_index(n, lang)]}"


def fmt_int(n: int, lang: str) -> str:
    # uk groups thousands with a no-break space, en with a comma
    text = f"{n:,}"
    return text.replace(",", "\u00a0") if lang == "uk" else text


def fmt_minutes(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def status_label(status: str, lang: str) -> str:
    return STATUS_LABELS[lang][status]


def join_words(items: list[str], lang: str) -> str:
    """`a, b and c` / `a, b і c`."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t(lang, 'and')} {items[-1]}"


@lru_cache(maxsize=4096)
def format_month(day: dt.date, lang: str) -> str:
    """`вер. 2013` / `Sept 2013`: short month and year, for compact labels."""
    return format_date(day, "LLL y", locale=LOCALES[lang])


@cache
def _after_day(year: int, month: int, lang: str) -> str | None:
    """What follows the day number in a full date of this month (` жовтня 2025 р.`)."""
    text = format_partial_date(f"{year:04d}-{month:02d}-01", lang)
    return text[1:] if text.startswith("1 ") else None


def chart_date(date: str, lang: str) -> str:
    """`labels.format_partial_date`, the same text, made once per month instead of once
    per day: babel takes ~80 µs a date, and a chart of 5,000 contacts has thousands."""
    if len(date) == 10:
        tail = _after_day(int(date[:4]), int(date[5:7]), lang)
        if tail is not None:
            return f"{int(date[8:])}{tail}"
    return format_partial_date(date, lang)


def format_date_range(first: str, last: str, lang: str) -> str:
    """`16 October 2025`, or `2 October 2025 – 9 October 2025` when they differ."""
    if first == last:
        return chart_date(first, lang)
    return f"{chart_date(first, lang)} – {chart_date(last, lang)}"


def figure_text(figures: list[tuple[float, str, str]], lang: str) -> str:
    """`понад 120 хв (White House); до 150 хв (Kremlin)`: every figure with its source."""
    parts = []
    for minutes, qualifier, who in figures:
        amount = f"{QUALIFIER_LABELS[lang][qualifier]} {fmt_minutes(minutes)}".strip()
        parts.append(f"{amount} {t(lang, 'min_unit')} ({who})")
    return "; ".join(parts)
