"""The discourse pass: an article's contact mentions looked at together, between "mentions
found in sentences" (mentions.py) and "records out" (records.py).

Sentence rules see one sentence (and a neighbour or two); what is left after seven revisions
is structure across sentences: one contact told several ways and counted several times, and
lists of occasions whose entries have no contact word of their own. Each step here is a pure
function of the article's analyses (their hits are edited in place); the article has few
hits, so the pass costs little next to reading the sentences. `discourse` runs them in order:

1. **Whose contact**: "their" contact after two officials is theirs; "Обама позвонил ему" is
   the last person of that side named before.
2. **Lists and timelines** (one parser of occasions): bullet entries after a header that
   counts or names the pair's contacts, semicolon lists after a colon, runs of sentences
   that open with their dates, a dash list after a contact word, a lone date, "three days
   later": every occasion on its own date, never a neighbour's; an entry without a contact
   word is one more of the header's kind.
3. **One contact told several ways**: talk and its format in one sentence; the news told as
   talk takes the kind the headline (or an undated description) names; a live blog's
   headline contact is the news; "after the call" is the call told; "Friday's meeting", the
   plan's noun and a present headline are the plan for Friday.
4. **Status history**: a contact after "after" was held; "agreed by phone" is a call held; a
   habit agreed plans nothing; a plan told as it stood is the one called off; a plan made
   back then and carried out is no open plan.
5. **Office**: a dated contact given a side out of office is the holder's named beside it.

Kept apart: contacts on different days, a contact "again"/"another"/"second", entries that
name someone else, more entries than the header counts, a plan told now beside one called
off.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..model import date_bounds
from .dates import Resolved, coarsen, find_dates, resolve
from .mentions import RANGE_BEFORE_RE, Analysis, Hit

# ---------------------------------------------------------------------------------------
# 1. Enumerations

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twice": 2, "thrice": 3,
    "два": 2, "дві": 2, "две": 2, "три": 3, "чотири": 4, "четыре": 4, "п'ять": 5, "пять": 5,
    "шість": 6, "шесть": 6, "сім": 7, "семь": 7, "вісім": 8, "восемь": 8, "двічі": 2,
    "дважды": 2, "тричі": 3, "трижды": 3,
}
# "six times", "шість разів", "шесть раз", "twice", "5 times": how many occasions follow
COUNT_WORD_RE = re.compile(
    r"(?<![\w'])(?:(?P<n>\d{1,2}|" + "|".join(sorted(
        (w for w in NUMBER_WORDS if w not in ("twice", "thrice", "двічі", "дважды", "тричі",
                                              "трижды")), key=len, reverse=True)) +
    r")\s+(?:times|рази?|раз[іи]в|раз)|(?P<adv>twice|thrice|двічі|дважды|тричі|трижды))"
    r"(?![\w'])", re.I)
# an entry: an optional bullet or bold mark, then its date, then a colon or a dash
BULLET_RE = re.compile(r"\s*(?:[-*•–—]\s+|\d{1,2}[.)]\s+)?(?:\*\*)?\s*")
ENTRY_TAIL_RE = re.compile(r"\s*(?:\*\*)?\s*(?:[:—–]|-\s)")
# a weekday before the day it names: "Friday, April 10"
DAY_JOIN_RE = re.compile(r"\s*,?\s*")
# days of the entry's month told after it: "в июне — дважды, 4-го и 14-го", "June 4th and 14th"
ORDINAL_DAY_RE = re.compile(r"(?<![\w.])(\d{1,2})(?:-?го|-?е|st|nd|rd|th)(?!\w)")
# an occasion the entry says never happened: "так и не состоявшемся", "which never took place"
NEVER_HELD_RE = re.compile(
    r"(?<!\w)(?:так\s+и\s+не\s+состоя\w*|не\s+состоя\w*|так\s+і\s+не\s+відбу\w*|"
    r"не\s+відбу\w*|never\s+(?:took\s+place|happened|materiali[sz]ed)|was\s+(?:later\s+)?"
    r"(?:cancel+ed|called\s+off|scrapped)|отменен\w*|скасован\w*)(?!\w)", re.I)
# people other than the pair in an entry: not one of the header's contacts
OTHERS = ("third", "official")


def _count_of(text: str) -> int | None:
    m = COUNT_WORD_RE.search(text)
    if m is None:
        return None
    if m.group("n"):
        word = m.group("n").lower()
        return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return NUMBER_WORDS.get(m.group("adv").lower())


def _lead_date(text: str, start: int, spans) -> tuple[object, object, int] | None:
    """The date an entry opens with at `start` ("Feb. 12: …", "**Friday, April 10** — …",
    "12 февраля прошлого года — …"), with the span that gives its year, if any, and where
    the date ends; None when the entry does not open with a date and a colon or dash."""
    first = next((d for d in spans if d.end > start), None)
    if first is None or first.start != start or first.kind not in (
            "dm", "iso", "month", "weekday"):
        return None
    span, year, end = first, None, first.end
    for d in spans:
        if d.start <= first.start:
            continue
        if d.start != DAY_JOIN_RE.match(text, end).end():
            break
        if d.kind == "dm" and span.kind == "weekday":
            span = d  # "Friday, April 10": the day of the month says more
        elif d.kind in ("period", "year") and span.kind in ("dm", "month"):
            year = d  # "12 февраля прошлого года"
        else:
            break
        end = d.end
    return (span, year, end) if ENTRY_TAIL_RE.match(text, end) else None


def _resolve_entry(span, year, published: dt.date, precision: str):
    base = published
    if year is not None:
        framed = resolve(year, published, "past")
        if framed is None:
            return None
        base = min(published, dt.date(int(framed.value[:4]), 12, 31))
    value = resolve(span, base, "past")
    if value is not None and value.relative:
        value = Resolved(coarsen(value.value, precision), True)
    return value


class Entry:
    """One occasion of a list: where its text runs in its sentence, and its date."""

    def __init__(self, a: Analysis, start: int, end: int, value, text: str, body: int):
        self.a, self.start, self.end, self.value, self.text = a, start, end, value, text
        self.body = body  # where the entry's words begin (after its date and dash)

    def hits(self) -> list[Hit]:
        return [h for h in self.a.hits if self.start <= h.trigger.start < self.end]


def _header(a: Analysis, main_pair, upto: int | None = None) -> Hit | None:
    """What the list counts or names before its colon ("How often have they spoken? Four
    times by phone:", "the recent calls between President Donald Trump and Vladimir
    Putin:"): a contact of the pair (the article's pair when the header names nobody)."""
    head = next((h for h in a.hits if (upto is None or h.trigger.start < upto) and
                 h.status in ("held", "unclear") and
                 (h.pair or (h.us is None and h.ru is None))), None)
    if head is None or not (head.pair or all(main_pair)):
        return None
    us, ru = head.pair or main_pair
    return Hit(head.sentence, head.trigger, us, ru, head.type, head.type_guessed, "held",
               head.explicit)


def _bullets(analyses: list[Analysis], i: int, published: dt.date,
             precision: str) -> list[Entry]:
    """Entries of the sentences after `analyses[i]`, each opening with a date; a sentence
    of an entry's paragraph without a date of its own continues that entry."""
    entries: list[Entry] = []
    for b in analyses[i + 1:]:
        text = b.sentence.text
        lead = BULLET_RE.match(text)
        spans = [d for d in find_dates(text, b.sentence.lang) if not d.bounded]
        found = _lead_date(text, lead.end() if lead else 0, spans)
        if found is None:
            if entries and b.sentence.paragraph == entries[-1].a.sentence.paragraph:
                continue  # "Russia followed up by sending …": the entry goes on
            break
        value = _resolve_entry(found[0], found[1], published, precision)
        if value is None:
            break
        entries.append(Entry(b, 0, len(text), value, text, found[2]))
    return entries


def _segments(a: Analysis, published: dt.date, precision: str) -> tuple[int, list[Entry]]:
    """"Всего … их было немало: 12 февраля прошлого года — первый разговор …; 18 марта —
    беседа …; 19 мая — …": the entries of a list told in one sentence, parted by
    semicolons after its colon (the colon's position, the entries)."""
    text = a.sentence.text
    colon = text.find(":")
    if colon < 0 or text.count(";", colon) < 1:
        return -1, []
    spans = [d for d in find_dates(text, a.sentence.lang) if not d.bounded]
    entries: list[Entry] = []
    pos = colon + 1
    for part in text[colon + 1:].split(";"):
        start = pos + len(part) - len(part.lstrip())
        end = pos + len(part)
        pos = end + 1
        found = _lead_date(text, start, spans)
        value = _resolve_entry(found[0], found[1], published, precision) if found else None
        entries.append(Entry(a, start, end, value, text, found[2] if found else start))
    dated = [e for e in entries if e.value is not None]
    if len(dated) < 2 or len(dated) * 3 < len(entries) * 2:
        return -1, []  # not a list of dated occasions
    return colon, entries


def _bind(entry: Entry, head: Hit | None, model: Hit | None, day: str) -> Hit | None:
    """The entry's occasion: its first contact word (given the header's pair, and its kind
    when the word does not type), dated by the entry; without one, the header's kind of
    contact. Further contact words keep their own dates; one the entry says never happened
    is a cancelled plan without a date. Returns the hit that stands for the occasion."""
    own = [h for h in entry.hits() if not h.count and h.status in ("held", "unclear",
                                                                      "announced")]
    pair = head.pair if head else (model.pair if model else None)
    first = None
    for h in own:
        if h.pair is None and h.us is None and h.ru is None and pair and not any(
                x.kind == "official" for x in entry.a.actors):
            h.us, h.ru = pair  # "A three-way call with Saudi King Salman"
        if h.pair is None or (pair and h.pair != pair):
            continue
        stop = min([x.trigger.start for x in own if x.trigger.start > h.trigger.start] +
                   [entry.end, h.trigger.end + 60])  # (the cue is the nearest word's)
        if NEVER_HELD_RE.search(entry.text, h.trigger.end, stop):
            h.status, h.date, h.date_text, h.past_plan = "cancelled", None, None, False
            continue
        if first is None:
            first = h
            if head is not None and h.type_guessed and not head.type_guessed:
                h.type, h.type_guessed = head.type, False
            if entry.value is not None and entry.value.value <= day:
                h.status = "held"
                h.date, h.date_text = entry.value, entry.text[entry.start:entry.body]
                h.date_sentence = entry.a.sentence.index
                h.count = h.vague_past = False
    if first is not None or entry.value is None or pair is None:
        return first
    inside = [x for x in entry.a.actors if entry.start <= x.start < entry.end]
    named = {x.person for x in inside if x.kind in ("name", "role")}
    if any(h.pair for h in entry.hits()) or (any(x.kind in OTHERS for x in inside) and
                                             not set(pair) <= named):
        return None  # (an entry telling someone else's contact is not one of ours; "Trump
        # and Putin spoke once more, again with King Salman on the line" is)
    like = head or model
    twins = []
    month = entry.value.value
    days = [int(m.group(1)) for m in ORDINAL_DAY_RE.finditer(entry.text, entry.body,
                                                             entry.end)]
    values = [entry.value]
    if len(month) == 7 and days and all(1 <= d <= 31 for d in days):
        values = [Resolved(f"{month}-{d:02d}", entry.value.relative) for d in days]
    for value in values:
        twin = Hit(entry.a.sentence.index, like.trigger, like.us, like.ru, like.type,
                   like.type_guessed, "held", like.explicit)
        twin.date, twin.date_text = value, entry.text[entry.start:entry.body]
        twin.date_sentence = entry.a.sentence.index
        twins.append(twin)
    entry.a.hits = entry.a.hits + twins
    return twins[0]


def enumerations(analyses: list[Analysis], published: dt.date, precision: str,
                 main_pair=(None, None)) -> None:
    """"How often have they talked this year? Six times by phone …:" followed by "- Feb. 12:
    the first call …", "- March 18: Putin agreed to a 30-day pause …"; "их было немало: 12
    февраля прошлого года — первый разговор …; 18 марта — беседа …": every entry is one
    occasion, on its own date; an entry without a contact word of its own is still one (the
    header, or the entry before, typed it). The entries' dates bind to their own entries: a
    hit the sentence reader dated from elsewhere takes its entry's date."""
    day = published.isoformat()
    for i, a in enumerate(analyses):
        if not a.hits:
            continue  # (a list's header or its one sentence names a contact)
        colon, entries = _segments(a, published, precision)
        head = _header(a, main_pair, colon) if entries else None
        if not entries and a.sentence.text.rstrip().endswith(":"):
            head = _header(a, main_pair)
            entries = _bullets(analyses, i, published, precision) if head else []
            limit = _count_of(a.sentence.text)
            if len(entries) < 2 or (limit is not None and len(entries) > limit):
                continue  # not a list of the counted occasions (or more than counted)
        model = None
        for e in entries:
            model = _bind(e, head, model, day) or model


# a sentence that opens with its date: "21 лютого, в день підписання …", "On March 16, …"
OPENING_RE = re.compile(r"\W*(?:on\s+|ще\s+|ещё\s+|еще\s+)?", re.I)


def _opening_date(a: Analysis):
    text = a.sentence.text
    start = OPENING_RE.match(text).end()
    span = next((d for d in find_dates(text, a.sentence.lang) if not d.bounded), None)
    if span is None or span.start != start or span.kind not in ("dm", "iso", "month"):
        return None
    return span


def runs(analyses: list[Analysis], published: dt.date, precision: str) -> None:
    """"21 лютого, в день підписання угоди, вони мали годинну розмову. 1 березня … Обама і
    Путін розмовляли близько півтори години. 6 березня відбулася ще одна годинна розмова.
    16 березня, в день так званого референдуму, Обама попередив, що …": consecutive
    sentences that each open with a date tell one occasion each; where two or more of them
    are the pair's contacts of one kind, a sentence of the run without a contact word that
    has a side of the pair speak (and no one else) is one more of that kind, on its date."""
    # (dates are looked for only around the pair's dated contacts, and only as far as the
    # run goes: find_dates on every sentence would cost more than the rest of the pass)
    anchors = [i for i, a in enumerate(analyses) if not a.sentence.headline and any(
        h.pair and h.status == "held" and h.date is not None and not h.count for h in a.hits)]
    if len(anchors) < 2:
        return
    spans: dict[int, object] = {}

    def opening(i: int):
        if i not in spans:
            spans[i] = None if analyses[i].sentence.headline else _opening_date(analyses[i])
        return spans[i]

    done: set[int] = set()
    for anchor in anchors:
        if anchor in done or opening(anchor) is None:
            continue
        i = j = anchor
        while i > 0 and opening(i - 1) is not None:
            i -= 1
        while j + 1 < len(analyses) and opening(j + 1) is not None:
            j += 1
        run = list(range(i, j + 1))
        done.update(run)
        if len(run) < 3:
            continue
        kinds: dict[tuple, int] = {}
        for k in run:
            for h in analyses[k].hits:
                if h.pair and h.status == "held" and not h.count:
                    key = (h.pair, h.type)
                    kinds[key] = kinds.get(key, 0) + 1
                    break
        if len(kinds) != 1 or next(iter(kinds.values())) < 2:
            continue  # (a run of one kind of the pair's contacts only)
        (pair, kind), _ = kinds.popitem()
        for k in run:
            b = analyses[k]
            if b.hits or any(x.kind in OTHERS for x in b.actors):
                continue
            named = {x.person for x in b.actors if x.kind in ("name", "role")}
            if not named or not named <= set(pair) or REPORT_RE.search(b.sentence.text):
                continue  # (a side speaking to the other, "Обама попередив, що …"; not a
                # public statement, "Трамп заявив, що вірить Путіну")
            value = resolve(spans[k], published, "past")
            if value is None or value.value > published.isoformat():
                continue
            if value.relative:
                value = Resolved(coarsen(value.value, precision), True)
            model = next(h for c in run for h in analyses[c].hits if h.pair == pair)
            twin = Hit(b.sentence.index, model.trigger, pair[0], pair[1], kind, False, "held",
                       True)
            twin.date, twin.date_text, twin.date_sentence = value, spans[k].text, \
                b.sentence.index
            b.hits = [twin]


# the list after a contact word: "бачилися лише мимохідь — зокрема, …", "met twice: …"
LIST_DASH_RE = re.compile(r"\s[—–]\s|:\s")


def dash_lists(analyses: list[Analysis], published: dt.date, precision: str) -> None:
    """"Обама і Путін бачилися лише мимохідь — зокрема, під час обіду в Нормандії … у червні
    2014 року та на саміті G20 у Брисбені в листопаді": an undated contact word, then after
    a dash or colon two or more dates of its occasions: one contact per date, each on its
    own (a date without a year takes the list's year going forward)."""
    for a in analyses:
        text = a.sentence.text
        for h in list(a.hits):
            if h.pair is None or h.date is not None or h.count or h.status not in (
                    "held", "unclear") or h.trigger.anaphoric:
                continue
            dash = LIST_DASH_RE.search(text, h.trigger.end)
            if dash is None or any(x.trigger.start > h.trigger.end for x in a.hits
                                   if x is not h and x.pair):
                continue  # (another contact of the pair told after: not this one's list)
            spans = [d for d in find_dates(text, a.sentence.lang) if not d.bounded and
                     d.start >= dash.end() and d.kind in ("dm", "month", "iso")]
            if len(spans) < 2 or any(x.start >= dash.end() for x in a.actors):
                continue  # (the list names its occasions, nobody in them: "у травні він
                # передасть повноваження Путіну" explains, it lists nothing)
            values = []
            for d in spans:
                value = resolve(d, published, "past")
                if value is None or value.value > published.isoformat():
                    break
                if value.relative:
                    value = Resolved(coarsen(value.value, precision), True)
                values.append((d, value))
            if len(values) != len(spans):
                continue
            for n, (d, value) in enumerate(values):
                hit = h if n == 0 else Hit(a.sentence.index, h.trigger, h.us, h.ru, h.type,
                                           h.type_guessed, "held", h.explicit)
                hit.status = "held"
                hit.date, hit.date_text, hit.date_sentence = value, d.text, a.sentence.index
                hit.vague_past = False
                if n:
                    hit.location = None
                    a.hits = a.hits + [hit]
            h.location = None  # (the places are the entries', not told apart here)


# ---------------------------------------------------------------------------------------
# 2. One contact told several ways

SPECIFIC = ("video_call", "brief_encounter")


def merge_in_sentence(analyses: list[Analysis]) -> None:
    """"А 7 грудня лідери поспілкувалися у форматі відеоконференції": the word that only
    says they talked and the word that says how are one contact, of the named kind, on the
    sentence's date. Not two contacts of different status ("обговорили … і домовилися про
    зустріч"), nor two kinds both named ("a call and then a meeting")."""
    for a in analyses:
        if len(a.hits) < 2:
            continue
        paired = {h.pair for h in a.hits if h.pair}
        for h in list(a.hits):
            if not h.type_guessed or h.count or h not in a.hits:
                continue
            # "30 декабря они говорили по телефону …, а 7 декабря провели переговоры в
            # режиме видеоконференции": the second clause's subject is the first's
            if h.pair is None and (h.us or h.ru or len(paired) != 1 or any(
                    x.kind in OTHERS for x in a.actors)):
                continue
            kinds = [k for k in a.hits if k is not h and not k.type_guessed and
                     k.type in SPECIFIC and k.date is None and not k.count and
                     k.pair in (None, h.pair) and k.status in (h.status, "unclear")]
            if len(kinds) != 1:
                continue
            k = kinds[0]
            if h.pair is None:
                h.us, h.ru = next(iter(paired))
            h.type, h.type_guessed, h.in_person = k.type, False, False
            a.hits = [x for x in a.hits if x is not k]


def _recent(h: Hit, published: dt.date) -> bool:
    if h.date is None:
        return True
    value = h.date.value
    if len(value) != 10:
        return False
    day = dt.date.fromisoformat(value)
    return published - dt.timedelta(days=3) <= day <= published


# a word that says the contact went by phone (not "the call", which a video call is too)
PHONE_RE = re.compile(r"phone|телефон|дзвон|дзвін|звон|зателефон|rang|ring", re.I)


def _word(a: Analysis, h: Hit) -> str:
    return a.sentence.text[h.trigger.start:h.trigger.end]


def retype_news(analyses: list[Analysis], published: dt.date) -> None:
    """"Biden warns Putin … in two-hour video call" (headline) … "Biden spoke from the
    White House Situation Room", "throughout the call": the news contact the body tells only
    as talk (or as "the call") is the kind the headline names for it; without one, the kind
    the article names for it elsewhere without a date of its own ("неформальна розмова …
    під час обіду … не більше 15 хвилин"). "Live: Trump–Putin summit in Helsinki" …
    "the leaders' talks went well": the talks are the summit. Only a held contact of the
    news (no date, or the last three days), only when the article names one such kind,
    never talks in person made a call, and never when a word of the news types it otherwise
    ("провели телефонный разговор")."""
    heads = [h for a in analyses if a.sentence.headline for h in a.hits if h.pair]
    head = heads[0] if len(heads) == 1 and heads[0].date is None and not heads[0].count and \
        not heads[0].type_guessed and heads[0].status in ("held", "unclear") else None
    # (a headline of two contacts, "розмова …, заява про зустріч", names no one kind)
    hints = {h.type for a in analyses for h in a.hits
             if h.type in SPECIFIC and h.date is None and not h.count
             and h.status in ("held", "unclear") and not h.vague_past
             and (not h.type_guessed or h.pair is None)}
    if head is not None:
        kind = head.type
    elif len(hints) == 1:
        kind = next(iter(hints))
    else:
        return
    pairs = {h.pair for a in analyses for h in a.hits if h.type == kind and h.pair}
    if len(pairs) > 1:
        return
    typed = {h.pair for a in analyses for h in a.hits if h.pair and h.status == "held" and
             not h.type_guessed and h.type != kind and not h.count and _recent(h, published)
             and (h.type != "call" or PHONE_RE.search(_word(a, h)))
             and not (kind == "meeting" and h.type == "brief_encounter")}  # (a handshake is
    # part of the summit)
    for a in analyses:
        for h in a.hits:
            if h.pair is None or h.pair in typed or h.status != "held" or h.count or \
                    h.vague_past or h.pair not in (pairs or {h.pair}) or \
                    not _recent(h, published):
                continue
            if h.type == kind:
                if head is not None and h.type_guessed and kind != "brief_encounter":
                    h.type_guessed = False  # "the leaders' talks": the headline's summit
                continue
            if h.type_guessed and h.in_person and kind not in ("meeting", "brief_encounter"):
                continue  # (talks in person stay a meeting)
            if kind == "brief_encounter" and not (h.type_guessed and h.type == "call"):
                continue  # (talks in person are a meeting, of which a handshake is a part)
            if not h.type_guessed and not (kind == "video_call" and h.type == "call" and
                                           not PHONE_RE.search(_word(a, h))):
                continue  # a word that types the contact ("the call" is a video call too)
            h.type = kind
            h.type_guessed = kind == "brief_encounter"  # (still joins a meeting's hits)


# "after the call", "during the summit", "після розмови", "после встречи": the contact is a
# point in time, named as already told
POINT_BEFORE_RE = re.compile(
    r"(?<!\w)(?:after|before|during|following|ahead\s+of|since|після|перед|під\s+час|"
    r"після\s+цієї|после|перед|во\s+время|в\s+ходе|по\s+итогам|за\s+підсумками)"
    r"(?:\s+(?:the|this|that|their|its|his|цієї|цього|этого|этой|їхньої|их))?\s+$", re.I)
AGAIN_RE = re.compile(
    r"(?<!\w)(?:again|another|next|new|second|third|follow-up|further|ще\s+одн\w*|нов\w+|"
    r"наступн\w+|друг\w+|повторн\w+|следующ\w+|очередн\w+|втор\w+|ещё\s+одн\w*|еще\s+одн\w*|"
    r"знову|снова|вновь)(?!\w)", re.I)


def references(analyses: list[Analysis]) -> None:
    """"Biden planned to brief the leaders … after the call": an undated plan whose contact
    word stands after "after/before/during the", in an article that tells a held contact of
    the same two and kind, is that contact as a point in time, not a plan ("ahead of another
    call", "after the next meeting" stay plans)."""
    held = {(h.pair, h.type) for a in analyses for h in a.hits
            if h.pair and h.status == "held" and not h.count}
    if not held:
        return
    for a in analyses:
        text = a.sentence.text
        for h in a.hits:
            if h.status != "announced" or h.date is not None or h.pair is None or \
                    (h.pair, h.type) not in held:
                continue
            before = text[max(0, h.trigger.start - 40):h.trigger.start]
            if not POINT_BEFORE_RE.search(before) or AGAIN_RE.search(
                    text, max(0, h.trigger.start - 25), h.trigger.end + 15):
                continue
            h.status = "unclear"  # (records.py attaches it to the held one as evidence)


def announced_weekday(analyses: list[Analysis], published: dt.date) -> None:
    """"… will sit down on Friday at Joint Base Elmendorf-Richardson …" … "The White House
    has described Friday's meeting as a listening exercise": a weekday the article gives to
    a plan is that plan's, not last week's held contact of that name."""
    plans = [h for a in analyses for h in a.hits if h.pair and h.status == "announced"
             and h.date is not None and len(h.date.value) == 10]
    if not plans:
        return
    for a in analyses:
        for h in a.hits:
            if h.status != "held" or h.date is None or len(h.date.value) != 10 or \
                    not h.date.relative or h.count:
                continue
            day = dt.date.fromisoformat(h.date.value)
            plan = next((p for p in plans if p.pair == h.pair and p.type == h.type and
                         dt.date.fromisoformat(p.date.value) - day == dt.timedelta(days=7)
                         and p.date.value > published.isoformat()), None)
            if plan is not None:
                h.status = "announced"
                h.date, h.date_text, h.date_sentence = plan.date, plan.date_text, \
                    plan.date_sentence


# a plan's deadline: "договорились созвониться до конца месяца", "agreed to speak before the
# end of the month", "до кінця року": the period it falls in (this month, this year)
DEADLINE_RE = re.compile(
    r"(?<!\w)(?:до\s+(?:конца|кінця|кінц\w*)|не\s+позднее|не\s+пізніше|(?:by|before)\s+the\s+end\s+"
    r"of|by\s+the\s+close\s+of)\s+(?:(?:этого|цього|текущего|поточного|this|the)\s+)?"
    r"(?P<unit>месяца|місяця|month|года|року|year)(?!\w)|(?<!\w)(?:before|by)\s+"
    r"(?P<ye>year-end|the\s+year's\s+end|month-end|the\s+month's\s+end)(?!\w)", re.I)


def plan_deadlines(analyses: list[Analysis], published: dt.date) -> None:
    """"Президенты договорились созвониться до конца месяца": a plan the text dates only by
    a deadline ("before the end of the month", "до кінця року") falls in that period of the
    report (the deadline is no date of the act of planning, nor a bound of a held period).
    Only plans of the pair without a date look (few: the step stays cheap)."""
    for a in analyses:
        plans = [h for h in a.hits if h.pair and h.status == "announced" and h.date is None
                 and not h.count and not h.past_plan]
        if not plans:
            continue
        m = DEADLINE_RE.search(a.sentence.text)
        if m is None:
            continue
        unit = (m.group("unit") or m.group("ye")).lower()
        year = unit.startswith(("г", "р", "y")) or "year" in unit
        value = str(published.year) if year else published.isoformat()[:7]
        for h in plans:
            if h.trigger.start < m.start():  # the plan's word before its deadline
                h.date, h.date_text, h.date_sentence = Resolved(value, True), m.group(0), \
                    a.sentence.index


# "after the two leaders spoke briefly in Paris on November 11": a contact in a clause opened
# by "after" is a point in time before what the sentence tells, so it was held
AFTER_CLAUSE_RE = re.compile(
    r"(?<!\w)(?:after|після\s+того\s+як|после\s+того\s+как|following)\s+(?:\w+\s+){0,4}$",
    re.I)
AFTER_NOUN_RE = re.compile(r"(?<!\w)(?:after|following|після|после)\s+(?:a|an|the|their|his|"
                           r"[\w-]+)?\s*(?:[\w-]+\s+)?$", re.I)
EARLIER_DAY_RE = re.compile(
    r"(?<!\w)(?:earlier\s+(?:in\s+the\s+day|that\s+day|today|on\s+(?-i:[A-Z])\w+day)|"
    r"раніше\s+(?:того\s+ж\s+дня|цього\s+дня|сьогодні)|ранее\s+(?:в\s+тот\s+же\s+день|"
    r"в\s+этот\s+день|сегодня))(?!\w)", re.I)
FUTURE_NEAR_RE = re.compile(r"(?<!\w)(?:will|would|буде|будуть|будет|будут|shall)(?!\w)", re.I)
# "будут «созваниваться в любое время»", "stay in touch at any time": a habit, no occasion
HABIT_RE = re.compile(
    r"^\W{0,3}(?:в\s+любое\s+время|у\s+будь-який\s+час|в\s+будь-який\s+час|"
    r"(?:at\s+)?any\s+time|whenever\s+(?:needed|necessary)|регулярно|regularly|"
    r"при\s+необходимости|за\s+потреби)", re.I)


def points_in_time(analyses: list[Analysis], published: dt.date) -> None:
    """"The talks had been agreed after the two leaders spoke briefly in Paris on November
    11": the contact after "after" is held, on the last such day before the report, whatever
    the sentence's plan; "after they meet next week" (a future verb) stays a plan."""
    for a in analyses:
        text = a.sentence.text
        for h in a.hits:
            if h.status == "announced" and h.pair and h.date is None and AFTER_NOUN_RE.search(
                    text, max(0, h.trigger.start - 25), h.trigger.start) and \
                    EARLIER_DAY_RE.search(text, h.trigger.end, h.trigger.end + 60):
                # "would meet Putin in Budapest within two weeks, after a phone call with the
                # Russian leader earlier in the day": the call is behind the saying, held on
                # its day (the sentence's one day, else the report's)
                h.status = "held"
                spans = [d for d in find_dates(text, a.sentence.lang) if not d.bounded and
                         d.kind in ("weekday", "relday")]
                value = resolve(spans[0], published, "past") if len(spans) == 1 else None
                if value is not None and value.value <= published.isoformat():
                    h.date, h.date_text, h.date_sentence = value, spans[0].text, \
                        a.sentence.index
                continue
            if h.status != "announced" or h.pair is None or h.date_text is None:
                continue
            before = text[max(0, h.trigger.start - 45):h.trigger.start]
            if not AFTER_CLAUSE_RE.search(before) or FUTURE_NEAR_RE.search(
                    text, max(0, h.trigger.start - 45), h.trigger.end + 10):
                continue
            span = next((d for d in find_dates(text, a.sentence.lang)
                         if d.text == h.date_text and d.start >= h.trigger.end), None)
            if span is None or span.kind not in ("dm", "iso", "month") or span.modifier:
                continue  # (a calendar date: "next week", "on Friday" keep the plan's tense)
            value = resolve(span, published, "past")
            if value is None or value.value > published.isoformat():
                continue
            h.status, h.date = "held", value


def habits(analyses: list[Analysis]) -> None:
    """"лидеры договорились, что будут «созваниваться в любое время»", "agreed to talk any
    time": a habit agreed is no planned occasion (a plan "on Monday" is)."""
    for a in analyses:
        text = a.sentence.text
        a.hits = [h for h in a.hits if not (
            h.status == "announced" and h.date is None and
            HABIT_RE.search(text[h.trigger.end:h.trigger.end + 30].lstrip("«»\"' ")))]


# a plan told as it stood before: "The talks had been agreed", "було домовлено", "было
# согласовано"
PLUPERFECT_RE = re.compile(
    r"(?<!\w)(?:had\s+been|had\s+(?:agreed|planned|arranged)|було\s+(?:домовлено|погоджено|"
    r"заплановано)|было\s+(?:договорено|согласовано|запланировано))(?!\w)", re.I)


def plans_called_off(analyses: list[Analysis]) -> None:
    """"Trump … cancelled his planned meeting with Putin" … "The talks had been agreed after
    …": in an article on a contact called off, an undated plan the word does not type, told
    as it stood before, is that contact's plan told again (records.py folds it into the one
    called off). A plan told in the present ("will hold talks soon") is a plan of its own."""
    ends = {h.pair: h.type for a in analyses for h in a.hits
            if h.pair and h.status in ("cancelled", "postponed") and not h.type_guessed}
    if not ends:
        return
    for a in analyses:
        for h in a.hits:
            if h.date is not None or h.pair not in ends or h.in_person or h.count:
                continue
            if h.status == "announced" and h.type_guessed and PLUPERFECT_RE.search(
                    a.sentence.text, 0, h.trigger.end + 30):
                h.type = ends[h.pair]
                continue
            m = PLUPERFECT_RE.search(a.sentence.text, h.trigger.end, h.trigger.end + 60)
            if h.status == "held" and h.type == ends[h.pair] and m is not None and \
                    NOUN_RE.match(_word(a, h)) and not any(
                        h.trigger.end <= x.trigger.start < m.start() for x in a.hits):
                # "The meeting in the Hungarian capital had been agreed …": the plan as it
                # stood, not a meeting held
                h.status, h.past_plan = "announced", True


DAY_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "день": 1, "два": 2, "дві": 2, "две": 2, "три": 3, "чотири": 4, "четыре": 4,
    "п'ять": 5, "пять": 5,
}
# "Three days later Obama called …", "спустя два дня", "через три дні", "the next day": a day
# counted from the occasion told just before
LATER_RE = re.compile(
    r"(?<!\w)(?:(?P<n1>\d{1,2}|a|one|two|three|four|five|six|seven)\s+days?\s+later|"
    r"(?:спустя|через)\s+(?P<n2>\d{1,2}|день|два|две|дві|три|чотири|четыре|п'ять|пять)"
    r"\s+(?:дн\w*|день)|(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later|"
    r"наступного\s+дня|на\s+следующий\s+день|на\s+наступний\s+день|днем\s+позже|"
    r"днём\s+позже))(?!\w)", re.I)


def days_later(analyses: list[Analysis]) -> None:
    """"The final text was settled in a telephone call … on March 26 … . Three days later
    Obama called his Russian counterpart again": the undated held contact of a sentence that
    counts days from the day told just before is dated by that count (not the report's day).
    Only from a day-precise date in the sentence before or the same sentence."""
    last = None  # (date, sentence) of the last day-precise held contact
    for a in analyses:
        m = LATER_RE.search(a.sentence.text) if last is not None else None
        if m is not None and last[1] >= a.sentence.index - 1:
            word = (m.group("n1") or m.group("n2") or "").lower()
            n = 1 if m.group("next") else (int(word) if word.isdigit() else DAY_WORDS.get(word))
            for h in a.hits:
                if n and h.pair and h.status == "held" and h.date is None and \
                        not h.count and h.trigger.start > m.start():
                    day = dt.date.fromisoformat(last[0].value) + dt.timedelta(days=n)
                    h.date = Resolved(day.isoformat(), last[0].relative)
                    h.date_text, h.date_sentence = m.group(0), a.sentence.index
                    h.vague_past = False
        for h in a.hits:
            if h.pair and h.status == "held" and h.date is not None and \
                    len(h.date.value) == 10:
                last = (h.date, a.sentence.index)


# a contact placed against an occasion told just before: "Shortly before that meeting",
# "the day after the talks", "Незадовго до цієї зустрічі", "Накануне этой встречи"
ANCHOR_RE = re.compile(
    r"(?<!\w)(?:(?:shortly|just|hours|minutes|moments|soon)\s+(?P<en>before|after)|"
    r"the\s+(?P<en_day>day|evening|night)\s+(?P<en_dir>before|after)|"
    r"(?P<cyr_before>незадовго\s+до|незадолго\s+до|за\s+кілька\s+годин\s+до|за\s+несколько\s+"
    r"часов\s+до|перед|напередодні|накануне)|"
    r"(?P<cyr_after>невдовзі\s+після|вскоре\s+после|одразу\s+після|сразу\s+после|"
    r"через\s+кілька\s+годин\s+після|через\s+несколько\s+часов\s+после)|"
    r"(?P<cyr_next>наступного\s+дня\s+після|на\s+следующий\s+день\s+после|через\s+"
    r"(?:день|добу)\s+після|через\s+день\s+после)|"
    r"(?P<cyr_prev>за\s+(?:день|добу|сутки)\s+до))\s+"
    # (a demonstrative, or in Ukrainian and Russian the contact noun itself: "наступного дня
    # після саміту", "за день до саммита")
    r"(?:(?:that|this|the|those|цієї|цього|тієї|того|цих|этой|этого|той|тех|этих)\s+"
    r"(?P<noun>\w+)|(?P<cnoun>(?:саміт|зустріч|переговор|розмов|саммит|встреч|разговор)\w*))",
    re.I)


def anchored_days(analyses: list[Analysis], published: dt.date) -> None:
    """"Trump hosted Zelensky in Florida on Sunday. Shortly before that meeting, he held a
    call with Putin": an undated held contact placed against an occasion the sentence
    before told with one day ("that meeting", "цієї зустрічі") has that day (the day before
    or after for "the day before/after", "напередодні", "наступного дня після"), not the
    report's. Only contacts that need it look (few: the step stays cheap)."""
    for n, a in enumerate(analyses):
        if not a.hits:
            continue
        m = ANCHOR_RE.search(a.sentence.text) if any(
            h.pair and h.status == "held" for h in a.hits) else None
        if m is None:
            continue
        # (undated, or dated only by the anchor's own words: "Наступного дня після саміту")
        wanted = [h for h in a.hits if h.pair and h.status == "held" and not h.count and
                  not h.vague_past and (h.date is None or (
                      h.date_sentence == a.sentence.index and h.date_text and
                      h.date_text.lower() in m.group(0).lower()))]
        if not any(h.trigger.start > m.start() for h in wanted):
            continue
        shift = 0
        if m.group("en_dir"):
            shift = -1 if m.group("en_dir").lower() == "before" else 1
        elif m.group("cyr_before") and m.group("cyr_before").lower() in ("напередодні",
                                                                         "накануне"):
            shift = -1
        elif m.group("cyr_next"):
            shift = 1
        elif m.group("cyr_prev"):
            shift = -1
        day = None
        for b in reversed(analyses[max(0, n - 2):n]):
            spans = [d for d in find_dates(b.sentence.text, b.sentence.lang)
                     if not d.bounded and d.kind in ("weekday", "dm", "relday", "iso")]
            if len(spans) == 1:
                day = resolve(spans[0], published, "past")
                break
            if spans:
                break  # (more than one day: which is the anchor's is not known)
        if day is None or len(day.value) != 10 or day.value > published.isoformat():
            continue
        value = (dt.date.fromisoformat(day.value) + dt.timedelta(days=shift)).isoformat()
        noun = m.start("noun") if m.group("noun") else m.start("cnoun")
        if any(h.trigger.start >= m.end() for h in wanted):
            # (the anchor's own noun is a point in time, not one more contact: "Незадовго до
            # цієї зустрічі Трамп поговорив з Путіним")
            a.hits = [h for h in a.hits if not noun <= h.trigger.start < m.end()]
        for h in wanted:
            if h.trigger.start > m.start() and h in a.hits:
                h.date, h.date_text, h.date_sentence = Resolved(value, day.relative), \
                    m.group(0), a.sentence.index


# a contact told as the one before the news: "When they last met, …", "Востаннє …"
LAST_TIME_RE = re.compile(
    r"(?<!\w)(?:last\s+(?:met|spoke|talked|sat)|востаннє|в\s+последний\s+раз|"
    r"последний\s+раз|previous|попередн\w+|предыдущ\w+)(?!\w)", re.I)


# a saying and its day: "Peskov told reporters on March 3", "Ушаков 3 березня заявив"
REPORT_RE = re.compile(
    r"(?<!\w)(?:said|says|told|announced|reported|confirmed|stated|added|заяви\w*|сказа\w*|"
    r"сообщи\w*|повідоми\w*|объяви\w*|оголоси\w*|підтверди\w*|подтверди\w*|"
    r"наголоси\w*|отмети\w*|зазначи\w*|додав|добавил|исключ\w*|виключ\w*)(?!\w)", re.I)
# a contact only possible: "could", "можлива", "не исключил"
HEDGE_RE = re.compile(
    r"(?<!\w)(?:possible|possibly|could|might|may|rule\s+out|можлив\w*|возможн\w*|"
    r"ймовірн\w*|вероятн\w*|question|питання|вопрос\w*)(?!\w)", re.I)


def lone_dates(analyses: list[Analysis], published: dt.date, precision: str) -> None:
    """"Their first call as presidents came a week after the inauguration, on January 28":
    a contact of the pair the sentence neither dates nor gives a status, alone in a
    sentence with one date of its own (a day or a month), happened on that date when it is
    past (the date is the contact's: nothing else in the sentence can take it)."""
    for a in analyses:
        if len(a.hits) != 1:
            continue
        h = a.hits[0]
        if h.pair is None or h.status not in ("unclear", "held") or h.date is not None or \
                h.count or h.trigger.anaphoric or a.sentence.headline or h.vague_past:
            continue
        if h.status == "held" and not LAST_TIME_RE.search(a.sentence.text):
            continue  # (a held contact undated is the news unless told as the last before)
        spans = [d for d in find_dates(a.sentence.text, a.sentence.lang) if not d.bounded]
        if len(spans) != 1 or spans[0].kind not in ("dm", "month", "iso") or \
                RANGE_BEFORE_RE.search(a.sentence.text[max(0, spans[0].start - 12):
                                                       spans[0].start]):
            continue  # (not a range: "between January 28 and February 3")
        text = a.sentence.text
        if REPORT_RE.search(text[max(0, spans[0].start - 30):spans[0].end + 30]) or \
                HEDGE_RE.search(text):
            continue  # (the day of a saying, "Peskov told reporters on March 3", or a
            # contact only possible)
        value = resolve(spans[0], published, "past")
        if value is None or value.value > published.isoformat():
            continue
        if value.relative:
            value = Resolved(coarsen(value.value, precision), True)
        h.status = "held"
        h.date, h.date_text, h.date_sentence = value, spans[0].text, a.sentence.index


# "почати діалог зі стратегічної стабільності", "a dialogue on strategic stability": a
# process of officials, not a contact of the two
DIALOGUE_RE = re.compile(r"(?:діалог|диалог|dialogue)", re.I)
# a sentence telling what was agreed back then: "Тоді ж і домовилися про візит Обами до
# Москви", "At the time they agreed …"
BACK_THEN_RE = re.compile(
    r"\W*(?:тоді|тогда|then|at\s+the\s+time|back\s+then|там\s+же|there)(?:\s+(?:ж|же))?"
    r"(?!\w)", re.I)


def plans_fulfilled(analyses: list[Analysis], published: dt.date) -> None:
    """"Уперше вони зустрілися 1 квітня в Лондоні. Тоді ж і домовилися про візит Обами до
    Москви" in a report of the Moscow talks: a plan made back then, undated, which a held
    contact of the same two and kind after that occasion carried out, is that contact (its
    announcement told in the past), not a plan still open. A dialogue "to begin" is no
    contact of the two."""
    held = [h for a in analyses for h in a.hits if h.pair and h.status == "held" and
            h.date is not None and _recent(h, published) and not h.count]
    then = None  # the date of the last occasion told before
    for a in analyses:
        text = a.sentence.text
        keep = []
        for h in a.hits:
            if h.status == "announced" and h.type_guessed and DIALOGUE_RE.match(
                    text, h.trigger.start):
                continue  # (also of the two named: "вони домовилися про діалог" is a process)
            if h.status == "announced" and h.date is None and h.pair and then and \
                    BACK_THEN_RE.match(text) and any(
                        x.pair == h.pair and x.type == h.type and x.date.value > then
                        for x in held):
                continue  # (carried out after the occasion it was agreed at)
            keep.append(h)
        a.hits = keep
        dated = [h.date.value for h in a.hits if h.pair and h.date is not None]
        then = dated[-1] if dated else then  # (the last occasion told so far)


_bounds = lru_cache(maxsize=4096)(date_bounds)  # (the same few dates, article after article)


def office_holders(analyses: list[Analysis], in_office) -> None:
    """"Trump and Putin last spoke in July 2020 …, and their last face-to-face meeting was in
    Osaka in 2019; Biden has had no direct contact …": a dated contact given a side who did
    not hold the office then is the contact of the one named in the sentence who did (the
    records would drop it as out of office)."""
    seen: dict[tuple[str, str], bool] = {}  # (pair, date) -> both in office
    for a in analyses:
        for h in a.hits:
            if h.pair is None or h.date is None:
                continue
            if not h.explicit and len(h.date.value) == 4:
                # "Последняя очная встреча президентов двух стран состоялась в Женеве в 2021
                # году — тогда с Путиным беседовал Джо Байден": a year both of two holders
                # shared, the sides the words did not name are the one the sentence names
                first, last = _bounds(h.date.value)
                named = {x.person: x.country for x in a.actors if x.kind == "name" and
                         x.person and x.country in ("US", "RU")}
                for side, country in ((0, "US"), (1, "RU")):
                    if h.pair[side] in named:
                        continue
                    others = [p for p, c in named.items() if c == country and
                              in_office(p, first, last)]
                    if len(others) == 1:
                        if side == 0:
                            h.us = others[0]
                        else:
                            h.ru = others[0]
            key = (h.pair, h.date.value)
            if seen.get(key):
                continue
            first, last = _bounds(h.date.value)
            seen[key] = in_office(h.pair[0], first, last) and in_office(h.pair[1], first,
                                                                         last)
            if seen[key]:
                continue  # (nearly always: checked once per pair and date)
            for country, side in (("US", 0), ("RU", 1)):
                who = h.pair[side]
                if in_office(who, first, last):
                    continue
                others = {x.person for x in a.actors if x.kind in ("name", "role") and
                          x.country == country and x.person and x.person != who and
                          in_office(x.person, first, last)}
                if len(others) == 1:
                    if side == 0:
                        h.us = others.pop()
                    else:
                        h.ru = others.pop()


# a headline over many contacts: "every meeting and call", "Хронологія", "a history of"
COLLECTIVE_RE = re.compile(
    r"(?<!\w)(?:every|all|each|timeline|history|chronology|explainer|усі|всі|кожн\w*|"
    r"хронолог\w*|історі\w*|все|всех|каждая|каждый|истори\w*)(?!\w)", re.I)


# a live report: "live updates", "наживо", "онлайн", or entries stamped with the time
LIVE_RE = re.compile(r"(?<!\w)(?:live|наживо|онлайн|онлайн-трансляц\w*|трансляц\w*)(?!\w)",
                     re.I)
CLOCK_START_RE = re.compile(r"\W*\d{1,2}:\d{2}(?!\d)")
# what was said in the contact: "warns Putin … in hour-long call", "під час розмови"
IN_CONTACT_RE = re.compile(
    r"(?<!\w)(?:in|during|під\s+час|у\s+ході|во\s+время|в\s+ходе)\s+(?:[\w-]+\s+)?$",
    re.I)


def headline_event(analyses: list[Analysis], published: dt.date) -> None:
    """"Trump-Putin summit in Helsinki: live updates" over a body that tells the day in the
    present ("Trump and Putin sit down at the Finnish Presidential Palace") and past
    meetings only: the headline's one contact, of the pair, undated, is the news, held on
    the day. Not when the body tells that contact itself (held, planned, called off), or any
    contact of the pair and kind undated or from the last days on."""
    heads = [(a, h) for a in analyses if a.sentence.headline for h in a.hits if h.pair]
    if len(heads) != 1:
        return
    a, h = heads[0]
    live = LIVE_RE.search(a.sentence.text) or sum(
        1 for b in analyses if CLOCK_START_RE.match(b.sentence.text)) >= 2
    if not live and not IN_CONTACT_RE.search(a.sentence.text[:h.trigger.start]):
        return  # (only a live report tells the day as it goes, and a headline of what was
        # said in the contact, "Biden warns Putin … in hour-long call": "Summit: what to
        # expect" is no contact held)
    # ("Розмова Трампа і Путіна: онлайн": a live report of talk the word does not type is
    # of that talk too)
    if h.status != "unclear" or h.date is not None or (h.type_guessed and not live) or \
            h.count or \
            a.sentence.text.rstrip().endswith("?") or COLLECTIVE_RE.search(a.sentence.text):
        return  # (not "every meeting and call", a timeline's title)
    day = (published - dt.timedelta(days=3)).isoformat()
    for b in analyses:
        for x in b.hits:
            if x is h or x.pair != h.pair or x.status == "unclear" or x.type != h.type:
                continue
            if x.date is None or x.date.value >= day[:len(x.date.value)]:
                return
    h.status = "held"


# a contact named by its noun, not by a verb that tells it happened
NOUN_RE = re.compile(r"(?:summit|meeting|talks|visit|саміт|саммит|зустріч|встреч|переговор|"
                     r"візит|визит)\w*$", re.I)


def plan_nouns(analyses: list[Analysis], published: dt.date) -> None:
    """"… will sit down on Friday at Joint Base Elmendorf-Richardson …" … "The summit came
    together quickly after …": in an article that plans a contact of the pair for a day to
    come, the same kind named by its noun alone, undated, is that plan (not a contact held on
    the report's day). A verb that tells it happened ("met", "зустрілися") is left alone."""
    plans = {(h.pair, h.type) for a in analyses for h in a.hits if h.pair and
             h.status == "announced" and h.date is not None and
             h.date.value > published.isoformat()}
    if not plans:
        return
    for a in analyses:
        for h in a.hits:
            if h.status == "held" and h.date is None and (h.pair, h.type) in plans and \
                    not h.count and not h.vague_past and (
                        NOUN_RE.match(_word(a, h)) or a.sentence.headline):
                h.status = "announced"  # ("Trump and Putin meet in Alaska": a headline's
                # present tense is the plan's too)


# "их", "їхньої", "their": the people the sentence before named
THEIR_RE = re.compile(r"(?<!\w)(?:их|їх|їхн\w*|their)\s+(?:\w+\s+)?$", re.I)


def their_officials(analyses: list[Analysis], actors_of=None) -> None:
    """"Подготовку поручили госсекретарю Марко Рубио и министру … Сергею Лаврову. Однако
    после их телефонного разговора в понедельник …": "their" contact, in a sentence naming
    no one, is of those the sentence before named — officials, not the presidents."""
    for prev, a in zip(analyses, analyses[1:], strict=False):
        if not a.hits or any(x.kind in ("name", "role", "self") for x in a.actors):
            continue
        text = a.sentence.text
        if not any(h.pair and not h.explicit and THEIR_RE.search(
                text[max(0, h.trigger.start - 30):h.trigger.start]) for h in a.hits):
            continue
        # (a sentence without a contact word keeps only our names: read its people fully)
        people = actors_of(prev.sentence) if actors_of is not None else prev.actors
        named = [x for x in people if x.kind in ("name", "role", "self", "official",
                                                 "third")]
        if len(named) < 2 or any(x.kind in ("name", "role", "self") for x in named):
            continue  # (two others named: "Рубио и … Лаврову")
        groups = [x.start for x in a.people if x.kind == "group"]
        a.hits = [h for h in a.hits if h.explicit or h.pair is None or not THEIR_RE.search(
            text[max(0, h.trigger.start - 30):h.trigger.start]) or any(
                g < h.trigger.start for g in groups)]  # ("the leaders' … their summit")


# an object pronoun right after the contact verb: "Обама позвонил ему", "called him"
OBJECT_PRONOUN_RE = re.compile(r"\s+(?:ему|йому|ей|їй|him|her)(?!\w)", re.I)


def object_pronouns(analyses: list[Analysis], actors_of=None) -> None:
    """"Слова Медведева … касаются избранного президента Владимира Путина … . Обама позвонил
    ему 9 марта, чтобы поздравить с победой": the one called is the last person of that
    side the sentence before named (the nearest antecedent), not its first."""
    for prev, a in zip(analyses, analyses[1:], strict=False):
        if not a.hits:
            continue
        for h in a.hits:
            if h.pair is None or not OBJECT_PRONOUN_RE.match(a.sentence.text, h.trigger.end):
                continue
            named = {x.country for x in a.actors if x.kind in ("name", "role") and x.person}
            if len(named) != 1:
                continue
            side = 1 if named == {"US"} else 0
            people = actors_of(prev.sentence) if actors_of is not None else prev.actors
            last = [x for x in people if x.kind in ("name", "role") and x.person and
                    x.country == ("RU" if side else "US")]
            if last and last[-1].person != h.pair[side]:
                if side:
                    h.ru = last[-1].person
                else:
                    h.us = last[-1].person


# "they agreed by phone to extend the treaty", "домовилися телефоном": the agreeing was a
# call, held (what was agreed is the plan, not the call)
AGREED_BY_PHONE_RE = re.compile(
    r"(?:agreed|домовил\w+|договорил\w+|погодил\w+|согласовал\w+|условил\w+)\s+"
    r"(?:by|over\s+the|по)\s+$", re.I)


IN_CALL_BEFORE_RE = re.compile(
    r"(?<!\w)(?:in|during|в\s+ходе|під\s+час|во\s+время|у\s+ході)\s+(?:[\w-]+\s+){0,3}$", re.I)
AGREE_WORD_RE = re.compile(r"(?<!\w)(?:agree[sd]?|домовил\w*|договорил\w*|погодил\w*|"
                           r"условил\w*|согласил\w*)(?!\w)", re.I)


def agreed_by_phone(analyses: list[Analysis], published: dt.date, precision: str) -> None:
    """"in January, a week after the inauguration, they agreed by phone to extend the New
    START treaty": a call held then (dated by the sentence's one date, if it has one)."""
    for a in analyses:
        text = a.sentence.text
        for h in a.hits:
            if h.status != "announced" or h.type != "call" or h.pair is None:
                continue
            before = text[max(0, h.trigger.start - 30):h.trigger.start]
            if not AGREED_BY_PHONE_RE.search(before) and not (
                    IN_CALL_BEFORE_RE.search(before) and AGREE_WORD_RE.search(
                        text, 0, h.trigger.start)):
                # ("Putin, Trump agree to work toward meeting in first phone call": what
                # they agreed in a call, held)
                continue
            h.status = "held"
            if h.date is not None:
                h.date = None
            spans = [d for d in find_dates(text, a.sentence.lang) if not d.bounded]
            value = resolve(spans[0], published, "past") if len(spans) == 1 else None
            if value is not None and value.value <= published.isoformat():
                if value.relative:
                    value = Resolved(coarsen(value.value, precision), True)
                h.date, h.date_text, h.date_sentence = value, spans[0].text, \
                    a.sentence.index


def invited_sides(analyses: list[Analysis]) -> None:
    """"Трамп запросив Путіна до Вашингтона, але візит перенесли на наступний рік": a plan
    word naming one side, after an invitation or plan of the pair in its sentence that has
    that side, is the plan of that pair (the visit invited to), whatever became of it."""
    for a in analyses:
        if len(a.hits) < 2:
            continue
        for h in a.hits:
            if h.pair or h.type != "meeting" or not (h.us or h.ru) or h.status not in (
                    "announced", "postponed", "cancelled"):
                continue
            model = next((m for m in reversed(a.hits) if m.pair and m.type == "meeting" and
                          m.status == "announced" and m.trigger.end <= h.trigger.start and
                          (h.us or h.ru) in m.pair), None)
            if model is not None:
                h.us, h.ru = model.pair


CAPITAL_RE = re.compile(r"(?<=\s)(?-i:[A-ZА-ЯІЇЄҐ])")
DIGIT_RE = re.compile(r"\d")


def event_dates(analyses: list[Analysis], published: dt.date, find_places) -> None:
    """"Путин не примет участия в саммите «восьмерки», который пройдет 18–19 мая в …
    Кэмп-Дэвид" … "встреча Обамы с Путиным, которую ожидали в Кэмп-Дэвиде, не состоится": a
    plan called off (or told as it stood: "Ранее предполагалось, что в Кэмп-Дэвиде …") the
    text dates only by where it was to be is dated by the day the article gives that
    place's event. Only such plans of the pair with a place and no date look (rare: the
    place search runs only for them); the day must be the event's (the nearest in the
    place's clause), not one a held contact has. (A plan still open is left alone: "invited
    him to Camp David" told beside the summit's day is the invitation, dated or not by its
    own words.)"""
    if not any(h.date is None and h.pair and (h.status == "cancelled" or h.past_plan)
               for a in analyses for h in a.hits) or not any(
            DIGIT_RE.search(a.sentence.text) for a in analyses if not a.sentence.headline):
        return  # (nothing to date, or no day written anywhere: nearly every article)
    targets = []
    where: dict[int, tuple[str, str]] = {}  # id(hit) -> (place, its text)
    for a in analyses:
        for h in a.hits:
            if not h.pair or h.date is not None or h.count or not (
                    h.status == "cancelled" or h.past_plan):
                continue
            if h.location is not None:
                where[id(h)] = (h.location, h.location_text)
            else:
                # "Очікувалося, що перша зустріч … відбудеться саме в Кемп-Девіді": the one
                # place its sentence names just after it (kept only if the place is dated)
                text = a.sentence.text
                if not CAPITAL_RE.search(text, h.trigger.end, h.trigger.end + 60):
                    continue  # (a place's name has a capital)
                after = [p for p in find_places(text) if 0 <= p[0] - h.trigger.end <= 60
                         and not any(c in text[h.trigger.end:p[0]] for c in ",;:.")]
                if len(after) != 1:
                    continue
                where[id(h)] = (after[0][2], text[after[0][0]:after[0][1]])
            targets.append(h)
    if not targets:
        return
    wanted = {where[id(h)][0] for h in targets}
    # (a cheap look first: the place's stem must be in a sentence before its places are found)
    stems = {where[id(h)][1][:4].lower() for h in targets}
    # (a date a held contact has is that contact's, not the plan's: "the summit in Anchorage
    # on August 15" then "another Anchorage meeting is off")
    held = {h.date.value for a in analyses for h in a.hits if h.status == "held" and h.date}
    found: dict[str, tuple[Resolved, str, int]] = {}
    for a in analyses:
        text = a.sentence.text
        if a.sentence.headline or not DIGIT_RE.search(text) or not any(
                stem in text.lower() for stem in stems):
            continue  # (an event's day is written with digits: "18–19 мая", "May 18")
        # (in the plan's own sentence, not a place another contact word there stands
        # before: "мала бути друга зустріч після переговорів в Анкориджі 15 серпня")
        places = [p for p in find_places(text) if p[2] in wanted and p[2] not in found and
                  not any(t.sentence == a.sentence.index and t.trigger.end <= o.trigger.start
                          and o.trigger.end <= p[0] for t in targets for o in a.hits
                          if o is not t)]
        if not places:
            continue
        spans = [d for d in find_dates(text, a.sentence.lang) if not d.bounded and
                 d.kind in ("dm", "iso")]
        told = {h.date_text for h in a.hits if h.status == "held" and h.date is not None}
        for start, end, place in places:
            near = [d for d in spans if d.text not in told and (
                0 <= d.start - end <= 40 or 0 <= start - d.end <= 60)]
            if not near:
                continue
            d = min(near, key=lambda d: min(abs(d.start - end), abs(start - d.end)))
            value = resolve(d, published)
            if value is not None and value.value not in held:
                found[place] = (value, d.text, a.sentence.index)
    for h in targets:
        place, place_text = where[id(h)]
        if place not in found:
            continue
        value, text, index = found[place]
        h.date, h.date_text, h.date_sentence = value, text, index
        h.location, h.location_text = place, place_text


def discourse(analyses: list[Analysis], published: dt.date, precision: str,
              main_pair=(None, None), in_office=None, actors_of=None,
              find_places=None) -> None:
    """The whole pass, in order: lists first (they make hits), then the merges. Steps that
    need a sentence's neighbours see the whole article; the others only the sentences with
    hits (a few of an article's twenty or more: the pass stays cheap)."""
    if not any(a.hits for a in analyses):
        return
    their_officials(analyses, actors_of)
    object_pronouns(analyses, actors_of)
    enumerations(analyses, published, precision, main_pair)
    runs(analyses, published, precision)
    active = [a for a in analyses if a.hits]
    dash_lists(active, published, precision)
    lone_dates(active, published, precision)
    days_later(active)
    anchored_days(analyses, published)
    merge_in_sentence(active)
    retype_news(active, published)
    headline_event(active, published)
    references(active)
    announced_weekday(active, published)
    plan_deadlines(active, published)
    plan_nouns(active, published)
    points_in_time(active, published)
    agreed_by_phone(active, published, precision)
    invited_sides(active)
    habits(active)
    plans_called_off(active)
    plans_fulfilled(active, published)
    if in_office is not None:
        office_holders(active, in_office)
    if find_places is not None:
        event_dates(analyses, published, find_places)
