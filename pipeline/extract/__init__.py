"""News articles in, draft contact records out.

    extractor = Extractor(load_registries())
    drafts = extractor.extract(read_article("content/articles/….md"))

Each step is a module with one job: articles (reading), clean (furniture), language,
sentences, quotes, clauses (words and clause bounds), gate (fast word-list matching),
actors, triggers (type, status, negation), dates, durations, locations, topics, mentions
(one sentence → hits), discourse (an article's hits together: lists of occasions, one
contact told several ways), records (hits → drafts with evidence), merge (drafts →
content/contacts), review (drafts and disagreements with their sentences), evaluation
(scores on tests/extract/gold.yaml), progress (the bar on stderr).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ..registries import Registries, load_registries
from .actors import Actor, ActorFinder
from .articles import Article, ArticleError, parse_article, read_article
from .clean import clean
from .discourse import discourse
from .language import detect
from .locations import PlaceFinder
from .mentions import SentenceReader
from .records import Draft, DraftBuilder
from .sentences import split
from .topics import TopicFinder
from .triggers import has_trigger

__all__ = ["Article", "ArticleError", "Draft", "Extractor", "parse_article", "read_article"]


def main_pair(actor_lists: list[list[Actor]]) -> tuple[str | None, str | None]:
    """The US and the Russian president the article names most (first named on a tie)."""
    counts: dict[str, Counter[str]] = {"US": Counter(), "RU": Counter()}
    first: dict[str, int] = {}
    n = 0
    for actors in actor_lists:
        for a in actors:
            if a.kind in ("name", "role", "self") and a.person and a.country in counts:
                counts[a.country][a.person] += 1
                first.setdefault(a.person, n)
                n += 1

    def top(country: str) -> str | None:
        c = counts[country]
        return min(c, key=lambda p: (-c[p], first[p])) if c else None

    return top("US"), top("RU")


# A sentence opening with "then" speaks of the contact the sentence before it dated.
# a sentence that opens with an ordinal standing for a contact said before
ELLIPSIS_START_RE = re.compile(
    r"\W*(?:першу|перший|перше|другу|другий|друге|первую|первый|первое|вторую|второй|второе|"
    r"попередн\w*|предыдущ\w*|последн\w*|останн\w*|the\s+(?:first|previous|last|"
    r"earlier)|another(?=\s+(?:one\s+)?(?:followed|came|took\s+place|happened)))(?!\w)",
    re.I)
THEN_START_RE = re.compile(
    r"\W*(?:тоді|тогда|then|at\s+the\s+time|back\s+then|на\s+той\s+момент|в\s+тот\s+раз|"
    r"того\s+разу)(?!\w)", re.I)


# A contact said not to have happened: "no such conversation had taken place", «Разговора не
# было», "такої розмови не було" (group 1: a call word; otherwise a meeting word).
DENIED_RE = re.compile(
    r"(?<!\w)(?:no\s+such\s+(?:(call|conversation|phone\s+call|talk)|meeting|summit)|"
    r"(?:(?:никакого|такого|этого|жодної|такої|цієї)\s+(?:телефонного\s+|телефонної\s+)?)?"
    r"(?:(разговора|беседы|звонка|розмови|бесіди|дзвінка)|встречи|зустрічі)"
    # "разговора Путина и Трампа не было": the two named between
    r"(?:\s+(?-i:[А-ЯІЇЄҐ])[\w'-]+(?:\s+(?:и|і|та|з|с)\s+(?-i:[А-ЯІЇЄҐ])[\w'-]+)?)?\s+не\s+"
    r"(?:было|було)|(?:the\s+)?(?:(call|conversation)|meeting)\s+(?:never|did\s+not|didn't)\s+"
    r"(?:happen|take\s+place))(?!\w)", re.I)
SEPARATE_BEFORE_RE = re.compile(
    r"(?:окрем\w*|отдельн\w*|separate|formal|full|full-fledged|повноцінн\w*|полноценн\w*|"
    r"офіційн\w*|официальн\w*|двосторонн\w*|двусторонн\w*|bilateral)\s+$", re.I)
DENIED_CHEAP_RE = re.compile(
    r"no\s+such|не\s+(?:было|було)|(?:not|n't|never)\s+(?:happen|take\s+place)", re.I)
# a denial of whatever was reported: "Это не соответствует действительности, это чистый
# вымысел", "pure fiction", "не відповідає дійсності"
DENIED_ANY_RE = re.compile(
    r"(?<!\w)(?:не\s+соответствует\s+действительности|не\s+відповіда\w*\s+дійсності|"
    r"чист\w+\s+вымысел|вымысел|вигадк\w*|выдумк\w*|pure\s+fiction|(?:is|was)\s+"
    r"(?:simply\s+)?(?:false|untrue|not\s+true))(?!\w)", re.I)
# a contact told as someone else's claim: a report of the press, "якобы", "allegedly"
CLAIMED_RE = re.compile(
    r"(?<!\w)(?:report\w*|newsletter|newspaper|media|allegedly|according\s+to|якобы|нібито|"
    r"буцімто|по\s+данным|за\s+даними|газет\w*|издани\w*|видання|сми|змі|сообщени\w*|"
    r"повідомленн\w*|публикаци\w*|публікаці\w*)(?!\w)", re.I)


def _drop_denied(analyses) -> None:
    """"A newsletter reported that the two had talked in mid-February; Peskov said no such
    conversation had taken place", «Разговора не было» … "По данным газеты, беседа якобы
    состоялась в четверг": a contact of the kind denied, told as a claim of others in the
    denial's sentence or the two either side, is no contact (a dated call the article reports
    as a fact stays)."""
    claimed = [j for j, b in enumerate(analyses) if any(h.status == "held" for h in b.hits)
               and CLAIMED_RE.search(b.sentence.text)]  # (few: look for denials only near)
    if not claimed:
        return
    near = sorted({i for j in claimed for i in range(max(0, j - 2), j + 3)
                   if i < len(analyses)})
    for i in near:
        a = analyses[i]
        m = DENIED_RE.search(a.sentence.text) if DENIED_CHEAP_RE.search(
            a.sentence.text) else None
        if m is None and i != 0 and DENIED_ANY_RE.search(a.sentence.text):
            # "Это не соответствует действительности": what the report claimed, whatever
            # its kind, in the sentences either side
            for b in analyses[max(0, i - 2):i + 3]:
                if b.hits and CLAIMED_RE.search(b.sentence.text):
                    b.hits = [h for h in b.hits if h.status != "held" or h.date is None]
            continue
        if m is None or SEPARATE_BEFORE_RE.search(a.sentence.text, max(0, m.start() - 25),
                                                  m.start()):
            continue  # "окремої зустрічі не було": not the contact that was, another one
        calls = bool(m.group(1) or m.group(2) or m.group(3))
        for b in analyses[max(0, i - 2):i + 3]:
            if not b.hits or not CLAIMED_RE.search(b.sentence.text):
                continue
            # (a talk the word does not type is a meeting only by its place: a denied
            # meeting leaves it alone)
            # (a talk the word does not type is a call's too when a call is denied: "уже
            # поговорили накануне стамбульских переговоров" … «Никакого разговора не было»)
            b.hits = [h for h in b.hits if not (
                h.status == "held" and ((h.type in ("call", "video_call")) == calls or (
                    calls and h.type_guessed)) and (
                    calls or not h.type_guessed) and (
                    b is not a or h.trigger.start < m.start()))]


# "офіційна зустріч не була запланована", "no formal meeting had been scheduled": there was
# no plan to call off
NOT_PLANNED_RE = re.compile(
    r"(?<!\w)(?:не\s+(?:була|був|було|были|була|была|был|было)\s+(?:заплан\w+|передбачен\w+|"
    r"предусмотрен\w+|запланирован\w+)|не\s+(?:планувал\w*|планировал\w*)ся|"
    r"(?:was|were|had|has)\s+not\s+(?:been\s+)?(?:planned|scheduled|on\s+the\s+schedule)|"
    r"(?:was|were)\s+never\s+(?:planned|scheduled)|no\s+(?:formal\s+|official\s+)?"
    r"(?:meeting|summit|talks)\s+(?:had\s+been|was|were)\s+(?:planned|scheduled))(?!\w)", re.I)
# the act of calling a plan off (not "не відбулося", "did not take place": it did not happen)
CALLED_OFF_RE = re.compile(
    r"(?:скасува|скасов|відмінил|відмінен|отменил|отменен|отменя|сорвал|cancel|called\s+off|"
    r"call\s+off|scrap|відклад|відклал|перенес|перенос|отлож|отклад|postpon|delay|shelved)",
    re.I)


def _drop_unplanned(analyses) -> None:
    """"Повноцінних переговорів … так і не відбулося. … офіційна зустріч не була
    запланована": a meeting that did not happen and was never planned is no cancelled plan."""
    ends = [i for i, a in enumerate(analyses) if any(h.status == "cancelled" for h in a.hits)]
    if not ends or not any(NOT_PLANNED_RE.search(a.sentence.text) for a in analyses[
            max(0, ends[0] - 3):ends[-1] + 4]):
        return  # (said near the contact that did not happen)
    for a in analyses:
        if any(h.status == "cancelled" for h in a.hits) and not CALLED_OFF_RE.search(
                a.sentence.text):
            a.hits = [h for h in a.hits if h.status != "cancelled" or h.type != "meeting"]


def _describes_meeting(prev, a) -> None:
    """"… the leaders' summit in Helsinki on July 16 … . The two spoke privately for more than
    two hours in the Finnish capital": a talk the word does not type, undated, right after a
    dated meeting of the same two, is that meeting told again (not a call on the report's
    day). Only when the sentence dates nothing of the pair itself."""
    if not a.hits or any(h.pair and h.date for h in a.hits):
        return
    model = next((h for h in reversed(prev.hits) if h.pair and h.type == "meeting" and
                  h.status == "held" and h.date is not None and not h.count), None)
    if model is None:
        return
    for h in a.hits:
        if h.pair == model.pair and h.type_guessed and h.status == "held" and \
                h.date is None and not h.count and not h.vague_past:
            h.type, h.in_person = "meeting", True
            h.date, h.date_text, h.date_sentence = model.date, model.date_text, \
                model.date_sentence


# an invitation not (yet) answered: "has not responded to the invitation", "не сказали,
# примет ли Трамп приглашение", "приглашение «будет рассмотрено»"
NO_ANSWER_RE = re.compile(
    r"(?<!\w)(?:(?:not|n't)\s+(?:yet\s+)?(?:responded|answered|replied|accepted|said\s+whether)|"
    r"whether\s+(?:\w+\s+){1,2}(?:would|will)\s+accept|(?:will|would)\s+be\s+(?:considered|"
    r"studied)|будет\s+(?:рассмотрен|изучен)\w*|буде\s+(?:розглянут|вивчен)\w*|"
    r"примет\s+ли|чи\s+прийме|не\s+(?:ответили|відповіли|ответил|відповів)|"
    # an answer that defers: "пообещал подумать", "обіцяв подумати", "would think about it"
    r"подума\w+|think\s+(?:it\s+over|about\s+it)|"
    r"(?:would|will)\s+consider\s+(?:it|the\s+invitation)|"
    # invitations exchanged with no date: "але жодних дат сторони не називали"
    r"(?:жодних|никаких)\s+дат|no\s+dates?\s+(?:\w+\s+){0,2}(?:set|named|given|mentioned)|"
    r"without\s+(?:a\s+)?dates?)(?!\w)", re.I)
INVITATION_RE = re.compile(r"(?:invit|пригла|запро)", re.I)


def _drop_unanswered(analyses) -> None:
    """"Путин пригласил американского президента в Москву …; в Белом доме пока не сказали,
    примет ли Трамп приглашение": an invitation not answered is no plan of the two yet (one
    accepted is: "The White House said Obama had accepted")."""
    for i, a in enumerate(analyses):
        if not any(h.status == "announced" for h in a.hits):
            continue
        if not any(NO_ANSWER_RE.search(b.sentence.text) for b in analyses[i:i + 2]):
            continue
        # (the invitation's word or the visit it invites to: "invited Trump to visit Moscow")
        a.hits = [h for h in a.hits if not (h.status == "announced" and (INVITATION_RE.match(
            a.sentence.text, h.trigger.start) or INVITATION_RE.search(
                a.sentence.text, max(0, h.trigger.start - 30), h.trigger.start)))]


def _date_from(prev, a) -> None:
    dated = [h for h in prev.hits if h.pair and h.date]
    if not dated:
        return
    model = dated[-1]
    for h in a.hits:
        if h.pair is None and h.us is None and h.ru is None and not h.count and \
                not h.trigger.anaphoric and h.trigger.kind != "generic" and \
                model.status == "held":  # (not "переговори Росії, США та України")
            # "Тогда у них состоялась короткая беседа": then is that contact's, so are its
            # sides (a contact word naming nobody)
            h.us, h.ru = model.pair
        if h.pair == model.pair and h.date is None and h.status in ("held", "unclear") \
                and model.status == "held":
            h.status = "held"
            h.date, h.date_text, h.date_sentence = model.date, model.date_text, \
                model.date_sentence
            h.vague_past = False


class Extractor:
    """Compiles the registries' names, phrases, places and keywords once; reuse it."""

    def __init__(self, registries: Registries | None = None):
        self.registries = registries or load_registries()
        self.actors = ActorFinder(self.registries)
        self.places = PlaceFinder(self.registries)
        self.topics = TopicFinder(self.registries)
        self.builder = DraftBuilder(self.actors, self.topics)

    def extract(self, article: Article) -> list[Draft]:
        paragraphs = clean(article.text, article.title)
        lang = article.lang or detect(" ".join(p.text for p in paragraphs[:30]))
        sentences = split(paragraphs, lang)
        reader = SentenceReader(self.actors, self.places, article.published,
                                article.precision, (None, None))
        triggered = [has_trigger(s.text) for s in sentences]
        actor_lists = [reader.actors_of(s) if t else self.actors.names(s.text)
                       for s, t in zip(sentences, triggered, strict=True)]
        reader.main_pair = main_pair(actor_lists)
        analyses = [reader.read(s, actors, t) for s, actors, t in zip(
            sentences, actor_lists, triggered, strict=True)]
        for n, (prev, a) in enumerate(zip(analyses, analyses[1:], strict=False)):
            if THEN_START_RE.match(a.sentence.text):
                _date_from(prev, a)  # "Тоді вони проговорили телефоном близько години"
            models = [h for b in analyses[max(0, n - 2):n + 1] for h in b.hits if h.pair]
            if models and (not any(h.pair for h in a.hits) or ELLIPSIS_START_RE.match(
                    a.sentence.text)):
                # "Это второй разговор. Первый состоялся 9 марта."; "Сингапурская беседа
                # стала четвёртой. Предыдущую Медведев и Обама провели в Нью-Йорке 23
                # сентября, а в октябре …" (a contact of its own later in the sentence)
                # ("Phone calls have also thinned out: the last one was on August 1": the
                # sentence's own contact word, naming nobody, is what "the last one" is)
                own = [replace(h, us=models[-1].us, ru=models[-1].ru) for h in a.hits
                       if h.pair is None and h.us is None and h.ru is None and
                       not h.type_guessed and not h.trigger.anaphoric]
                a.hits = a.hits + reader.ellipses(a.sentence, models + own + [
                    h for h in a.hits if h.pair])
            if a.hits:
                _describes_meeting(prev, a)
            if a.hits and prev.hits and not any(h.pair for h in a.hits):
                paired = [h for h in prev.hits if h.pair]
                if paired:  # "… свою першу зустріч. Переговори в середу тривали 70 хвилин."
                    reader.follow_up(a, paired[-1])
        _drop_denied(analyses)
        _drop_unplanned(analyses)
        _drop_unanswered(analyses)
        # the article's mentions together: lists of occasions, one contact told several ways
        discourse(analyses, article.published, article.precision, reader.main_pair,
                  self.actors.in_office, reader.actors_of, self.places.find)
        return self.builder.build(article, analyses)

    def extract_text(self, text: str, published: dt.date | str, lang: str | None = None,
                     path: str = "<text>") -> list[Draft]:
        """Convenience for tests and benchmarks: a plain text with a publication date."""
        article = parse_article(text, path, published)
        if lang:
            article = Article(article.path, article.text, article.published,
                              article.published_text, article.title, article.url,
                              article.outlet, lang)
        return self.extract(article)
