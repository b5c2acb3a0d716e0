"""Date mentions: found by our own patterns, normalised by dateparser, resolved by us.

`search_dates` over a whole article reads clock times, head counts and durations as dates
and anchors relative words to whatever date came before. So spans are found here, with
explicit word-form lists for months in every case (stems would match "майбутнім" or
"червоний"). Day + month spans are normalised by a reused single-language
`DateDataParser` (cached per span text); the year, weekdays, "вчора", "наступного тижня",
"у середині серпня", "минулого листопада" are resolved against the publication date by
arithmetic, and the precision comes from the pattern.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .gate import Gate

UK_MONTHS = ("січень січня січні", "лютий лютого лютому", "березень березня березні",
             "квітень квітня квітні", "травень травня травні", "червень червня червні",
             "липень липня липні", "серпень серпня серпні", "вересень вересня вересні",
             "жовтень жовтня жовтні", "листопад листопада листопаді", "грудень грудня грудні")
RU_MONTHS = ("январь января январе", "февраль февраля феврале", "март марта марте",
             "апрель апреля апреле", "май мая мае", "июнь июня июне", "июль июля июле",
             "август августа августе", "сентябрь сентября сентябре", "октябрь октября октябре",
             "ноябрь ноября ноябре", "декабрь декабря декабре")
EN_MONTHS = ("January Jan", "February Feb", "March Mar", "April Apr", "May", "June Jun",
             "July Jul", "August Aug", "September Sept Sep", "October Oct", "November Nov",
             "December Dec")
UK_DAYS = ("понеділок понеділка понеділку", "вівторок вівторка вівторку",
           "середа середу середи", "четвер четверга четвергу", "п'ятниця п'ятницю п'ятниці",
           "субота суботу суботи", "неділя неділю неділі")
RU_DAYS = ("понедельник понедельника", "вторник вторника", "среда среду среды",
           "четверг четверга", "пятница пятницу пятницы", "суббота субботу субботы",
           "воскресенье воскресенья")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTH: dict[str, tuple[int, str]] = {}
for _lang, _table in (("uk", UK_MONTHS), ("ru", RU_MONTHS), ("en", EN_MONTHS)):
    for _i, _forms in enumerate(_table):
        for _f in _forms.split():
            MONTH[_f.lower()] = (_i + 1, _lang)
WEEKDAY: dict[str, int] = {}
for _table in (UK_DAYS, RU_DAYS, EN_DAYS):
    for _i, _forms in enumerate(_table):
        for _f in _forms.split():
            WEEKDAY[_f.lower()] = _i


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CYR_MONTHS = _alt(f for t in (UK_MONTHS, RU_MONTHS) for forms in t for f in forms.split())
_EN_MONTHS = _alt(f for forms in EN_MONTHS for f in forms.split())
# Cyrillic months in any case; English months only capitalised ("may" is a verb).
MONTHS = rf"(?:{_CYR_MONTHS}|(?-i:{_EN_MONTHS})\.?)"
_CYR_DAYS = _alt(f for t in (UK_DAYS, RU_DAYS) for forms in t for f in forms.split())
_EN_DAYS = _alt(EN_DAYS)
YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"
YEAR_WORD = r"(?:\s*(?:року|році|рік|р\.|года|году|год|г\.))"
ORD = r"(?:-?го|-?е|-?ого|st|nd|rd|th)?"
REL_YEAR = (r"(?:минулого|цього|наступного|поточного|нинішнього|прошлого|этого|следующего|"
            r"текущего|нынешнего)\s+(?:року|года)")
QUAL = (r"(?:на\s+початку|напочатку|на\s+початок|на\s+середину|на\s+кінець|на\s+начало|"
        r"на\s+середину|на\s+конец|в\s+середині|у\s+середині|посередині|наприкінці|"
        r"в\s+кінці|у\s+кінці|в\s+начале|в\s+середине|в\s+конце|(?-i:early|mid|late)[\s-]|"
        r"in\s+(?:early|mid|late)[\s-]|(?:at\s+)?the\s+(?:beginning|middle|end)\s+of)")
MOD = (r"(?:минулого|минулий|минулому|у\s+минулому|в\s+минулому|цього|наступного|"
       r"наступному|у\s+наступному|прошлого|прошлом|в\s+прошлом|минувшего|в\s+минувшем|"
       r"минувшем|этого|этом|в\s+этом|следующего|следующем|в\s+следующем|last|this|next|past)")
WMOD = (r"(?:минулого|минулої|минулий|минулу|цього|цієї|наступного|наступної|наступний|"
        r"наступну|прошлый|прошлую|прошлое|прошлой|в\s+прошлый|в\s+прошлую|этот|эту|этой|"
        r"в\s+этот|в\s+эту|следующий|следующую|следующей|в\s+следующий|в\s+следующую|last|"
        r"this|next|past)")
REL_DAY = (r"(?:(?-i:last\s+night|Last\s+night)|the\s+previous\s+(?:day|evening|night)|"
           r"the\s+day\s+before\s+yesterday|"
           r"the\s+day\s+before|минулої\s+ночі|прошлой\s+ночью|"
           r"позавчора|вчора|учора|сьогодні|післязавтра|завтра|напередодні|позавчера|"
           r"вчера|сегодня|послезавтра|накануне|(?-i:yesterday|today|tomorrow|tonight|"
           r"Yesterday|Today|Tomorrow|Tonight))")
PERIOD = (r"(?:(?P<pmod>минулого|цього|наступного|на\s+минулому|на\s+цьому|на\s+наступному|"
          r"у\s+минулому|в\s+минулому|у\s+наступному|в\s+наступному|у\s+цьому|в\s+цьому|"
          r"на\s+прошлой|на\s+этой|на\s+следующей|в\s+прошлом|в\s+этом|в\s+следующем|"
          r"прошлого|этого|следующего|last|this|next|past|earlier\s+this|later\s+this)\s+"
          r"(?P<unit>тижня|тижні|неділі|недели|неделе|week|місяця|місяці|месяца|месяце|month|"
          r"року|році|года|году|year))|(?P<lastyear>торік|минулоріч)|"
          # "наприкінці місяця", "в конце месяца", "at the end of the month": this month
          r"(?P<mq>" + QUAL + r")\s*(?:(?:цього|этого|the|this)\s+)?(?P<munit>місяця|месяца|"
          r"month)")
# "у вихідні", "в минувшие выходные", "over the weekend", "next weekend": the month of that
# Saturday (a weekend, like a week, is kept at month precision)
WEEKEND = (r"(?:(?:у|в|на|over|during|on|at)\s+)?(?:(?P<wemod>минулі|наступні|ці|минувшие|"
           r"прошлые|следующие|эти|ближайшие|найближчі|the|last|next|this\s+past|"
           r"this\s+coming|this|past|coming)\s+)?(?P<weekend>вихідні|выходные|weekend)")
SEASON = (r"(?:(?P<smod>цієї|минулої|наступної|этой|прошлой|следующей|this|last|next|"
          r"in\s+the|the)\s+)?(?P<season>осені|восени|навесні|весни|влітку|взимку|зими|"
          r"осенью|весной|летом|зимой|autumn|fall|spring|summer|winter)"
          rf"(?:\s+(?P<syear>{YEAR}){YEAR_WORD}?)?")

AGO_COUNT = {"один": 1, "одну": 1, "одна": 1, "два": 2, "дві": 2, "две": 2, "три": 3,
             "чотири": 4, "четыре": 4, "п'ять": 5, "пять": 5, "one": 1, "a": 1, "an": 1,
             "two": 2, "three": 3, "four": 4, "five": 5, "кілька": 3, "несколько": 3,
             "a few": 3, "few": 3}
# "два дні тому", "неделю назад", "three days ago"
AGO = (r"(?:(?P<agon>\d{1,2}|один|одну|одна|два|дві|две|три|чотири|четыре|п'ять|пять|кілька|"
       r"несколько|one|two|three|four|five|a\s+few|an?)\s+)?(?P<agou>день|дні|днів|дня|дней|"
       r"days?|тиждень|тижні|тижнів|неделю|недели|недель|weeks?)\s+(?:тому|назад|ago)")

# the contact noun a date adjective or an attributive year must stand before
ATTR_NOUN_EN = (r"\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:summit|meeting|talks|sit-down|"
                r"(?:phone\s+|video\s+)?call)(?!\w)")
ATTR_NOUN_CYR = (r"\s+(?:[\w'ʼ-]+\s+)?(?:розмов|дзвін|дзвон|зустріч|переговор|саміт|"
                 r"разговор|звон|встреч|бесед|саммит|созвон)")
# weekday adjectives, each form's stem with the weekday it names (no "середн-": "average")
DAY_ADJ = {"понеділков": 0, "вівторков": 1, "четвергов": 3, "п'ятничн": 4, "пʼятничн": 4,
           "суботн": 5, "недільн": 6, "понедельничн": 0, "вторничн": 1, "пятничн": 4,
           "субботн": 5, "воскресн": 6}
_DAY_ADJ = "(?:" + "|".join(re.escape(k) for k in DAY_ADJ) + r")\w*"
REL_ADJ = {"вчорашн": -1, "учорашн": -1, "вчерашн": -1, "позавчорашн": -2,
           "позавчерашн": -2, "сьогоднішн": 0, "сегодняшн": 0, "завтрашн": 1}
_REL_ADJ = "(?:" + "|".join(REL_ADJ) + r")\w*"
YEAR_ADJ = {"позапрошлогодн": -2, "позаторішн": -2, "прошлогодн": -1, "торішн": -1,
            "минулорічн": -1}
_YEAR_ADJ = "(?:" + "|".join(YEAR_ADJ) + r")\w*"

SPAN_ALTERNATIVES = [
    AGO,
    rf"(?P<iso>{YEAR}-\d\d-\d\d)",
    rf"(?P<dotted>\d{{1,2}}\.\d{{1,2}}\.{YEAR})",
    rf"(?P<q1>{QUAL}\s*)?(?P<d1>\d{{1,2}}){ORD}(?:\s*(?:[-–—]|і|и|та|and|to|по|до)\s*"
    rf"(?P<d2>\d{{1,2}}){ORD})?\s+(?P<m1>{MONTHS})(?:\s*,?\s*(?P<y1>{YEAR}){YEAR_WORD}?)?",
    rf"(?P<m2>(?-i:{_EN_MONTHS}))\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(?P<y2>{YEAR}))?",
    rf"(?P<q2>{QUAL}\s*)(?P<m4>{MONTHS})(?:\s*,?\s*(?P<y4>{YEAR}){YEAR_WORD}?)?"
    rf"(?:\s+(?P<ry4>{REL_YEAR}))?",
    rf"(?P<mod>{MOD})\s+(?P<m5>{MONTHS})",
    rf"(?:(?:у|в|во|in|of|by)\s+)?(?P<m3>{MONTHS})\s*,?\s*(?P<y3>{YEAR}){YEAR_WORD}?",
    # (not "for June 12": the day after the month makes it the day's pattern)
    rf"(?:у|в|во|in|на|for)\s+(?P<m6>{MONTHS})(?!\.?\s*\d{{1,2}}(?:st|nd|rd|th)?(?!\d))"
    rf"(?:\s+(?P<ry6>{REL_YEAR}))?",
    # a bare month named as the time of a when-clause: "нагадує серпень, коли …"
    rf"(?P<m7>{MONTHS})(?=\s*,\s*(?:коли|когда|when)\b)",
    # ("тривав увесь понеділок", "длился весь понедельник": the whole of that day)
    rf"(?:(?P<wmod>{WMOD})\s+|(?:у|в|во|on|на|for|увесь|весь|цілий|целый)\s+)"
    rf"(?P<wd>{_CYR_DAYS}|(?-i:{_EN_DAYS}))",
    rf"(?P<wd2>(?-i:{_EN_DAYS}))",
    rf"(?P<rel>{REL_DAY})",
    PERIOD,
    WEEKEND,
    SEASON,
    rf"(?:у|в|in|during)\s+(?P<y5>{YEAR})(?:\s*(?:році|р\.|году|г\.))?",
    # "Trump's 2018 summit with Putin", "the 2019 G20 summit": a year as the noun's attribute
    rf"(?P<y7>{YEAR})(?={ATTR_NOUN_EN})",
    rf"(?P<y6>{YEAR})\s+(?:року|года)",
]
SPAN_GATE = Gate(SPAN_ALTERNATIVES)
# "суботньої телефонної розмови", "субботнего разговора", "вчорашня зустріч": a day as an
# adjective of the contact noun (the English "Saturday's call" is a possessive). A gate of
# its own: their stems start like many common words ("по", "за", "не"), and in the big gate
# they would run every date pattern at each of those words.
ATTR_GATE = Gate([rf"(?P<wda>{_DAY_ADJ})(?={ATTR_NOUN_CYR})",
                  rf"(?P<rela>{_REL_ADJ})(?={ATTR_NOUN_CYR})",
                  # "прошлогоднего саммита G20", "торішньої зустрічі": last year's
                  rf"(?P<yra>{_YEAR_ADJ})(?={ATTR_NOUN_CYR})"])
# A date after these words bounds a period ("з лютого 2022", "since 2019"): not an event.
BOUND_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:з|із|зі|від|с|со|since|from|until|till|до|by|after|після|после|before|"
    r"перед|починаючи\s+з|начиная\s+с|"
    # "с начала 2022 года", "since the start of 2022": the start of a period is a bound too
    r"(?:з|від|с|since)\s+(?:the\s+)?(?:початку|начала|start\s+of|beginning\s+of))\s*$", re.I)
EVE_OF_RE = re.compile(
    r"\s+(?:саміт|зустріч|візит|переговор|розмов|засідан|вибор|свят|річниц|встреч|саммит|"
    r"визит|разговор|заседан|выбор|праздн|годовщин|поїздк|поездк|форум|конференц)", re.I)
AS_OF_BEFORE_RE = re.compile(r"(?:^|\s)(?:на|as\s+of|станом\s+на|по\s+состоянию\s+на)\s*$",
                             re.I)
PAST_BEFORE_RE = re.compile(r"(?:ще|еще|вже|уже|already|back)\s+(?:\w+\s+)?$", re.I)

REL_DAYS = {"позавчора": -2, "вчора": -1, "учора": -1, "сьогодні": 0, "завтра": 1,
            "післязавтра": 2, "напередодні": -1, "позавчера": -2, "вчера": -1, "сегодня": 0,
            "послезавтра": 2, "накануне": -1, "yesterday": -1, "today": 0, "tonight": 0,
            "tomorrow": 1, "last night": -1, "the previous day": -1,
            "the previous evening": -1, "the previous night": -1, "the day before": -1,
            "минулої ночі": -1, "прошлой ночью": -1, "the day before yesterday": -2}
LAST_WORDS = ("минул", "прошл", "минувш", "last", "past", "торік", "earlier")
NEXT_WORDS = ("наступн", "следующ", "next", "later")
EN_SEASONS = ("fall", "spring", "summer", "winter", "autumn")


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    text: str
    kind: str  # dm | month | weekday | relday | period | weekend | season | year | iso
    lang: str = "uk"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    offset: int = 0  # for relative days; -1/0/1 for last/this/next otherwise
    modifier: int | None = None  # weekday/month modifier: -1 last, 0 this, 1 next
    unit: str | None = None  # week | month | year for periods
    qualifier: str | None = None  # early | mid | late
    bounded: bool = False  # after "since"/"until": not an event date
    past: bool = False  # "ще в травні": explicitly before the report

    @property
    def absolute(self) -> bool:
        return self.year is not None and self.kind in ("dm", "month", "year", "iso")


@dataclass(frozen=True)
class Resolved:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    relative: bool  # resolved against the publication date


def _modifier(text: str | None) -> int | None:
    if not text:
        return None
    low = text.lower()
    if low.endswith(" this"):
        return 0  # "earlier this month", "later this year": this one, not the last or next
    if any(w in low for w in LAST_WORDS):
        return -1
    if any(w in low for w in NEXT_WORDS):
        return 1
    return 0


def _qualifier(text: str | None) -> str | None:
    if not text:
        return None
    low = text.lower()
    if any(w in low for w in ("почат", "начал", "early", "beginning")):
        return "early"
    if any(w in low for w in ("серед", "mid", "middle")):
        return "mid"
    return "late"


def _rel_year(text: str | None) -> int | None:
    return None if not text else {-1: -1, 0: 0, 1: 1}[_modifier(text) or 0]


def _unit(text: str) -> str:
    low = text.lower()
    if low.startswith(("тиж", "недел", "week")) or low == "неділі":
        return "week"
    if low.startswith(("міся", "меся", "month")):
        return "month"
    return "year"


# the next item of a list of months: "в феврале, марте и мае", "in March, April and May"
NEXT_MONTH_RE = re.compile(
    r"\s*(?:,\s*(?:(?:and|і|й|та|и)\s+)?|\s+(?:and|і|й|та|и)\s+)(?:(?:in|у|в|во)\s+)?"
    rf"(?P<m>{_CYR_MONTHS}|(?-i:{_EN_MONTHS}))(?![\w-])", re.I)


def next_listed_month(text: str, pos: int, lang: str) -> DateSpan | None:
    """The bare month word that continues a list of months at `pos` ("в феврале, марте и
    мае": find_dates takes only the first, which has its preposition)."""
    m = NEXT_MONTH_RE.match(text, pos)
    if m is None:
        return None
    month, month_lang = MONTH.get(m.group("m").lower(), (None, lang))
    if month is None:
        return None
    return DateSpan(start=m.start("m"), end=m.end("m"), text=m.group("m"), kind="month",
                    lang=month_lang, month=month)


EXACTLY_BEFORE_RE = re.compile(r"(?<!\w)(?:exactly|just|рівно|ровно)\s+$", re.I)
# a month as the attribute of a contact noun: "their October call", "апрельскую встречу",
# "квітневої зустрічі" (the English month only capitalised; "May" only after a determiner)
MONTH_ATTR_RE = re.compile(
    r"(?:(?-i:(?P<en>January|February|March|April|June|July|August|September|October|"
    r"November|December))|(?:(?<=the\s)|(?<=its\s)|(?<=his\s)|(?<='s\s)|(?<=’s\s))(?-i:(?P<may>May))|"
    r"(?P<cyr>січнев|лютнев|березнев|квітнев|травнев|червнев|липнев|серпнев|вереснев|"
    r"жовтнев|листопадов|груднев|январск|февральск|мартовск|апрельск|майск|июньск|"
    r"июльск|августовск|сентябрьск|октябрьск|ноябрьск|декабрьск)[а-яіїєґ]{1,4})\s+"
    r"(?:(?:phone|telephone|телефонн\w+)\s+)?$", re.I)
EN_MONTH_NUM = {m: i + 1 for i, m in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"))}
CYR_MONTH_NUM = {stem: i % 12 + 1 for i, stem in enumerate(
    ("січнев", "лютнев", "березнев", "квітнев", "травнев", "червнев", "липнев", "серпнев",
     "вереснев", "жовтнев", "листопадов", "груднев", "январск", "февральск", "мартовск",
     "апрельск", "майск", "июньск", "июльск", "августовск", "сентябрьск", "октябрьск",
     "ноябрьск", "декабрьск"))}


CYR_MONTH_HEADS = {stem[:4] for stem in CYR_MONTH_NUM}


def month_attribute(text: str, start: int, lang: str) -> DateSpan | None:
    """The month right before a contact noun at `start`, as a month span."""
    words = text[max(0, start - 40):start].split()[-2:]
    if not any(w[:1].isupper() and w.rstrip(".,") in EN_MONTH_NUM or
               w[:4].lower() in CYR_MONTH_HEADS for w in words):
        return None  # (the cheap look at the words before, then the pattern)
    m = MONTH_ATTR_RE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    if m.group("cyr"):
        month = CYR_MONTH_NUM[m.group("cyr").lower()]
    else:
        month = EN_MONTH_NUM[m.group("en") or m.group("may")]
    return DateSpan(start=m.start(), end=m.end(), text=m.group(0).strip(), kind="month",
                    lang=lang, month=month)


def find_dates(text: str, fallback_lang: str = "uk") -> list[DateSpan]:
    spans = []
    found = list(SPAN_GATE.finditer(text))
    extra = list(ATTR_GATE.finditer(text))
    if extra:
        found = sorted(found + [m for m in extra if not any(
            f.start() < m.end() and m.start() < f.end() for f in found)], key=lambda m: m.start())
    for m in found:
        g = m.groupdict()
        before = text[max(0, m.start() - 30):m.start()]
        # "three days after Friday's summit": a possessive date is its noun's own
        possessive = text.startswith(("'s", "’s"), m.end())
        bounded = bool(BOUND_BEFORE_RE.search(before)) and not g.get("d2") and not possessive
        past = bool(PAST_BEFORE_RE.search(before))
        if g.get("rel") and AS_OF_BEFORE_RE.search(before):
            continue  # "остання на сьогодні зустріч", "as of today": no date
        if g.get("rel") and g["rel"].lower() in ("напередодні", "накануне") and \
                EVE_OF_RE.match(text, m.end()):
            continue  # "напередодні саміту": on the eve of something, not yesterday
        common = {"start": m.start(), "end": m.end(), "text": m.group(0), "bounded": bounded,
                  "past": past}
        month_word = next((g[k] for k in ("m1", "m2", "m3", "m4", "m5", "m6", "m7")
                           if g.get(k)), None)
        month, lang = MONTH.get(month_word.lower().rstrip("."), (None, fallback_lang)) \
            if month_word else (None, fallback_lang)
        if g.get("iso"):
            y, mo, d = (int(x) for x in g.get("iso").split("-"))
            span = DateSpan(kind="iso", year=y, month=mo, day=d, **common)
        elif g.get("dotted"):
            d, mo, y = (int(x) for x in g.get("dotted").split("."))
            span = DateSpan(kind="iso", year=y, month=mo, day=d, **common)
        elif g.get("d1") or g.get("d3"):
            day = int(g.get("d1") or g.get("d3"))
            year = g.get("y1") or g.get("y2")
            span = DateSpan(kind="dm", lang=lang, day=day, month=month,
                            year=int(year) if year else None,
                            qualifier=_qualifier(g.get("q1")), **common)
        elif g.get("m4"):
            span = DateSpan(kind="month", lang=lang, month=month,
                            year=int(g.get("y4")) if g.get("y4") else None,
                            offset=_rel_year(g.get("ry4")) or 0,
                            modifier=0 if g.get("ry4") else None,
                            qualifier=_qualifier(g.get("q2")), **common)
        elif g.get("m5"):
            span = DateSpan(kind="month", lang=lang, month=month,
                            modifier=_modifier(g.get("mod")), **common)
        elif g.get("m3"):
            span = DateSpan(kind="month", lang=lang, month=month, year=int(g.get("y3")), **common)
        elif g.get("m6") or g.get("m7"):
            span = DateSpan(kind="month", lang=lang, month=month,
                            offset=_rel_year(g.get("ry6")) or 0,
                            modifier=0 if g.get("ry6") else None, **common)
        elif g.get("wd") or g.get("wd2"):
            word = (g.get("wd") or g.get("wd2")).lower()
            span = DateSpan(kind="weekday", day=WEEKDAY[word], modifier=_modifier(g.get("wmod")),
                            **common)
        elif g.get("agou"):
            count = g.get("agon") or "1"
            n = int(count) if count.isdigit() else AGO_COUNT.get(
                re.sub(r"\s+", " ", count.lower()), 1)
            if g["agou"].lower().startswith(("д", "day")):
                span = DateSpan(kind="relday", offset=-n, **common)
            elif EXACTLY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                # "Exactly a week ago", "рівно тиждень тому": that very day
                span = DateSpan(kind="relday", offset=-7 * n, **common)
            else:  # weeks ago: the month it fell in, no more
                span = DateSpan(kind="period", unit="week", offset=-n, **common)
        elif g.get("rel"):
            span = DateSpan(kind="relday", offset=REL_DAYS[re.sub(r"\s+", " ",
                                                                  g.get("rel").lower())],
                            **common)
        elif g.get("munit"):
            span = DateSpan(kind="period", unit="month", offset=0,
                            qualifier=_qualifier(g.get("mq")), **common)
        elif g.get("unit") or g.get("lastyear"):
            if g.get("lastyear"):
                span = DateSpan(kind="period", unit="year", offset=-1, **common)
            else:
                span = DateSpan(kind="period", unit=_unit(g.get("unit")),
                                offset=_modifier(g.get("pmod")) or 0, **common)
        elif g.get("weekend"):
            mod = (g.get("wemod") or "").lower()
            modifier = None if mod in ("", "the", "this", "ці", "эти") else \
                1 if any(w in mod for w in ("наступ", "следующ", "next", "coming", "ближайш",
                                             "найближч")) else -1
            span = DateSpan(kind="weekend", modifier=modifier, **common)
        elif g.get("season"):
            if g.get("syear"):
                span = DateSpan(kind="year", year=int(g.get("syear")), **common)
            elif not g.get("smod") and g["season"].lower() in EN_SEASONS:
                continue  # bare English season words are too often not dates
            else:
                span = DateSpan(kind="season", offset=_modifier(g.get("smod")) or 0, **common)
        elif g.get("y5") or g.get("y6") or g.get("y7"):
            span = DateSpan(kind="year", year=int(g.get("y5") or g.get("y6") or g.get("y7")),
                            **common)
        elif g.get("wda"):
            word = g["wda"].lower()
            span = DateSpan(kind="weekday", day=next(v for k, v in DAY_ADJ.items()
                                                     if word.startswith(k)), **common)
        elif g.get("yra"):
            word = g["yra"].lower()
            span = DateSpan(kind="period", unit="year", offset=next(
                v for k, v in YEAR_ADJ.items() if word.startswith(k)), **common)
        elif g.get("rela"):
            word = g["rela"].lower()
            span = DateSpan(kind="relday", offset=next(v for k, v in REL_ADJ.items()
                                                       if word.startswith(k)), **common)
        else:  # pragma: no cover - every alternative sets a group
            continue
        if span.month is not None and not 1 <= span.month <= 12:
            continue
        spans.append(span)
    return _join_year_and_month(text, spans)


def _join_year_and_month(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """"торік у червні", "в прошлом году в июне", "last year in June", "in June last year":
    a relative year next to a month without a year is one date, that month of that year (as
    "у червні минулого року" already is)."""
    out: list[DateSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and not text[prev.end:span.start].strip(" ,") and (
                {prev.kind, span.kind} == {"period", "month"}):
            year, month = (prev, span) if prev.kind == "period" else (span, prev)
            if year.unit == "year" and year.offset and month.year is None and \
                    month.modifier is None and month.day is None and not month.offset:
                out[-1] = replace(month, start=prev.start, end=span.end,
                                  text=text[prev.start:span.end], offset=year.offset,
                                  modifier=0, bounded=prev.bounded or span.bounded,
                                  past=prev.past or span.past)
                continue
        out.append(span)
    return out


# -- normalisation by dateparser --------------------------------------------------------

_PARSERS: dict[str, object] = {}


def _parser(lang: str):
    """One DateDataParser per language, created on first use and reused."""
    if lang not in _PARSERS:
        from dateparser.date import DateDataParser

        _PARSERS[lang] = DateDataParser(
            languages=[lang],
            settings={"PREFER_DAY_OF_MONTH": "first",
                      "RELATIVE_BASE": dt.datetime(2000, 1, 1),
                      "PREFER_DATES_FROM": "past"},
        )
    return _PARSERS[lang]


@lru_cache(maxsize=8192)
def normalise(lang: str, day: int, month_word: str, year: int | None) -> tuple[int, int] | None:
    """(month, day) of a day-month span as dateparser reads it, or None if it cannot."""
    text = f"{day} {month_word}" + (f" {year}" if year else "")
    try:
        data = _parser(lang).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input  # noqa: BLE001
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.month, data.date_obj.day


def _month_word(span: DateSpan) -> str | None:
    for word in re.findall(r"[\w']+", span.text):
        if word.lower() in MONTH:
            return word
    return None


# -- resolution --------------------------------------------------------------------------

def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _pick_year(month: int, day: int, base: dt.date, prefer: str | None) -> dt.date | None:
    candidates = [d for y in (base.year - 1, base.year, base.year + 1)
                  if (d := _safe_date(y, month, day))]
    if not candidates:
        return None
    if prefer == "past":
        past = [d for d in candidates if d <= base + dt.timedelta(days=1)]
        return max(past) if past else None
    if prefer == "future":
        future = [d for d in candidates if d >= base - dt.timedelta(days=1)]
        return min(future) if future else None
    # No tense to go by: the nearer candidate, but a future one counts double. A bare "Feb.
    # 12" in August, in a sentence without "will", is the February just gone; "Aug. 15" the
    # next day is the coming one.
    return min(candidates, key=lambda d: ((d - base).days * 2 if d > base
                                          else (base - d).days, d > base))


def _pick_month(month: int, base: dt.date, prefer: str | None) -> tuple[int, int]:
    here = (base.year, base.month)
    options = [(base.year - 1, month), (base.year, month), (base.year + 1, month)]
    if prefer == "future":
        return min(o for o in options if o >= here)
    if prefer == "past":
        return max(o for o in options if o <= here)
    # as for days: with no tense, a coming month must be twice as near as a past one
    return min(options, key=lambda o: (
        abs((o[0] - here[0]) * 12 + o[1] - here[1]) * (2 if o > here else 1), o > here))


def resolve(span: DateSpan, base: dt.date, prefer: str | None = None) -> Resolved | None:
    """The date a span means, reported on `base`; `prefer` is past/future/None (nearest)."""
    if span.past:
        prefer = "past"
    kind = span.kind
    if kind == "iso":
        d = _safe_date(span.year, span.month, span.day)
        return Resolved(d.isoformat(), False) if d else None
    if kind == "dm":
        word = _month_word(span)
        parsed = normalise(span.lang, span.day, word, span.year) if word else None
        month, day = parsed if parsed else (span.month, span.day)
        if (month, day) != (span.month, span.day):
            month, day = span.month, span.day  # trust the pattern over a misreading
        if span.year:
            d = _safe_date(span.year, month, day)
            return Resolved(d.isoformat(), False) if d else None
        d = _pick_year(month, day, base, prefer)
        return Resolved(d.isoformat(), True) if d else None
    if kind == "month":
        if span.year:
            return Resolved(f"{span.year:04d}-{span.month:02d}", False)
        if span.modifier == 0 and span.offset:  # "у червні минулого року"
            return Resolved(f"{base.year + span.offset:04d}-{span.month:02d}", True)
        if span.modifier == 0:
            return Resolved(f"{base.year:04d}-{span.month:02d}", True)
        if span.modifier == -1:
            y, m = _add_months(base.year, base.month, -1)
            year = y if span.month <= m else y - 1
            return Resolved(f"{year:04d}-{span.month:02d}", True)
        if span.modifier == 1:
            y, m = _add_months(base.year, base.month, 1)
            year = y if span.month >= m else y + 1
            return Resolved(f"{year:04d}-{span.month:02d}", True)
        y, m = _pick_month(span.month, base, prefer)
        return Resolved(f"{y:04d}-{m:02d}", True)
    if kind == "weekday":
        delta = (span.day - base.weekday()) % 7  # days ahead to that weekday (0..6)
        if span.modifier == -1:
            back = (base.weekday() - span.day) % 7 or 7
            d = base - dt.timedelta(days=back)
        elif span.modifier == 1:
            d = base + dt.timedelta(days=delta or 7)
        elif prefer == "future":
            d = base + dt.timedelta(days=delta)
        else:
            d = base - dt.timedelta(days=(base.weekday() - span.day) % 7)
        return Resolved(d.isoformat(), True)
    if kind == "weekend":
        if span.modifier == 1 or (span.modifier is None and prefer == "future"):
            d = base + dt.timedelta(days=(5 - base.weekday()) % 7 or 7)  # the next Saturday
        else:
            d = base - dt.timedelta(days=(base.weekday() - 5) % 7)  # the Saturday just gone
        return Resolved(f"{d.year:04d}-{d.month:02d}", True)
    if kind == "relday":
        return Resolved((base + dt.timedelta(days=span.offset)).isoformat(), True)
    if kind == "period":
        if span.unit == "week":
            d = base + dt.timedelta(days=7 * span.offset)
            return Resolved(f"{d.year:04d}-{d.month:02d}", True)
        if span.unit == "month":
            y, m = _add_months(base.year, base.month, span.offset)
            return Resolved(f"{y:04d}-{m:02d}", True)
        return Resolved(f"{base.year + span.offset:04d}", True)
    if kind == "season":
        return Resolved(f"{base.year + span.offset:04d}", True)
    if kind == "year":
        return Resolved(f"{span.year:04d}", False)
    return None  # pragma: no cover


def coarsen(value: str, precision: str) -> str:
    """Cut a resolved date to what a partial publication date can support."""
    return value[:{"year": 4, "month": 7}.get(precision, 10)]
