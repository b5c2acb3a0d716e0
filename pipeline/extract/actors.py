"""Who a sentence names: the presidents (by name form or role phrase), the pair as a group
("лідери", "the two presidents", "вони"), the speaker of a quote ("я"), and the people whose
presence means a contact is not a presidents' contact (third parties, officials, envoys).

Name forms, `not_forms` and role phrases come from people.yaml; a role phrase resolves to
whoever held the office (or was elect) on the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..registries import Registries
from .gate import Gate

# Phrases people.yaml does not (yet) list; kept here until the registry grows them.
# (office, phrase, roles)
EXTRA_ROLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("us_president", "американський колега", ("president",)),
    ("us_president", "американский коллега", ("president",)),
    ("us_president", "American counterpart", ("president",)),
    ("us_president", "@POTUS", ("president",)),
    ("us_president", "POTUS", ("president",)),
    ("us_president", "President-elect", ("elect",)),
    ("us_president", "американський президент", ("president",)),
    ("us_president", "новий американський лідер", ("president",)),
    ("ru_president", "Russian counterpart", ("president",)),
    ("ru_president", "Russian leader", ("president",)),
    ("ru_president", "Russian Pres", ("president",)),
    ("ru_president", "російський колега", ("president",)),
    ("ru_president", "кремлівський лідер", ("president",)),
)
# a word character: what may not stand right before a name form
WORD_CHAR_RE = re.compile(r"\w")
ELECT_BEFORE_RE = re.compile(
    r"(?:новообран\w*|обран\w*|избранн\w*|новоизбранн\w*|майбутн\w*|будущ\w*|incoming)\s+$",
    re.I)
FORMER_BEFORE_RE = re.compile(
    r"(?:екс|экс|ex|бывш\w*|колишн\w*|former|тодішн\w*|тогдашн\w*|then)[\s-]+$", re.I)

# A president's name after another office's title: "премьер-министр Дмитрий Медведев",
# "прем'єр Медведєв", "Prime Minister Dmitry Medvedev", "Vice President Biden".
OTHER_TITLE_BEFORE_RE = re.compile(
    r"(?:прем'?єр[\w-]*|премьер[\w-]*|prime\s+minister|віце-президент\w*|вице-президент\w*|"
    r"vice[\s-]president|сенатор\w*|senator|(?-i:Sen\.))\s+(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w.']*\s+)?$",
    re.I)

# "президенти США і Росії", "лидеры России и США", "the presidents of Russia and the US":
# both offices named at once, so both holders (like two role phrases)
PAIR_ROLES_RE = re.compile(
    r"(?:президент(?:и|ів|ам|ами|ы|ов)|лідер(?:и|ів|ам|ами)|лидер(?:ы|ов|ам|ами)|глав(?:и|ы))\s+"
    r"(?:США|Росії|России|РФ)\s+(?:і|и|та|й)\s+(?:США|Росії|России|РФ)|"
    r"(?:presidents|leaders)\s+of\s+(?:the\s+)?(?:US|U\.S\.|United\s+States|Russia)"
    r"\s+and\s+(?:the\s+)?(?:US|U\.S\.|United\s+States|Russia)", re.I)
_GROUP_WORDS = (
    r"лідер(?:и|ів|ам|ами|ах)|президент(?:и|ів|ам|ами|ах|ы|ов)|сторон(?:и|ам|ами|ы)|"
    r"лидер(?:ы|ов|ам|ами|ах|а)|глав(?:и|ам|ами|ы)?\s+(?:держав|государств)|"
    r"(?:the\s+)?(?:two\s+|both\s+)?(?:leaders|presidents|heads\s+of\s+state)|"
    r"(?:the\s+)?(?:two|both)\s+sides|обидва|оба|the\s+two\s+men|"
    # "a call between the two on June 30", "the two also discussed": the pair
    r"the\s+two(?=\s*[.,;]|\s+(?:on|in|at|of|have|had|were|are|last|also|will|would|"
    r"spoke|met|talked|discussed|agreed|held|exchanged|shook|sat|did|first|then|later)\b)"
)
GROUP_GATE = Gate([_GROUP_WORDS])
GROUP_OK_BEFORE = {
    "обидва", "обидві", "обох", "двох", "два", "дві", "оба", "обе", "обоих", "обеих", "ці",
    "цих", "эти", "этих", "їхні", "их", "the", "both", "two", "these", "their",
}
# "американський і російський президенти", "the US and Russian presidents": the pair
PAIR_ADJ_RE = re.compile(
    r"(?:американськ\w*|російськ\w*|американск\w*|российск\w*|american|russian|u\.?s\.?)"
    r"\s+(?:і|и|та|and)\s+(?:американськ\w*|російськ\w*|американск\w*|российск\w*|"
    r"american|russian|u\.?s\.?)\s*$", re.I)
ADJ_END_RE = re.compile(r"(?:ий|ій|ої|ого|их|ими|ім|ому|ые|ых|ыми|ой|ая|ее|ие|ian|ern|ean|"
                        r"ish|ese|an|ські|ськ\w*)$")
OTHERS_AFTER_GROUP_RE = re.compile(
    r"\s+(?:of\s+(?:the\s+)?)?(?:G\s?\d+|Г\d+|ЄС|ЕС|EU|НАТО|NATO|ООН|UN|Європ\w*|Европ\w*|Europe\w*|"
    r"світу|мира|world|Заход\w*|the\s+West)(?!\w)")
MANY_BEFORE_GROUP = {
    "десятки", "десятків", "десятков", "сотні", "сотень", "сотни", "всі", "усі", "всіх", "усіх",
    "все", "всех", "інші", "інших", "другие", "других", "багато", "многие", "многих",
    "кількох", "нескольких", "dozens", "hundreds", "all", "other", "many", "several", "world",
}
WITH_BEFORE_GROUP = {"з", "із", "зі", "с", "со", "with"}
PRONOUN_GATE = Gate([r"вони|їхн\w*|їх|їм|они|их|им|they|their|them"])  # (їм, им: "им удалось")
# "я", and "ми з президентом Трампом" / "we": the speaker of the quote is one side
SELF_RE = re.compile(r"(?<![\w-])(?:[ЯяI]|мене|мені|мною|меня|мне|мной|me|[Мм]и|[Мм]ы|[Ww]e)(?!\w)")

_THIRD = (
    r"зеленськ\w*|зеленск\w*|zelensk\w*|макрон\w*|macron|меркель|merkel|олланд\w*|hollande|"
    r"абе|абэ|abe|ердоган\w*|эрдоган\w*|erdo[gğ]an|сі\s+цзіньпін\w*|си\s+цзиньпин\w*|"
    r"xi\s+jinping|орбан\w*|orb[aá]n|шольц\w*|scholz|стармер\w*|starmer|нетаньяху|netanyahu|"
    r"лукашенк\w*|lukashenko|моді|моди|modi|кім\s+чен\s+ин\w*|ким\s+чен\s+ын\w*|kim\s+jong\w*|"
    r"салман\w*|salman|мей|мэй|theresa\s+may|трюдо|trudeau|саркозі|саркози|sarkozy|"
    r"камерон\w*|кэмерон\w*|cameron|ніністе|ниинист[её]|niinist[oö]|стубб\w*|stubb|"
    r"прем'єр\w*|премьер\w*|prime\s+minister\w*|канцлер\w*|chancellor\w*|корол\w*|king|"
    r"(?:президент\w*|president)\s+(?:of\s+)?(?:україни|украины|ukraine|франції|франции|"
    r"france|туреччини|турции|turkey|китаю|китая|china|білорусі|беларуси|belarus|фінляндії|"
    r"финляндии|finland|казахстану|казахстана|kazakhstan|бразилії|бразилии|brazil|єгипту|"
    r"египта|egypt|ірану|ирана|iran|сирії|сирии|syria)|"
    r"(?:українськ|французьк|китайськ|турецьк|білоруськ|фінськ|німецьк|британськ|японськ|"
    r"індійськ|ізраїльськ|саудівськ|угорськ|європейськ|західн|світов|украинск|французск|"
    r"китайск|турецк|белорусск|финск|немецк|британск|японск|индийск|израильск|саудовск|"
    r"венгерск|европейск|западн|мирово|ukrainian|french|chinese|turkish|belarusian|finnish|"
    r"german|british|japanese|indian|israeli|saudi|hungarian|european|western|world|g7|g20)"
    r"\w*\s+(?:президент|лідер|лидер|прем|канцлер|колег|коллег|партнер|president|leader|"
    r"prime|chancellor|counterpart|partner)\w*|"
    # groups of countries as one side: "страны ОПЕК+", "країни G7", "OPEC+ members"
    r"(?:країн\w*|стран\w*|держав\w*|государств\w*|член\w*|учасник\w*|участник\w*|"
    r"countries|nations|members|member\s+states)\s+(?:of\s+(?:the\s+)?)?(?-i:ОПЕК|OPEC|G\s?\d+|"
    r"Г\d+|ЄС|ЕС|EU|НАТО|NATO|БРІКС|БРИКС|BRICS|ШОС|SCO)\+?|"
    r"(?-i:ОПЕК|OPEC)\+?\s+(?:countries|nations|members|producers)"
)
THIRD_GATE = Gate([_THIRD])
_OFFICIAL = (
    r"держсекретар\w*|госсекретар\w*|secretary\s+of\s+state|state\s+secretary|міністр\w*|"
    r"министр\w*|minister\w*|посланц\w*|посланник\w*|спецпосланц\w*|спецпосланник\w*|"
    r"спецпредставник\w*|спецпредставител\w*|представник\w*|представител\w*|envoys?|"
    r"representatives?|делегац\w*|делегаци\w*|delegations?|радник\w*|советник\w*|advis[eo]rs?|"
    r"помічник\w*|помощник\w*|aides?|посадовц\w*|чиновник\w*|officials?|дипломат\w*|"
    r"diplomats?|команд(?:а|и|ы|ами|ам)|teams?|рубіо|рубио|rubio|лавров\w*|lavrov|"
    r"віткофф\w*|уиткофф\w*|уіткофф\w*|уїткофф\w*|witkoff|ушаков\w*|ushakov|дмитрієв\w*|дмитриев\w*|"
    r"dmitriev|блінкен\w*|блинкен\w*|blinken|тіллерсон\w*|тиллерсон\w*|tillerson|помпео|"
    r"pompeo|керрі|керри|kerry|салліван\w*|салливан\w*|sullivan|келлог\w*|kellogg|болтон\w*|"
    r"bolton|пєсков\w*|песков\w*|peskov|рябков\w*|ryabkov|глав\w*\s+(?:МЗС|МИД)|"
    r"foreign\s+ministers?|"
    # heads of intelligence services: "директор ЦРУ Бернс", "CIA Director", "spy chief"
    r"(?:директор\w*|глав\w*|керівник\w*|руководител\w*|очільник\w*|начальник\w*|"
    r"director|head|chief)\s+(?:of\s+(?:the\s+)?)?(?-i:ЦРУ|СВР|ФСБ|ФБР|ГРУ|CIA|FBI|SVR|FSB)|"
    r"(?-i:CIA|FBI|SVR|FSB)\s+(?:director|chief|head)|spy\s+chiefs?|intelligence\s+chiefs?|"
    r"бернс\w*|burns|наришкін\w*|нарышкин\w*|naryshkin|реткліфф\w*|рэтклифф\w*|ратклифф\w*|"
    r"ratcliffe"
)
OFFICIAL_GATE = Gate([_OFFICIAL])
STRIP_VOWELS = "аяоеиіїуюыйьєёэ"


@dataclass(frozen=True)
class Actor:
    start: int
    end: int
    kind: str  # name | role | group | pronoun | self | third | official
    person: str | None = None
    country: str | None = None


def _phrase_pattern(phrase: str) -> str:
    """Inflection-tolerant regex for a role phrase: each word's stem plus a short ending."""
    parts = []
    for word in phrase.split():
        if any(ch.isdigit() or ch in ".@" for ch in word) or word.isupper():
            parts.append(re.escape(word))
            continue
        stem = word.rstrip(STRIP_VOWELS) if word[-1].lower() in STRIP_VOWELS else word
        if len(stem) < 3:
            parts.append(re.escape(word))
        else:
            parts.append(re.escape(stem) + r"\w{0,4}")
    return r"\s+".join(parts)


class ActorFinder:
    """Compiled once per registry; `find` runs per sentence."""

    def __init__(self, registries: Registries):
        self.reg = registries
        self.country: dict[str, str] = {p.id: p.country for p in registries.people.values()}
        forms: dict[str, str] = {}
        not_forms: set[str] = set()
        for person in registries.people.values():
            for lang_forms in person.name_forms.values():
                for form in lang_forms:
                    forms.setdefault(form, person.id)
            for lang_forms in person.not_forms.values():
                not_forms.update(lang_forms)
        self.forms = forms
        ordered = sorted(forms, key=len, reverse=True)
        # no leading word-start lookbehind: without it the engine skips ahead to the names' first
        # letters (three times faster); `_name_matches` checks the word start itself
        self.name_re = re.compile(r"(" + "|".join(re.escape(f) for f in ordered) + r")(?!\w)")
        self.not_gate = Gate([re.escape(f) for f in sorted(not_forms, key=len, reverse=True)]
                             ) if not_forms else None
        roles: list[tuple[str, str, tuple[str, ...]]] = []
        for office_id, office in registries.offices.items():
            for phrases in office.phrases.values():
                roles.extend((office_id, p, ("president",)) for p in phrases)
        roles.extend(EXTRA_ROLES)
        self.roles: list[tuple[str, tuple[str, ...], str]] = []
        seen = set()
        patterns = []
        for office_id, phrase, role_set in sorted(roles, key=lambda r: -len(r[1])):
            pat = _phrase_pattern(phrase)
            if pat in seen:
                continue
            seen.add(pat)
            patterns.append(pat)
            self.roles.append((office_id, role_set, registries.offices[office_id].country))
        self.role_gate = Gate(patterns, names=[f"r{i}" for i in range(len(patterns))])

    # -- people ---------------------------------------------------------------------------
    @lru_cache(maxsize=4096)  # noqa: B019 - one finder lives for the whole run
    def holder(self, office: str, on: dt.date, roles: tuple[str, ...]) -> str | None:
        person = self.reg.holder(office, on, roles)
        return person.id if person else None

    def in_office(self, person: str, first: dt.date, last: dt.date) -> bool:
        p = self.reg.people.get(person)
        return bool(p and p.in_office(first, last))

    def _name_matches(self, text: str, first: bool = False) -> list[re.Match[str]]:
        """Name forms standing as words ("Трамп", not the end of "xТрамп"), as `finditer`
        with a word-start lookbehind would give them; only the first with `first`."""
        found: list[re.Match[str]] = []
        pos = 0
        while (m := self.name_re.search(text, pos)) is not None:
            start = m.start()
            if start and WORD_CHAR_RE.match(text, start - 1):
                pos = start + 1
                continue
            found.append(m)
            if first:
                break
            pos = m.end()
        return found

    def speaker(self, text: str | None) -> str | None:
        """Person id named in a quote's attribution, if it is one of ours."""
        if not text:
            return None
        found = self._name_matches(self._mask(text), first=True)
        return self.forms[found[0].group(1)] if found else None

    def _mask(self, text: str) -> str:
        if self.not_gate is None:
            return text
        spans = [m.span() for m in self.not_gate.finditer(text)]
        for a, b in reversed(spans):
            text = text[:a] + "_" * (b - a) + text[b:]
        return text

    # -- one sentence ---------------------------------------------------------------------
    def names(self, text: str) -> list[Actor]:
        """Only the presidents named by name: the cheap pass every sentence gets."""
        if not self._name_matches(text, first=True):
            return []
        masked = self._mask(text)
        return [Actor(m.start(), m.end(), "name", self.forms[m.group(1)],
                      self.country[self.forms[m.group(1)]])
                for m in self._name_matches(masked)]

    def find(self, text: str, on: dt.date, speaker: str | None = None,
             quoted: tuple[tuple[int, int], ...] = (), full: bool = True) -> list[Actor]:
        """Actors of a sentence; without `full`, only the people and the pair as a group
        (enough for a sentence that reports no contact)."""
        # every not-form contains a name form, so without a name there is nothing to mask
        masked = self._mask(text) if self._name_matches(text, first=True) else text
        actors: list[Actor] = []
        names = []
        for m in self._name_matches(masked):
            pid = self.forms[m.group(1)]
            if OTHER_TITLE_BEFORE_RE.search(masked[max(0, m.start() - 40):m.start()]):
                # "Prime Minister Dmitry Medvedev": in that sentence he is not a president
                actors.append(Actor(m.start(), m.end(), "official"))
                continue
            names.append(Actor(m.start(), m.end(), "name", pid, self.country[pid]))
        actors.extend(names)
        for m in self.role_gate.finditer(masked):
            office_id, role_set, country = self.roles[int(m.lastgroup[1:])]
            before = masked[max(0, m.start() - 30):m.start()]
            if FORMER_BEFORE_RE.search(before):
                continue
            if ELECT_BEFORE_RE.search(before):
                role_set = ("elect",)
            # "президент США Дональд Трамп": the name that follows says who it is
            if any(n.country == country and 0 <= n.start - m.end() <= 40
                   and not re.search(r"[,.;:]", masked[m.end():n.start]) for n in names):
                continue
            pid = self.holder(office_id, on, role_set)
            if pid is None and role_set == ("elect",):
                pid = self.holder(office_id, on, ("president",))
            if pid:
                actors.append(Actor(m.start(), m.end(), "role", pid, country))
        pair_roles = []
        if "США" in masked or "Росі" in masked or "Росси" in masked or "Russia" in masked:
            for m in PAIR_ROLES_RE.finditer(masked):
                for office, country in (("us_president", "US"), ("ru_president", "RU")):
                    pid = self.holder(office, on, ("president",))
                    if pid:
                        actors.append(Actor(m.start(), m.end(), "role", pid, country))
                pair_roles.append((m.start(), m.end()))
        for m in GROUP_GATE.finditer(masked):
            if any(a <= m.start() < b for a, b in pair_roles):
                continue  # read as the two offices above
            before = masked[max(0, m.start() - 30):m.start()].split()
            prev = before[-1].lower().strip(",.") if before else ""
            # (not a month or an adverb that looks like an adjective: "В начале мая
            # президенты …", "Впервые президенты встретились …")
            if prev and prev not in GROUP_OK_BEFORE and prev not in ("мая", "впервые") and \
                    ADJ_END_RE.search(prev) and not \
                    PAIR_ADJ_RE.search(masked[max(0, m.start() - 60):m.start()]):
                continue  # "європейськими лідерами", "російської сторони"
            if prev.isdigit() or prev in MANY_BEFORE_GROUP:
                actors.append(Actor(m.start(), m.end(), "third"))
                continue  # "about 150 heads of state", "десятки лідерів": many, not the pair
            if prev in WITH_BEFORE_GROUP or OTHERS_AFTER_GROUP_RE.match(masked, m.end()):
                actors.append(Actor(m.start(), m.end(), "third"))
                continue  # "зустріч із лідерами G7", "лідери G7 обговорили": other leaders
            actors.append(Actor(m.start(), m.end(), "group"))
        if not full:
            actors.sort(key=lambda a: (a.start, a.end))
            return actors
        for m in PRONOUN_GATE.finditer(masked):
            actors.append(Actor(m.start(), m.end(), "pronoun"))
        if speaker:
            for m in SELF_RE.finditer(masked):
                if any(a <= m.start() < b for a, b in quoted):
                    actors.append(Actor(m.start(), m.end(), "self", speaker,
                                        self.country.get(speaker)))
        for m in THIRD_GATE.finditer(masked):
            if not any(a.start <= m.start() < a.end for a in actors if a.kind == "role"):
                actors.append(Actor(m.start(), m.end(), "third"))
        for m in OFFICIAL_GATE.finditer(masked):
            actors.append(Actor(m.start(), m.end(), "official"))
        actors.sort(key=lambda a: (a.start, a.end))
        return actors
