"""Sentence hits in, draft contact records out: one record per contact, with the sentences
that support each of its fields.

Hits of the same two people, type and status whose dates agree (within precision) are one
contact. Sentences that only refer to a contact ("під час розмови", "Розмова тривала 40
хвилин") and the sentence after one that lists what was discussed add evidence (topics,
duration) to the record they refer to. A held contact the text does not date is dated by
the publication (a same-day report) unless the text places it vaguely in the past
("раніше спілкувалися"); an announced one without a date keeps none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import (
    Bilingual,
    Contact,
    Duration,
    HistoryEntry,
    Quote,
    Source,
    date_bounds,
)
from .articles import Article
from .dates import Resolved, find_dates, resolve
from .mentions import STANDING_RE, Analysis, Hit
from .quotes import find_quotes

FIELD_ORDER = ("type", "status", "date", "participants", "location", "duration", "topics",
               "quotes")
TYPE_SLUG = {"call": "call", "video_call": "video-call", "meeting": "meeting",
             "brief_encounter": "encounter"}
MAX_QUOTE = 300
FALLBACK_NOTE = Bilingual(
    uk="Дата публікації статті: текст не називає дня контакту.",
    en="The article's publication date: the text does not name the day of the contact.")
UNDATED_NOTE = Bilingual(
    uk="Дату в тексті не названо; у записі стоїть дата повідомлення.",
    en="The text gives no date; the record carries the date of the report.")


@dataclass
class Group:
    """A contact being assembled from hits."""

    us: str
    ru: str
    type: str
    type_guessed: bool
    status: str
    hits: list[Hit] = field(default_factory=list)
    date: Resolved | None = None
    date_sentence: int | None = None
    date_source: str = "none"  # explicit | relative | tweet | publication | none
    location: str | None = None
    location_sentence: int | None = None
    durations: list[tuple[int, Any]] = field(default_factory=list)  # (sentence, span)
    evidence: dict[str, set[int]] = field(default_factory=dict)

    @property
    def pair(self) -> tuple[str, str]:
        return (self.us, self.ru)

    @property
    def first(self) -> int:
        return min(h.sentence for h in self.hits)

    @property
    def vague(self) -> bool:
        return all(h.vague_past for h in self.hits)

    def cite(self, name: str, sentence: int | None) -> None:
        if sentence is not None:
            self.evidence.setdefault(name, set()).add(sentence)


@dataclass
class Draft:
    """A draft record plus what the extractor knows about it beyond the model."""

    contact: Contact
    date_known: bool  # False: the text gives no date (JSON `date: null`)
    date_source: str
    evidence: dict[str, list[int]]  # field -> indices into `sentences`
    sentences: list[str]
    article: Article

    def to_json(self) -> dict[str, Any]:
        """The record in the model's JSON shape; `date` is null when the text has none."""
        data = self.contact.model_dump(mode="json")
        if not self.date_known:
            data["date"] = None
        return data

    def supporting(self, name: str) -> list[str]:
        return [self.sentences[i] for i in self.evidence.get(name, [])]


def _overlap(a: str, b: str) -> bool:
    a0, a1 = date_bounds(a)
    b0, b1 = date_bounds(b)
    return a0 <= b1 and b0 <= a1


def _recent(value: str | None, published: dt.date) -> bool:
    """A date the same-day report could mean (publication day or the two before)."""
    if value is None:
        return True
    first, last = date_bounds(value)
    return first <= published and last >= published - dt.timedelta(days=2)


def _compatible(g: Group, h: Hit, published: dt.date) -> bool:
    if g.pair != h.pair or g.status != h.status:
        return False
    if h.vague_past and not g.vague and not h.date:
        return False  # "До пятницы общались лишь по телефону" is no part of Friday's contact
    if not (g.type == h.type or h.type_guessed or g.type_guessed):
        return False
    if g.status == "announced" and h.past_plan != all(x.past_plan for x in g.hits):
        return False  # a plan as it stood then ("должна была состояться еще в мае") is not
        # the plan made now ("пригласил Обаму посетить Москву")
    if g.type == "brief_encounter" and h.type == "meeting" and any(
            d.minutes > 20 for d in h.durations):
        return False  # "shook hands … and then talked for two hours": a meeting, of which
        # the handshake is a part (folded later), not a few words
    if g.location and h.location and g.location != h.location and g.status in (
            "cancelled", "postponed"):
        return False  # the meeting planned in Paris is not the one planned in Buenos Aires
    gd = g.date.value if g.date else None
    hd = h.date.value if h.date else None
    if gd and hd and g.type != h.type and len(gd) != len(hd):
        return False  # a call on 28 December is not "a meeting this year"
    if gd and hd:
        return _overlap(gd, hd)
    if g.status == "held":
        return _recent(gd, published) and _recent(hd, published)
    return True


def _absorb(g: Group, h: Hit) -> None:
    g.hits.append(h)
    if g.type_guessed and not h.type_guessed:
        g.type, g.type_guessed = h.type, False
    elif g.type_guessed and h.in_person and g.type != h.type:
        g.type = h.type  # "переговори в Москві": in person, so a meeting
    if h.date and (g.date is None or len(h.date.value) > len(g.date.value)):
        g.date = h.date
        g.date_sentence = h.date_sentence
        g.date_source = "relative" if h.date.relative else "explicit"
    if h.location and g.location is None:
        g.location, g.location_sentence = h.location, h.sentence
    g.durations.extend((h.sentence, d) for d in h.durations)
    for name in ("participants", "type", "status"):
        g.cite(name, h.sentence)


def group_hits(analyses: list[Analysis], published: dt.date) -> list[Group]:
    groups: list[Group] = []
    for a in analyses:
        for h in a.hits:
            if h.pair is None or h.status == "unclear" or (h.trigger.anaphoric and not h.date):
                continue  # references to a contact reported elsewhere
            if h.count and not (h.date and len(h.date.value) == 10) and not (
                    h.date and len(h.date.value) >= 7 and h.type == "brief_encounter"):
                continue  # "have spoken five times this year": no one occasion (but
                # "Листопад 2017, Дананг: … кілька разів коротко поспілкувалися": a few words
                # more than once at one event is one encounter)
            match = next((g for g in groups if _compatible(g, h, published) and
                          g.type == h.type), None) or next(
                (g for g in groups if _compatible(g, h, published)), None)
            if match is None:
                match = Group(h.us, h.ru, h.type, h.type_guessed, h.status)
                groups.append(match)
            _absorb(match, h)
    texts = {a.sentence.index: a.sentence.text for a in analyses}
    groups = _fold_handshakes(_fold_announcements(_fold_headlines(groups, analyses), texts),
                              published, texts)
    _attach_references(groups, analyses)
    return groups


INSTEAD_RE = re.compile(r"(?<!\w)(?:натомість|вместо\s+этого|взамен|instead)(?!\w)", re.I)


def _fold_announcements(groups: list[Group], texts: dict[int, str] | None = None
                        ) -> list[Group]:
    """An article on a cancelled or postponed contact recalls its announcement: one contact."""
    texts = texts or {}
    for g in groups:
        if g.status == "announced" and g.date is not None and all(
                h.past_plan for h in g.hits) and not any(
                    o.pair == g.pair and o.type == g.type and o.status != "announced"
                    # (a meeting held elsewhere, on another day, is not what became of it:
                    # "встретились в Лос-Кабосе. Встреча должна была состояться еще в мае")
                    and (o.date is None or _overlap(o.date.value, g.date.value))
                    and not (o.location and g.location and o.location != g.location)
                    for o in groups):
            # "Obama had been expected to sit down with Putin at the May 18-19 gathering":
            # a plan told only in the pluperfect, and nothing else become of it, is a plan
            # that fell through
            g.status = "cancelled"
    out = []
    for g in groups:
        # a plan told in the pluperfect ("had been expected to sit down on Saturday",
        # "мали зустрітися в суботу") is the one the article reports called off; its date
        # is the date the cancelled contact would have had
        recalled = g.date is None or any(h.past_plan for h in g.hits)
        end = None
        if g.status == "announced":
            # (not a plan elsewhere: "домовилися провести переговори … в Буенос-Айресі" after
            # the meeting in Paris that did not take place)
            # (not a plan made instead: "Натомість … домовилися провести повноцінні переговори
            # … в Буенос-Айресі", "Instead, the two agreed to meet in Osaka")
            end = None if any(INSTEAD_RE.search(texts.get(h.sentence, "")) for h in g.hits) \
                else next((t for t in groups if t.status in ("cancelled", "postponed")
                           and t.pair == g.pair and t.type == g.type), None)
        # "June 2013: … announced a Moscow summit for early September. August 2013: Obama
        # called off the Moscow summit": the plan told first, then called off before its
        # day, is the contact called off; the day it was called off is only the act's
        acted_before = end is not None and end.status == "cancelled" and \
            end.date is not None and g.date is not None and g.first < end.first and \
            date_bounds(end.date.value)[1] < date_bounds(g.date.value)[0] and not (
                end.location and g.location and end.location != g.location)
        # "called off a summit … that had been planned for Moscow in early September" …
        # "not enough progress … to hold a summit in early September": a plan told with the
        # date of the contact the article calls off is that contact, told once more (the
        # same date, not only overlapping: "meeting on November 11 did not take place … agreed
        # to hold talks in Buenos Aires at the end of the month" is a new plan)
        same_plan = end is not None and end.status == "cancelled" and end.date is not None \
            and g.date is not None and end.date.value == g.date.value and not (
                end.location and g.location and end.location != g.location)
        if g.status == "announced" and (recalled or acted_before or same_plan) and \
                end is not None:
            if (end.date is None or acted_before) and g.date is not None and \
                    end.status == "cancelled":
                end.date, end.date_sentence = g.date, g.date_sentence
                end.date_source = "relative" if g.date.relative else "explicit"
            if end is not None:
                for h in g.hits:
                    for name in ("participants", "type", "status"):
                        end.cite(name, h.sentence)
                end.hits.extend(g.hits)
                if end.location is None and g.location:
                    end.location, end.location_sentence = g.location, g.location_sentence
                continue
        out.append(g)
    return out


def _fold_headlines(groups: list[Group], analyses: list[Analysis]) -> list[Group]:
    """A headline's "перенесли" against the body's "отменили" (or the reverse): the body
    tells what became of the contact, the headline is one more mention of it."""
    headline = {a.sentence.index for a in analyses if a.sentence.headline}
    ends = ("cancelled", "postponed")
    out = []
    for g in groups:
        if g.status in ends and all(h.sentence in headline for h in g.hits):
            body = next((b for b in groups if b is not g and b.pair == g.pair and
                         b.type == g.type and b.status in ends and
                         not all(h.sentence in headline for h in b.hits)), None)
            if body is not None:
                body.hits.extend(g.hits)
                continue
        out.append(g)
    return out


# a contrast: "exchanged a handshake …, but the fuller meeting … did not take place"
CONTRAST_RE = re.compile(r"(?<!\w)(?:but|however|yet|але|проте|однак|но|однако)(?!\w)", re.I)


def _told_together(g: Group, m: Group, texts: dict[int, str]) -> bool:
    """The handshake and the meeting in one sentence, the meeting after it and not set
    against it ("shook hands … on Friday and then talked for two hours")."""
    return any(a.sentence == b.sentence and a.trigger.end <= b.trigger.start and
               not CONTRAST_RE.search(texts.get(a.sentence, ""), a.trigger.end,
                                      b.trigger.start)
               for a in g.hits for b in m.hits)


def _fold_handshakes(groups: list[Group], published: dt.date,
                     texts: dict[int, str] | None = None) -> list[Group]:
    """A handshake on the day of a held meeting of the pair is part of that meeting
    ("shook hands on the red carpet" at a summit)."""
    out = []
    texts = texts or {}
    for g in groups:
        if g.type == "brief_encounter" and g.status == "held":
            day = g.date.value if g.date else published.isoformat()
            host = next((m for m in groups if m.type == "meeting" and m.status == "held"
                         and m.pair == g.pair and m.date is not None
                         and m.date.value == day), None) or next((
                # "The two presidents shook hands" in a report of their meeting, neither
                # dated: the same day, whichever the builder gives them
                m for m in groups if m.date is None and not m.vague and m.type == "meeting"
                and m.status == "held" and m.pair == g.pair and (
                    g.date is None or _told_together(g, m, texts))), None) or next((
                # "они пожали руки и прошли по красной дорожке" in a report of the meeting
                # the lead dates: an undated handshake is that meeting's
                m for m in groups if g.date is None and m.date is not None and
                m.type == "meeting" and m.status == "held" and m.pair == g.pair and
                _recent(m.date.value, published)), None)
            # ("shook hands for the first time on Friday and then talked for two hours": the
            # talks the handshake's sentence tells take its day)
            if host is not None and host.date is None and g.date is not None:
                host.date, host.date_sentence, host.date_source = \
                    g.date, g.date_sentence, g.date_source
            if host is not None:
                host.hits.extend(g.hits)
                for name, found in g.evidence.items():
                    host.evidence.setdefault(name, set()).update(found)
                host.durations.extend(g.durations)
                continue
        out.append(g)
    return out


def _attach_references(groups: list[Group], analyses: list[Analysis]) -> None:
    """Sentences that refer to a contact, or list what it covered, support its record."""
    last_cited: dict[int, Group] = {}
    telling: dict[int, list[Group]] = {}  # sentence → the groups with a hit in it, in order
    for g in groups:
        for i in dict.fromkeys(h.sentence for h in g.hits):
            telling.setdefault(i, []).append(g)
    for a in analyses:
        i = a.sentence.index
        primary = [h for h in a.hits if h.pair and h.status != "unclear"
                   and not (h.trigger.anaphoric and not h.date)]
        for h in a.hits:
            if h in primary:
                continue
            if h.pair is not None and not (h.explicit or h.trigger.anaphoric):
                continue
            if primary:
                continue  # the sentence is about another contact
            options = [g for g in groups
                       if (h.pair is None or g.pair == h.pair)
                       and (g.type == h.type or h.type_guessed)
                       and (h.status in ("unclear", g.status))]
            if not options:
                continue
            held = [g for g in options if g.status == "held"] or options
            before = [g for g in held if g.first <= i]
            g = max(before, key=lambda g: g.first) if before else min(held,
                                                                       key=lambda g: g.first)
            g.cite("topics", i)
            if g.status == "held":
                g.durations.extend((i, d) for d in h.durations)
                if g.type_guessed and STANDING_RE.search(a.sentence.text):
                    # "Беседа заняла около 15 минут и прошла «на ногах»": a brief encounter
                    g.type, g.type_guessed = "brief_encounter", False
            last_cited[i] = g
        for g in telling.get(i, ()):
            g.cite("topics", i)
            last_cited.setdefault(i, g)
        if a.hits or not groups or not (i - 1 in last_cited or a.discusses):
            continue
        names_pair = _pair_group(groups, a)
        g = None
        if names_pair is not None:
            g = names_pair  # "Путін і Трамп також обговорили …"
        elif a.discusses:
            g = last_cited.get(i - 1) or last_cited.get(i - 2)  # "Основною темою стало …"
        if g is not None:
            g.cite("topics", i)
            last_cited[i] = g


def _pair_group(groups: list[Group], a: Analysis) -> Group | None:
    """"Путін і Трамп також обговорили …": the latest contact of the pair it names."""
    named = {x.person for x in a.people if x.kind in ("name", "role") and x.person}
    grouped = any(x.kind == "group" for x in a.people)
    options = [g for g in groups if set(g.pair) <= named or (grouped and g.pair)]
    if not options:
        return None
    wanted = "announced" if a.future else "held"
    preferred = [g for g in options if g.status == wanted] or options
    before = [g for g in preferred if g.first <= a.sentence.index]
    return max(before, key=lambda g: g.first) if before else None


class DraftBuilder:
    def __init__(self, actors, topics):
        self.actors = actors
        self.topics = topics

    def build(self, article: Article, analyses: list[Analysis]) -> list[Draft]:
        published = article.published
        sentences = [a.sentence.text for a in analyses]
        drafts = []
        lead = None
        for g in group_hits(analyses, published):
            if g.date is None and g.status == "held":
                if g.vague:
                    continue  # "раніше спілкувалися": no event to record
                if lead is None:
                    lead = _lead_day(analyses, published)
                # (not a contact the lead names as a point in time: "on Monday, days after
                # Trump's summit with Putin")
                if lead[0] is not None and ({g.us, g.ru} & lead[2] or "*" in lead[2]) and \
                        not any(
                        h.sentence == lead[1] and _point_in_time(lead[3], h.trigger.start)
                        for h in g.hits):
                    g.date, g.date_sentence, g.date_source = lead[0], lead[1], "relative"
                else:
                    g.date = Resolved(article.published_text, True)
                    g.date_source = "publication"
            when = g.date.value if g.date else article.published_text
            first, last = date_bounds(when)
            if not (self.actors.in_office(g.us, first, last) and
                    self.actors.in_office(g.ru, first, last)):
                continue  # e.g. Putin as prime minister in 2009
            drafts.append(self._draft(article, g, analyses, sentences))
        drafts.sort(key=lambda d: (d.contact.date, d.contact.id))
        return _unique_ids(drafts)

    def _draft(self, article: Article, g: Group, analyses: list[Analysis],
               sentences: list[str]) -> Draft:
        date_known = g.date is not None
        date = g.date.value if g.date else article.published_text
        if g.date_source != "publication":
            g.cite("date", g.date_sentence)
        g.cite("location", g.location_sentence)
        found: set[str] = set()
        for i in sorted(g.evidence.get("topics", ())):
            here = self.topics.find(sentences[i])
            if here:
                g.cite("topics_found", i)
            found.update(here)
        topic_ids = [t for t in self.topics.order if t in found]
        g.evidence["topics"] = g.evidence.pop("topics_found", set())
        durations = []
        seen = set()
        for i, d in g.durations if g.status == "held" else []:
            key = (d.minutes, d.qualifier)
            if key in seen:
                continue
            seen.add(key)
            durations.append(Duration(minutes=d.minutes, qualifier=d.qualifier,
                                      reported_by=article.outlet or "unnamed outlet",
                                      source=article.url))
            g.cite("duration", i)
        quotes = self._quotes(article, g, analyses)
        supports = [f for f in FIELD_ORDER if g.evidence.get(f)]
        main = min(g.evidence.get("status", {g.first}))
        source = Source(url=article.url, outlet=article.outlet or "unnamed outlet",
                        title=article.title, published=article.published_text,
                        lang=article.lang or analyses[main].sentence.lang, kind="media",
                        supports=supports, quote=sentences[main][:600], file=article.path)
        history = []
        if g.status != "held":
            history.append(HistoryEntry(status=g.status, date=article.published_text,
                                        source=article.url))
        location = g.location if g.type in ("meeting", "brief_encounter") else None
        slug = TYPE_SLUG[g.type]
        cid = f"{date}-{g.us}-{g.ru}-{slug}" + (f"-{location}" if location else "")
        note = None
        if g.date_source == "publication":
            note = FALLBACK_NOTE
        elif not date_known:
            note = UNDATED_NOTE
        explicit = any(h.explicit for h in g.hits)
        confidence = "medium" if explicit and g.date_source in ("explicit", "relative") \
            else "low"
        contact = Contact(
            id=cid, type=g.type, status=g.status, history=history, date=date, date_note=note,
            participants=[g.us, g.ru], location=location, duration=durations,
            topics=topic_ids, quotes=quotes, sources=[source], confidence=confidence,
            review="draft")
        evidence = {k: sorted(v) for k, v in g.evidence.items() if v}
        return Draft(contact, date_known, g.date_source if date_known else "none", evidence,
                     sentences, article)

    def _quotes(self, article: Article, g: Group, analyses: list[Analysis]) -> list[Quote]:
        cited = g.evidence.get("participants", set())
        paragraphs = sorted({analyses[i].sentence.paragraph for i in cited})
        quotes: list[Quote] = []
        for p in paragraphs:
            members = [a.sentence for a in analyses if a.sentence.paragraph == p]
            text = " ".join(s.text for s in members)  # sentences of a paragraph, re-joined
            for q in find_quotes(text):
                speaker = self.actors.speaker(q.speaker_text)
                words = text[q.start:q.end].strip()
                if speaker not in g.pair or len(words.split()) < 4:
                    continue
                if len(words) > MAX_QUOTE:
                    continue
                lang = next((s.lang for s in members if words[:20] in s.text), "uk")
                quotes.append(Quote(speaker=speaker, lang=lang, text=words, source=article.url))
                for s in members:
                    g.cite("quotes", s.index)
                if len(quotes) == 2:
                    return quotes
        return quotes


# a report's words by a day: "published on Monday", "о разговоре объявили во вторник"
REPORT_NEAR_RE = re.compile(
    r"(?<!\w)(?:said|says|announced|reported|published|confirmed|told|released|заяви\w*|"
    r"сказа\w*|сообщи\w*|повідоми\w*|объяви\w*|оголоси\w*|опубліков\w*|опубликов\w*|"
    r"підтверди\w*|подтверди\w*|оприлюдни\w*|обнародова\w*)(?!\w)", re.I)
# one side telling the other: "Biden told Vladimir Putin on Saturday that …"
TOLD_OTHER_RE = re.compile(
    r"(?<!\w)(?:told|warned|сказав|сказал|попередив|предупредил)\s+(?-i:[A-ZА-ЯІЇЄҐ])\w*"
    r"(?:\s+(?-i:[A-ZА-ЯІЇЄҐ])\w*)?\s+(?:on|в|у)\s", re.I)
TIME_POINT_BEFORE_RE = re.compile(
    r"(?<!\w)(?:after|before|since|following|ahead\s+of|після|перед|до|з\s+часів|после|"
    r"накануне|напередодні|со\s+времен\w*)(?!\w)", re.I)


def _point_in_time(text: str, start: int) -> bool:
    """"on Monday, days after Trump's summit with Putin": the contact after "after" only
    places the lead's day; not after a saying ("the White House said after a 62-minute phone
    call": the report came after the contact the lead tells)."""
    m = TIME_POINT_BEFORE_RE.search(text, max(0, start - 40), start)
    return m is not None and not REPORT_NEAR_RE.search(text, max(0, m.start() - 12),
                                                        m.start())


def _lead_day(analyses: list[Analysis], published: dt.date):
    """"WASHINGTON — …, the White House got one on Thursday: Barack Obama and Dmitry
    Medvedev … sharing cheeseburgers …": the one day the lead (the first sentence of the
    body) names, with a side of the pair in it, is the day of the news; a held contact the
    text does not date is that day's rather than the report's. When the lead names no day,
    the first sentence of the story that does, with the leaders as its subject, is the
    news's day ("Лідери привіталися біля Тріумфальної арки в неділю", "Натомість у суботу
    лідери кілька разів перетнулися"): the story is told from there. (value, sentence,
    people, text)"""
    body = [a for a in analyses if not a.sentence.headline]
    if not body:
        return None, None, set(), ""
    lead = body[0]
    for n, a in enumerate(body[:4]):
        text = a.sentence.text
        spans = [d for d in find_dates(text, a.sentence.lang) if not d.bounded]
        if not spans:
            continue
        people = {x.person for x in a.actors if x.person and x.kind in ("name", "role")}
        near = text[max(0, spans[0].start - 25):spans[0].end + 25] if spans else ""
        if len(spans) != 1 or spans[0].kind not in ("weekday", "relday") or (
                REPORT_NEAR_RE.search(near) and not (
                    len(people) >= 2 and TOLD_OTHER_RE.search(near))):
            break  # (the day of a report: "published on Monday"; the first dated sentence
            # decides; but "Biden told Vladimir Putin on Saturday" is the two talking)
        if n and not (people or any(x.kind == "group" for x in a.people)):
            break
        value = resolve(spans[0], published, "past")
        if value is None or value.value > published.isoformat():
            break
        if n and not people:
            people = {"*"}  # "лідери": the pair of whatever contact is undated
        return value, a.sentence.index, people, text
    return None, None, set(), lead.sentence.text


def _unique_ids(drafts: list[Draft]) -> list[Draft]:
    """Two drafts of one article may share an id (two calls a day): number the later ones."""
    seen: dict[str, int] = {}
    out = []
    for d in drafts:
        cid = d.contact.id
        if cid in seen:
            seen[cid] += 1
            d = Draft(d.contact.model_copy(update={"id": f"{cid}-{seen[cid]}"}), d.date_known,
                      d.date_source, d.evidence, d.sentences, d.article)
        else:
            seen[cid] = 1
        out.append(d)
    return out
