"""One sentence in, the contacts it mentions out (before they are merged into records).

For each contact word the sentence holds: who (the two presidents named in its clause, else
in the sentence, else the pair the article is about when "лідери"/"вони" stands for them),
which type and status, and the date, duration and place of its clause. A contact word whose
clause names a third party as the other side ("з Зеленським"), or officials ("зустріч
їхніх представників"), or a negotiation process ("розпочати переговори"), is no
presidents' contact.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from .actors import Actor, ActorFinder
from .clauses import Layout
from .dates import (
    DateSpan,
    Resolved,
    coarsen,
    find_dates,
    month_attribute,
    next_listed_month,
    resolve,
)
from .durations import DurationSpan, find_durations
from .gate import Gate
from .locations import PlaceFinder
from .sentences import Sentence
from .triggers import (
    FUTURE_GATE,
    IN_PERSON_RE,
    Cue,
    Trigger,
    find_cues,
    find_triggers,
    has_trigger,
    is_process,
    status_of,
)

REPORTED_RE = re.compile(r",|\b(?:що|что|that)\b", re.I)  # "заявив, що в п'ятницю …"
AGAIN_RE = re.compile(r"(?:again|знову|ще\s+раз|снова|вновь|повторно|once\s+more)\s+$", re.I)
# "в январе, затем в апреле и в мае", "in March and then in May": the next date of a list
# of occasions; a bare "and" only continues a list whose previous item is dated.
THEN_RE = re.compile(
    r"(?:затем|потом|потім|згодом|пізніше|позже|позднее|then|later|а\s+також|а\s+также|"
    r"as\s+well\s+as)\s+$", re.I)
AND_RE = re.compile(r"(?<![\w-])(?:і|й|та|и|and)\s+$", re.I)
RELATIVE_START_RE = re.compile(
    r"[\s,]*(?:який|яка|яке|які|яку|якого|якої|якій|якому|котор\w+|which|that|"
    # "поговорить в Париже, где в воскресенье прошли мероприятия": the place's day is theirs
    r"де|где|where)\b", re.I)
# "встреча Путина и Трампа, состоявшаяся накануне": a participle after a comma describes the
# contact noun before it, however long the names between them are.
PARTICIPLE_BEFORE_RE = re.compile(
    r",\s*(?:состоявш\w+|прошедш\w+|намеченн\w+|запланированн\w+|назначенн\w+|"
    r"проведенн\w+|запланован\w+|призначен\w+|проведен\w+|що\s+відбул\w+|"
    r"яка\s+відбул\w+|який\s+відбув\w*|що\s+відбув\w*|held|scheduled|planned)\s+(?:\w+\s+)?$",
    re.I)
# "Первый состоялся 9 марта", "the previous one, on June 14": an ordinal standing for a
# contact noun said just before; with a date it is one more contact of that kind.
ELLIPSIS_RE = re.compile(
    r"(?<![\w-])(?:(?:перш(?:ий|а|е)|перв(?:ый|ая|ое)|предыдущ(?:ий|ая|ее)|попередн(?:ій|я|є)|"
    r"последн(?:ий|яя)|останн(?:ій|я))\s*(?:,|—|–|-|состоял\w*|прош[её]л|прошла|был|была|"
    r"відбул\w*|пройшов|пройшла|був|була)|"
    r"the\s+(?:first|second|previous|last|latest|earlier|prior|most\s+recent)(?:\s+(?:one\b|"
    r"was\b|took\s+place|came\b|happened)|\s*,)|"
    # "Another followed in early April": one more of the kind just told
    r"^\W*another(?:\s+one)?\s+(?:followed|came|took\s+place|happened|was\s+held)\b|"
    # "Першу господар Білого дому провів у неділю": a sentence-initial ordinal, then a verb
    r"^\W*(?:першу|перший|перше|другу|другий|друге|первую|первый|первое|вторую|второй|"
    # "Предыдущую Медведев и Обама провели в Нью-Йорке 23 сентября"
    r"второе|попередню|попередній|попереднє|предыдущую|предыдущий|предыдущее|"
    r"последнюю|останню)(?=(?:\s+[\w'’-]+){0,5}?\s+(?:провів|провела|провели|провел|"
    r"відбул\w*|состоял\w*|прош[её]л|прошла|пройшов|пройшла)\b)|"
    # "Попередні дві відбулися 28 січня … та 3 квітня", "The previous two took place …"
    r"(?:попередні|предыдущие|последние|останні|the\s+(?:previous|earlier|other|last|latest))"
    r"\s+(?:дві|два|две|обидві|обе|two|both)"
    # with their noun: "The last two calls came back to back, on December 28 and …"
    r"(?:\s+(?:calls|conversations|meetings|summits|talks|розмови|дзвінки|зустрічі|"
    r"разговора|звонка|встречи))?\s*(?:,|—|–|-|відбул\w*|состоял\w*|прошли|"
    r"пройшли|були|были|were|took\s+place|came|happened))", re.I)
PLURAL_ELLIPSIS_RE = re.compile(
    r"(?:попередні|предыдущие|последние|останні|previous|earlier|other|last|latest)\s+"
    r"(?:дві|два|две|"
    r"обидві|обе|two|both)", re.I)
NEGOTIATION_RE = re.compile(r"(?:переговор(?!ил|ив|ит)|talks(?!\w)|negotiat)", re.I)
# a group that can only be the pair: "the two leaders", "обидва президенти", "лідери"
PAIR_GROUP_RE = re.compile(r"two|both|обидва|обидві|обох|оба|обоих|двоє|двух|двох", re.I)
TIME_REF_RE = re.compile(
    r"(?<!\w)(?:після|перед|до|після\s+того|напередодні|после|накануне|after|before|ahead\s+of|"
    r"prior\s+to|following)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
MULTI_RE = re.compile(
    r"(?:тристоронн|трехсторонн|трёхсторонн|чотиристоронн|четырехсторонн|потрійн|тройн|"
    r"trilateral|three-way|three-party|four-way)\w*", re.I)
ORDINAL_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:перш\w+|друг(?:ий|а|е|у|ого|ої)|трет\w+|перв\w+|втор\w+|"
    r"first|second|third|latest|previous|last|попередн\w+|предыдущ\w+|останн\w+|"
    r"последн\w+|"
    # one more of the kind: "Новый разговор", "Еще один звонок", "Another call"
    r"another|new|(?:ще|еще|ещё)\s+од(?:ин|на|но|ну)|нов(?:ий|а|е|у|ый|ая|ое|ую)|"
    r"черг(?:овий|ова|ову)|очередн\w+)\s+(?:\w+\s+)?$", re.I)
# a contact as what is announced: "announced the Budapest summit", "объявил о саммите"
ANNOUNCE_VERB_RE = re.compile(r"(?<!\w)(?:оголоси\w*|объяви\w*|анонсува\w*|анонсирова\w*|"
                              r"announc\w*|unveil\w*)(?!\w)", re.I)
ANNOUNCED_OBJECT_RE = re.compile(
    r"(?<!\w)(?:(?:оголоси\w*|объяви\w*|анонсува\w*|анонсирова\w*)\s+(?:про|о|об)|"
    r"(?:announc|unveil)\w*\s+(?:the|a|an|their|his|plans\s+for\s+(?:a|the))?)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.I)
ABOUT_START_RE = re.compile(r"\W*(?:про|о|об|about)\s+(?:[\w'’-]+\s+)?$", re.I)
# "… 16 жовтня після телефонної розмови": "after" and up to two words before the contact
AFTER_ACT_RE = re.compile(r"(?<!\w)(?:після|после|after|following)\s+(?:[\w'’-]+\s+){0,2}$",
                          re.I)
# a summit as an event that has days and sides: "второй день саммита", "day two of the summit"
EVENT_HEAD_RE = re.compile(
    r"(?<!\w)(?:(?:день|дня|дні|днях|днів|дней|открыти\w*|закрыти\w*|відкритт\w*|закритт\w*)|"
    r"(?:day|days|opening|close|end)\s+of)\s+(?:the\s+)?$", re.I)
# the agent of a participle after the contact word: "a summit proposed by Macron"
AGENT_BY_RE = re.compile(r"\s*,?\s*(?:(?-i:[a-z]+ed)|put\s+forward)\s+by\s+"
                         r"(?:[\w-]+\s+){0,3}", re.I)
DAY_OWNED_RE = re.compile(
    r"(?:(?<!\w)(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
    r"Yesterday)['’]s|(?<!\w)(?:понеділков|вівторков|четвергов|п'ятничн|пʼятничн|суботн|"
    r"недільн|вчорашн|учорашн|понедельничн|вторничн|четвергов|пятничн|субботн|воскресн|"
    r"вчерашн)\w*)\s+$", re.I)
# a relative clause right after a contact word (and its place): ", який згодом відклали"
RELATIVE_AFTER_RE = re.compile(
    r"(?:\s+(?:у|в|in|at|на)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s*,\s*(?:який|яка|яке|які|котр\w+|"
    r"котор\w+|which|that)(?!\w)", re.I)
THEY_RE = re.compile(r"вони|они|they", re.I)
IN_A_ROW_RE = re.compile(r"\s+(?:поспіль|підряд|подряд|in\s+a\s+row|back\s+to\s+back)(?!\w)",
                         re.I)
WHERE_COMMA_RE = re.compile(r",\s*(?:where|де|где)(?!\w)", re.I)
# a participle opening a sentence: "Meeting on the sidelines …,", "Встретившись …,"
OPENING_PARTICIPLE_RE = re.compile(r"(?-i:[A-Z][a-z]+ing)(?!\w)|[А-ЯІЇЄҐ]\w+вшись(?!\w)")
# what was said in a contact: "в ходе телефонного разговора", "during a phone call"
SAID_IN_RE = re.compile(
    r"(?<!\w)(?:during|in\s+the\s+course\s+of|під\s+час|у\s+ході|в\s+ході|во\s+время|"
    r"в\s+ходе)\s+(?:(?:a|an|the|their|its|своего|свого|своей|своєї)\s+)?(?:[\w-]+\s+)?$",
    re.I)
# a contact word, a copula and an ordinal: "The call was the second", "Розмова стала другою"
COUNT_FRAME_RE = re.compile(
    r"\s+(?:was|is|became|marked|стала|став|стало|была|был|было|була|був|було|—|–|-)\s+"
    r"(?:(?:the|their|its|уже|вже)\s+)?(?:second|third|fourth|fifth|друг\w+|трет\w+|"
    r"четверт\w+|п'ят\w+|пят\w+|втор\w+)(?!\w)", re.I)
ORDINAL_START_RE = re.compile(r"(?:first|second|third|latest|last|previous|another|new)\s",
                              re.I)
DEFINITE_BEFORE_RE = re.compile(r"(?<![\w-])(?:the|this|that|these|those)\s+$", re.I)
WHEN_AFTER_RE = re.compile(r"\s*,\s*(?:when|коли|когда)\b", re.I)
ERA_HEAD_RE = re.compile(
    r"\s*(?:у\s+|в\s+|in\s+)?((?:19[5-9]|20[0-4])\d)(?:\s*(?:рік|год|р\.|г\.|year))?\s*"
    r"(?:[,:—–-]\s*[^\s.,:;]+(?:[\s-]+[^\s.,:;]+){0,3})?\s*\.?\s*$", re.I)
VISIT_RE = re.compile(
    r"(?:візит|визит|visit|поїздк|поездк|trip|посет|відвіда|приїзд|приезд|приглаш|пригласи|"
    r"запрош|запроси|invit)", re.I)
DURATION_HINT_RE = re.compile(r"\d|hour|minute|годин|хвилин|час|минут", re.I)
SINGULAR_RE = re.compile(r"(?<!\w)(?:він|вона|он|она|he|she)(?!\w)", re.I)
SAID_AFTER_RE = re.compile(
    r"\s+(?:said|say|says|told|заявил\w*|заяви\w*|сказа\w*|сообщи\w*|повідоми\w*)\b", re.I)
DATELINE_RE = re.compile(
    r"\s*(?-i:[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’/ -]{2,})(?:\s*\([^)]{0,20}\))?,\s*[^—–]{0,30}?\s*[—–-]")
THEN_CLAUSE_RE = re.compile(r"[\s,:;—–-]*(?:тоді|тогда|then)(?!\w)", re.I)
LIST_OPEN_RE = re.compile(r"\s*(?:[—–:]|-\s)")
# a count bounded in time before its list: "twice since the inauguration: on January 26, …",
# "двічі від початку року — …"
COUNT_SINCE_OPEN_RE = re.compile(
    r"\s+(?:since|after|so\s+far|this|in|over|з|із|від|після|цього|с|со|от|после|этого|за)"
    r"(?!\w)[^:—–;.\d]{0,40}?\s*(?:[—–:,]|-\s)", re.I)
# "since their summit", "після женевської зустрічі", "after the Anchorage summit": a contact
# named as a point in time
BACKGROUND_BEFORE_RE = re.compile(
    r"(?<!\w)(?:після|после|since|after|following|з\s+часів|со\s+времен\w*|"
    r"з\s+моменту|с\s+момента|відтоді\s+як|с\s+тех\s+пор\s+как)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.I)
# what may stand between a day and the contact word it dates as an attribute: "'s",
# "two-and-a-half-hour", "phone"
ATTRS_BETWEEN_RE = re.compile(
    r"(?:['’]s)?(?:\s+(?:[\w]+(?:-[\w]+)+|phone|telephone|video|brief|long|lengthy))*\s*",
    re.I)
AFTER_PHRASE_RE = re.compile(
    r"(?<!\w)(?:after|since|following|після|после|з\s+часів|с\s+момента)\s+"
    r"(?:[\w'’-]+\s+){0,4}$", re.I)
# a report verb with the contact noun as what it tells of: "сообщившем о беседе",
# "повідомив про розмову", "reported the call"
REPORT_OF_RE = re.compile(
    r"(?<!\w)(?:сообщи\w*|сообща\w*|повідоми\w*|повідомля\w*|рассказа\w*|розповіл\w*|"
    r"reported|disclosed|(?:told|informed)\s+(?:\w+\s+)?(?:of|about))\s+"
    r"(?:(?:о|об|про|about|of|the|a)\s+)?(?:(?:телефонн\w*|phone|telephone)\s+)?$", re.I)
OTHERS_AFTER_RE = re.compile(
    r"\s+(?:кількох|кілька|інших|європейських|европейских|нескольких|других|several|other|"
    r"of\s+(?:the\s+)?(?:several|other|European|EU|NATO|G7|G20|the\s+G\d+|\w+\s+countries)|"
    r"країн|стран|держав|государств|ЄС|ЕС|НАТО|"
    # "лидеры которой провели саммит", "whose leaders": the leaders of what was just named
    r"которой|которого|которых|якої|якого|яких|of\s+which)(?!\w)")
# a contact noun as the subject of what it would do ("would achieve little", "would be
# pointless", "нічого не змінить"), not of when or where it takes place
EVALUATED_RE = re.compile(
    r"(?<!\w)(?:(?:would|could|might|will|won't|wouldn't|can't|cannot)\s+(?:not\s+|only\s+|"
    r"hardly\s+|likely\s+|probably\s+|really\s+)?(?:achieve|change|help|mean|bring|produce|"
    r"solve|resolve|matter|signal|send|yield|deliver|accomplish|be\s+(?:a|an|pointless|"
    r"useless|premature|meaningless|theatre|theater|symbolic|risky|worthwhile|enough))|"
    r"(?:нічого|мало\s+що|навряд\s+чи\s+щось|ничего|мало\s+что|вряд\s+ли\s+что-то)\s+"
    r"(?:не\s+)?(?:змінить|дасть|принесе|вирішить|изменит|даст|принесет|принесёт|решит))"
    r"(?!\w)", re.I)
# a contact word that is a verb ("meet", "зустрітися"), not a noun
VERB_TRIGGER_RE = re.compile(
    r"(?:meet(?!ing)|met\b|зустрі(?:ти|ну|не|нуть|вс|л)|встрет(?:и|я|ил)|поговор|"
    r"созвон|зідзвон|spoke|speak|talk(?!s\b))", re.I)
TOOK_PLACE_RE = re.compile(
    r"(?<!\w)(?:took\s+place|was\s+held|were\s+held|happened|lasted|тривал[аио]|тривав|"
    # "their last formal meeting came in Hangzhou … on September 5" (not "came after …")
    r"came(?!\s+(?:after|before|as|amid|despite|off|up|out|back|to|from|with|under)\b)|"
    r"длил(?:ся|ась|ись|ось)|продолжал(?:ся|ась|ись|ось)|відбул(?:ася|ися|ося|ся)|"
    r"відбувся|состоял(?:ась|ись|ось|ся)|прош(?:ла|ли|ло|[её]л)|пройшл(?:а|и|о)|пройшов)(?!\w)",
    re.I)
BRIEF_SETTING_RE = re.compile(
    r"(?<!\w)(?:[ву]\s+кулуарах|in\s+the\s+corridors?|на\s+ужине|на\s+вечері|за\s+ужином|"
    r"за\s+вечерею|over\s+dinner|at\s+(?:the|a)\s+(?:[\w'’-]+\s+)?dinner|on\s+the\s+way\s+to|"
    # a lunch or breakfast for many guests ("at the Élysée lunch", "під час обіду для глав
    # держав"), not a working lunch of the two
    r"(?:over|at\s+(?:the|a)(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]+)?)\s+(?:lunch|luncheon|breakfast)|"
    r"(?:під\s+час|во\s+время)\s+(?:\w+\s+)?(?:обіду|сніданку|обеда|завтрака)|"
    r"за\s+(?:обідом|обедом)|на\s+(?:обіді|обеде))(?!\w)", re.I)
STANDING_RE = re.compile(r"на\s+ногах|на\s+ходу|стоя(?!\w)|on\s+(?:their|the)\s+feet|"
                         r"standing\s+up|on\s+the\s+go", re.I)
WHO_START_RE = re.compile(r"[\s,]*(?:який|яка|яке|які|котр\w+|котор\w+|who)(?!\w)", re.I)
PUBLISHED_BEFORE_RE = re.compile(
    r"(?<!\w)(?:published|released|issued|опубліковано\w*|опублікован\w*|оприлюднен\w*|"
    r"опубликован\w*|обнародован\w*|вийш\w*|вышедш\w*)\s+(?:[\w'’-]+\s+)?$", re.I)
BACKGROUND_WORD_RE = re.compile(
    r"(?<!\w)(?:після|после|since|after|following|часів|времен|моменту|момента|відтоді|"
    r"тех\s+пор)(?!\w)", re.I)
DASH_OPEN_RE = re.compile(r"\s*(?:[—–]|-\s)")
THERE_RE = re.compile(r"(?<!\w)(?:there|там|in\s+the\s+end|в\s+итоге|зрештою|у\s+підсумку)"
                      r"(?!\w)", re.I)
PAST_PLAN_RE = re.compile(
    r"(?<!\w)(?:had\s+been\s+(?:due|expected|scheduled|set|supposed|planned)|"
    # "Trump and Putin had planned to meet in Paris on November 11, but …"
    r"had\s+(?:planned|intended|hoped)\s+to|"
    r"was\s+(?:due|supposed)|"
    r"were\s+(?:due|supposed)|мали|мала|мав|должны\s+были|должна\s+была|должен\s+был|"
    r"должно\s+было|"
    r"планувал\w*|планировал\w*|очікувал\w*|ожидал\w*|"
    # "Ранее предполагалось, что … проведут переговоры", "Раніше передбачалося"
    r"предполагал\w*ся|предполагалось|передбачал\w*ся|припускал\w*ся)(?!\w)", re.I)
OCCURRED_RE = re.compile(
    r"(?:відбув|відбул|тривав|тривал|пройш|состоял|прош[её]л|прошл|длил|продлил|took\s+place|"
    r"lasted)", re.I)
NEW_DATE_RE = re.compile(r"(?<!\w)(?:to|into|until|till|на|до)\s+(?:the\s+)?$", re.I)
LAST_TIME_RE = re.compile(
    r"(?<!\w)(?:в\s+последний\s+раз|последний\s+раз|у\s+останній\s+раз|останній\s+раз|"
    r"востаннє|most\s+recently|(?:the\s+)?last\s+time|the\s+latest)(?!\w)", re.I)
PLANNED_FOR_RE = re.compile(
    r"(?<!\w)(?:(?:planned|scheduled|set|slated|due|penciled\s+in|pencilled\s+in)\s+for|"
    r"(?:заплан\w*|заплан\w*|призначен\w*|намічен\w*|намечен\w*|назначен\w*|"
    r"планувал\w*|планировал\w*|мал[аио]\s+відбутися|должн\w+\s+был\w*\s+состояться)"
    r"\s+(?:на|в|у)?|"
    # with the verb of holding it: "планували провести в неділю", "planned to hold it on
    # Sunday", "собирались встретиться в субботу"
    r"(?:planned|scheduled|set|due|expected|intended|hoped|were|was)\s+to\s+(?:hold\s+it|hold|"
    r"meet|take\s+place|be\s+held|sit\s+down)|"
    r"(?:планувал\w*|планировал\w*|збирал\w*|собирал\w*|мали|мала|мав|должн\w+\s+был\w*|"
    r"намічал\w*|намечал\w*)\s+(?:її\s+|його\s+|ее\s+|её\s+|его\s+)?(?:провести|"
    r"зустрітися|встретиться|відбутися|состояться|пройти|побачитися|увидеться))(?!\w)", re.I)
# "… was cancelled after Putin decided": what follows tells why or when, with its own subject
CAUSE_AFTER_RE = re.compile(r"(?<!\w)(?:after|після|после|because|since|бо|оскільки|"
                            r"поскольку|так\s+как)(?!\w)", re.I)
# cheap shape of a heading that is only a day ("12 февраля.", "**Feb. 12**", "July 7, 2017")
ENTRY_HEAD_RE = re.compile(r"[\W_]*(?:\d{1,2}\s+[^\W\d_]{3,}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)"
                           r"[^\n]{0,20}$")
WORD_LEFT_RE = re.compile(r"[^\W\d_]{2,}")  # a word left besides the date: not a heading
# An explainer's entry headed in its own line: "June 2013, Lough Erne, Northern Ireland: at a
# G8 summit …", "August 2013: Obama called off …", "12 лютого 2025 р. — …". Cheap shape first
# (a digit, or a capitalised word and a digit, at the start), then the date and what may
# follow it up to the colon or dash: up to three capitalised places.
INLINE_HEAD_CHEAP_RE = re.compile(
    r"[\W_]{0,3}(?:\d{1,2}\s+[^\W\d_]{3,}|(?-i:[A-ZА-ЯІЇЄҐ])[^\W\d_]{2,9}\.?\s+\d|"
    r"(?:19|20)\d\d(?!\d))[^:—–\n]{0,70}(?::|[—–]|\s-\s)")
BARE_YEAR_HEAD_RE = re.compile(r"[\W_]{0,3}((?:19|20)\d\d)(?=[*_]*\s*(?::|[—–]|-\s))")
# the pair as the subject of an entry: "the two acknowledged …", "лідери визнали …"
PAIR_SUBJECT_RE = re.compile(
    r"(?<![\w-])(?:the\s+two(?:\s+(?:men|leaders|presidents))?|both\s+(?:men|leaders|"
    r"presidents)|they|обидва|обоє|лідери|президенти|вони|оба|лидеры|президенты|они)(?![\w-])",
    re.I)
INLINE_HEAD_TAIL_RE = re.compile(
    r"(?:-?(?:го|й)|\s*(?:року|года|р\.|г\.))?[*_]*"
    r"(?:,\s*(?-i:[A-ZА-ЯІЇЄҐ])[^,:;.—–()]{1,30}){0,3}[*_]*\s*(?::|[—–]|-\s)")
SINCE_BEFORE_RE = re.compile(
    r"(?<!\w)(?:після|после|since|з\s+часу|со\s+времени|з\s+моменту|с\s+момента)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.I)
FIRST_RE = re.compile(r"(?<!\w)(?:уперше|вперше|впервые|first|перш\w*|перв\w*)(?!\w)", re.I)
DAYS_AFTER_RE = re.compile(
    r"(?<!\w)(?:через\s+|на\s+)?(?:(?P<n>a|one|two|three|four|five|\d{1,2}|один|одну|два|"
    r"дві|три|следующий|наступного)\s+)?(?:days?|день|дні|днів|дня|дней)\s+(?:after|після|"
    r"после)\s+"
    r"(?:[\w'’-]+\s+){0,3}$", re.I)
DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "один": 1,
              "одну": 1, "два": 2, "дві": 2, "три": 3, "следующий": 1, "наступного": 1}
# "on Thursday abruptly canceled": an -ly adverb may stand between the date and its verb
ED_VERB_RE = re.compile(r"\s+(?:(?-i:[a-z]{2,}ly)\s+)?((?-i:[a-z]{3,}ed))(?!\w)")
CONJ_RE = re.compile(r"(?<![\w-])(?:and|і|й|та|и|а\s+також|а\s+также)(?![\w-])", re.I)
HEADLINE_PRESENT_RE = re.compile(
    r"(?<![\w-])(?-i:hold|holds|speak|speaks|meet|meets|talk|chat|chats|discuss|discusses|"
    r"confer|confers)(?![\w-])")
# "За словами Пєскова, …", "according to Ushakov, …": the official tells of the contact
TELLER_BEFORE_RE = re.compile(
    r"(?<!\w)(?:за\s+словами|по\s+словам|according\s+to|як\s+повідоми\w*|как\s+сообщи\w*|"
    r"за\s+даними|по\s+данным|as\s+told\s+by)\s+(?:[\w'’.-]+\s+){0,3}$", re.I)
# after a "first" contact word, what it is the first since: "since", "з часів", "с"
SINCE_AFTER_RE = re.compile(
    r"(?:\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}?)?\s*(?:since|з\s+часів|з\s+часу|со\s+времени|з|с|"
    r"після|после)(?!\w)", re.I)
SINCE_EVENT_RE = re.compile(
    r"\s*(?:(?:the|their|its|of|їхн\w*|их)\s+)?(?:саміт\w*|саммит\w*|зустріч\w*|встреч\w*|"
    r"summit|meeting|talks|переговор\w*)(?!\w)", re.I)
SINCE_WORD_RE = re.compile(r"(?<!\w)(?:since|відколи|з\s+тих\s+пір|с\s+тех\s+пор)(?!\w)",
                           re.I)
BARE_YEAR_RE = re.compile(r"\s+((?:19|20)\d\d)(?!\d)(?!\s*(?:року|года|р\.|г\.))")
PAST_CONTACT_VERB_RE = re.compile(
    r"(?:met|spoke|talked|(?:зустрі|зустр|встрет|встреч|поговор|розмовл|разговарив|говор|"
    r"спілкув|общ)\w*(?:лися|лись|ли|лася|лась|лось))", re.I)
# "when the two leaders met": a when-clause and its subject before the verb
WHEN_BEFORE_RE = re.compile(
    r"(?<!\w)(?:when|коли|когда)\s+(?:(?:the\s+)?(?:two\s+)?[\w'’-]+\s+){0,3}$", re.I)
ENGLISH_WHICH_RE = re.compile(r"[\s,]*(?:which|that)\b", re.I)
WHERE_START_RE = re.compile(r"[\s,]*(?:where|де|где|на\s+якому|на\s+котором|at\s+which)"
                            r"(?!\w)", re.I)
# "после прошлогоднего саммита G20 в Буэнос-Айресе, где …": the event's own date, for its
# where-clause
WHERE_AFTER_RE = re.compile(r"[^,.;:!?]{0,60},\s*(?:where|де|где)(?!\w)", re.I)
# (the article may be the contact word's own: "during the call")
DURING_THE_RE = re.compile(r"(?<!\w)(?:during|in\s+the\s+course\s+of)\s+(?:(?:the|that|this)\s+"
                           r"(?:[\w-]+\s+)?)?$", re.I)
DEFINITE_START_RE = re.compile(r"(?<!\w)(?:the|that|this)\s", re.I)
LATER_RE = re.compile(r"згодом|пізніше|позже|позднее|later|потім|потом|затем", re.I)
AND_WITH_BEFORE_RE = re.compile(r"(?<!\w)(?:and|і|и|та)\s+(?:with|з|із|зі|с|со)\s+$", re.I)
THAT_RE = re.compile(r"(?<!\w)(?:that|що|что|будто|нібито)(?!\w)", re.I)
COMPLEMENT_RE = re.compile(r"[\s,]*(?:що|что|будто|нібито|that)(?!\w)", re.I)
EXCHANGE_RE = re.compile(r"(?:обмін|обмен|exchang)", re.I)
DISCUSS_VERB_RE = re.compile(
    r"(?<!\w)(?:обговор\w*|обсужд\w*|обсуди\w*|обсудя\w*|discuss\w*)(?!\w)", re.I)
# contact nouns (not verbs) that can be the object of "обговорили", "discussed"
TRIGGER_NOUN_RE = re.compile(
    r"(?:переговор(?!ил|ив|ит)\w*|контакт\w*|діалог\w*|диалог\w*|зустріч\w*|саміт\w*|"
    r"встреч\w*|саммит\w*|візит\w*|визит\w*|talks|meeting|summit|visit(?!ed)|dialogue|"
    r"contacts?)(?!\w)", re.I)
PREPOSITIONS = {"в", "у", "на", "по", "під", "при", "після", "перед", "до", "за", "во",
                "после", "к", "ко", "о", "об", "про", "at", "in", "during", "on", "by", "over",
                "after", "before", "ahead", "for", "of", "about", "to"}
# the gathering a planned meeting was to be held at: "the G20 summit", "the gathering"
EVENT_NOUN_RE = re.compile(
    r"(?<!\w)(?:саміт\w*|саммит\w*|summit|gathering|форум\w*|forum|засіданн\w*|заседани\w*|"
    r"торжеств\w*|урочист\w*|celebrations?|commemorations?|ceremon\w*|церемон\w*|"
    r"(?-i:G\s?\d+|G-\d+|Г\d+|АТЕС|АТЭС|APEC))(?!\w)", re.I)
NEW_DATE_START_RE = re.compile(r"(?:to|into|until|till|на|до)\s", re.I)  # "на декабрь"
# "не раніше наступного року", "not before next year": the new date, not the plan's
NOT_BEFORE_RE = re.compile(r"(?:не\s+раніше|не\s+раньше|no\s+earlier\s+than|before|until)\s+$",
                           re.I)
# A list of occasions after one contact word: "spoke again on March 6, and once more on
# March 16", "говорили 12 лютого, 18 березня, 19 травня", "28 січня, невдовзі після
# інавгурації, та 3 квітня". What may stand between two dates of the list: a comma or a
# conjunction (a comma-enclosed aside before the conjunction), then "again"-words and a
# preposition. Nothing else: "on March 6, and the Kremlin said on March 7" is no list.
LIST_SEP_RE = re.compile(
    r"(?:-?(?:го|й|м|th))?"  # the rest of a year: "у липні 2018-го, та в Осаці …"
    # the event the occasion was at: "in September during the UN General Assembly, in …"
    r"(?:\s+(?:during|at|на|під\s+час|во\s+время|в\s+ходе|у\s+ході)\s+[^,;:.()\d]{1,40}?"
    r"(?=,))?"
    r"\s*(?:,\s*(?:[^,;:.()\d]{1,60}?,\s*(?=(?:and|і|й|та|и|а)\s|(?:другий|друга|третій|"
    r"третя|второй|вторая|третий|третья|the\s+second|the\s+third)\s*[—–-]))?)?"
    r"(?:(?:and|і|й|та|и|а|а\s+також|а\s+также|as\s+well\s+as)\s+)?"
    r"(?:(?:again|once\s+more|once\s+again|знову|ще\s+раз|снова|вновь|затем|потім|потом|"
    r"згодом|then|later)\s+)?"
    # an ordinal occasion: "12 февраля, второй раз — 18 марта", "the second time on …"
    r"(?:(?:вдруге|втретє|вчетверте|(?:(?:у|в|во)\s+)?(?:другий|третій|второй|третий|другой|"
    r"четвертий|четвертый)\s+раз|(?:the|a)\s+(?:second|third|fourth)\s+time)\s*[—–-]?\s*|"
    # "во второй раз … 18 марта, в третий — 19 мая": the ordinal with its "раз" left out
    r"(?:у|в|во)\s+(?:другий|третій|второй|третий|четвертий|четвертый)\s*[—–-]\s*|"
    # "Первый состоялся в марте, когда …, второй — 9 мая": the ordinal and a dash
    r"(?:другий|друга|третій|третя|второй|вторая|третий|третья|the\s+second|the\s+third)"
    r"\s*[—–-]\s*)?"
    # a place of its own before the date: "in Hamburg in July 2017, in Helsinki in July 2018"
    r"(?:(?:in|at|у|в|во|на)\s+(?:the\s+)?(?-i:[A-ZА-ЯІЇЄҐ])[\w'’-]*(?:\s+(?-i:[A-ZА-ЯІЇЄҐ])"
    r"[\w'’-]*)?"
    # and where that is: "at Lough Erne in Northern Ireland on June 17, 2013"
    r"(?:\s*,?\s+(?:in|у|в)\s+(?-i:[A-ZА-ЯІЇЄҐ])[\w'’-]*(?:\s+(?-i:[A-ZА-ЯІЇЄҐ])[\w'’-]*)?)?"
    # and the event there: "in Singapore at the Asia-Pacific summit in November"
    r"(?:\s+(?:during|at|на|під\s+час|во\s+время|в\s+ходе|у\s+ході)\s+(?:the\s+)?"
    r"[^,;:.()\d]{1,40}?)?"
    r"\s*,?\s+)?"
    r"(?:(?:on|in|в|у|во|on\s+the)\s+)?$", re.I)
LIST_KINDS = ("dm", "iso", "month", "weekday")
PREP_END_RE = re.compile(r"(?<!\w)(?:in|at|у|в|во|на)\s+$", re.I)
EVE_WORDS = ("напередодні", "накануне", "the previous day", "the day before",
             "the previous evening", "the previous night")
# a relative clause with a subject of its own: "that France brokered", "которую Вашингтон
# предложил"
OWN_SUBJECT_RE = re.compile(
    r"[\s,]*(?:that|which|яку|який|яке|які|котор\w+)\s+(?P<subj>(?-i:[A-ZА-ЯІЇЄҐ])[\w'’-]+)"
    r"\s+(?:had\s+|has\s+)?[\w'’-]+")
REPORT_AFTER_RE = re.compile(
    r"\s+(?:said|says|told|announced|confirmed|reported|заяви\w*|сказа\w*|сообщи\w*|"
    r"повідоми\w*|розповіл\w*|рассказа\w*|підтверди\w*|подтверди\w*|оголоси\w*|"
    r"объяви\w*)(?!\w)\s*", re.I)
ABOUT_BEFORE_RE = re.compile(r"(?<!\w)(?:про|о|об|about|of)\s+(?:[\w'’-]+\s+)?$", re.I)
# two days of one month joined by "and" (not a range "18–19", "з 3 по 5"): "4 і 14 червня"
TWO_DAYS_RE = re.compile(r"\d{1,2}(?:-?го|st|nd|rd|th)?\s*(?:і|и|та|and)\s*(?P<d2>\d{1,2})(?!\d)")
# a day after an English month-and-day: "June 4 and 14"
NEXT_DAY_RE = re.compile(r"\s*(?:,\s*)?(?:and|і|и|та)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d\w])"
                         r"(?!\s*(?:minutes|hours|хвилин|годин|минут|час))")
# a range, not a list: "between March 1 and March 16", "з 3 до 5 травня"
RANGE_BEFORE_RE = re.compile(r"(?<!\w)(?:between|from|між|между|з|із|від|с|от)\s+$", re.I)
# how many occasions a count names: "twice:", "дважды —", "тричі:"
COUNT_N_RE = re.compile(
    r"(?P<two>twice|двічі|дважды|two\s+times|(?:два|дві|две|2)\s+рази?)|"
    r"(?P<three>three\s+times|тричі|трижды|(?:три|3)\s+рази?)", re.I)
# A condition and its unreal consequence: "If Obama and Putin were to meet in Hangzhou, it
# would be …", "A summit, were it to happen, would be …", "Если встреча состоится, …",
# "Якби вони зустрілися, …", "would have been the second meeting". A contact inside the
# condition is supposed; so is one in a sentence in the unreal mood (would, бы, би). A plan
# stated outside the condition stays a plan ("условились увидеться в декабре, если …").
CONDITION_RE = re.compile(
    r"(?<![\w-])(?:if|unless|якщо|якби|коли\s+б|в\s+разі|у\s+разі|если|в\s+случае|"
    r"were\s+(?:it|they|he|she|the\s+(?:two|leaders|presidents))\s+to)(?![\w-])|"
    # inverted conditions at a clause's start: "Should the two need …", "Had the summit …"
    r"(?:^|[,;:]\s*)\W*(?:should|had)\s+(?:the|they|it|he|she|both)(?![\w-])", re.I)
UNREAL_RE = re.compile(
    r"(?<![\w-])(?:would|were\s+(?:it|they|he|she|the\s+(?:two|leaders|presidents))\s+to|"
    r"якби|бы|би|б)(?![\w-])", re.I)
CONDITION_END_RE = re.compile(r"[,;:.!?—–]")
# the unreal mood without a condition: "would have been", "зустрілися б", "встретились бы"
COUNTERFACTUAL_RE = re.compile(r"(?<![\w-])(?:would\s+have|бы|би|б)(?![\w-])", re.I)
# "now that Washington describes …", "after Moscow recognized …": a capital acting is its
# government, not the place of a contact
PLACE_ACTS_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|describes|described|recogni[sz]e[sd]?|"
    r"insist\w*|wants|wanted|believes|accus\w*|claim\w*|denies|denied|considers|warned|"
    r"заяви\w*|заявля\w*|вважа\w*|считает|визнал\w*|признал\w*|наполяга\w*|настаива\w*)"
    r"(?![\w-])", re.I)
# the verbs of calling a plan off or putting it back (not "не відбулася", "did not take
# place", "is off": a date after those is the plan's own day)
ACT_CUE_RE = re.compile(
    r"(?:скасува|скасов|відмінил|відмінен|отменил|отменен|отменя|отмен[еуыа]|сорвал|cancel|"
    r"called|call\s|"
    r"scrap|ax|відклад|відклал|перенес|перенос|призупин|отлож|отклад|приостанов|postpon|"
    r"delay|put|push|shelved|reschedul|moved)", re.I)
MAX_TRIGGERS = 12  # a sentence with more contact words is not prose; bound the work
MAX_DATE_DISTANCE = 6  # words between a contact word and its date, in one clause
WITH_WORDS = {"з", "із", "зі", "зо", "с", "со", "with", "between", "між", "между", "and", "і",
              "й", "та", "и"}
SPEECH_GATE = Gate([
    r"(?:said|says|told|announced|reported|wrote|added|заяви\w*|повідоми\w*|сказа\w*|"
    r"написа\w*|повідомля\w*|сообщи\w*|сообща\w*|заявля\w*|рассказа\w*|розповіл\w*|"
    r"объявил\w*|оголоси\w*|пише|пишет|account|described|describ\w*|briefed|"
    r"описа\w*|описы\w*|подчеркну\w*|наголоси\w*|уточни\w*|зазначи\w*|отметил\w*|"
    r"stressed|emphasi[sz]ed|noted|confirmed|підтверди\w*|подтверди\w*)"])
DISCUSS_GATE = Gate([
    r"(?:обговор\w*|обсуд\w*|обсужда\w*|тем[аиоуы]\w*|йшлося|ішлося|"
    r"речь\s+шла|говорили\s+(?:про|о|об)|наголоси\w*|зосереди\w*|приділ\w*|затронул\w*|"
    r"коснул\w*|отметил\w*|высказал\w*|discuss\w*|topics?|focused|touched|talked\s+about|"
    r"covered|raised|agreed|домовил\w*|договорил\w*|погодил\w*|условил\w*)"])
ANAPHORIC_NOUN_RE = re.compile(
    r"(?<!\w)(?:розмов\w*|дзвін\w*|дзвінк\w*|бесід\w*|зустріч\w*|саміт\w*|переговор\w*|"
    r"разговор\w*|звонк\w*|звонок|бесед\w*|встреч\w*|саммит\w*|call|conversation|meeting|"
    r"summit|talks)(?!\w)", re.I)


@dataclass
class Hit:
    """A contact as one sentence mentions it."""

    sentence: int
    trigger: Trigger
    us: str | None
    ru: str | None
    type: str  # call | video_call | meeting | brief_encounter
    type_guessed: bool  # the word did not say (talks, spoke): the context chose
    status: str  # held | announced | cancelled | postponed | unclear
    explicit: bool  # both people named (not only "лідери", "вони")
    date: Resolved | None = None
    date_text: str | None = None
    date_sentence: int | None = None
    vague_past: bool = False  # "раніше спілкувалися" with no date
    in_person: bool = False  # a guessed type that a place or "особиста" made a meeting
    count: bool = False  # "five times this year": many contacts, not one
    past_plan: bool = False  # "had been expected to sit down on Saturday": a plan as it was
    durations: list[DurationSpan] = field(default_factory=list)
    location: str | None = None
    location_text: str | None = None

    @property
    def pair(self) -> tuple[str, str] | None:
        return (self.us, self.ru) if self.us and self.ru else None


class Analysis:
    """Everything found in one sentence, kept for evidence and for topic continuation."""

    def __init__(self, sentence: Sentence, hits: list[Hit], actors: list[Actor],
                 refers: bool = False, people=None):
        self.sentence = sentence
        self.hits = hits
        self.actors = actors  # all kinds for a sentence with a contact word, else names
        self.refers = refers  # names a contact ("розмова") without a mention of its own
        self._people = people  # computes the people and groups on demand

    @cached_property
    def discusses(self) -> bool:
        """Says what was discussed ("обговорили", "темою стало", "discussed")."""
        return DISCUSS_GATE.search(self.sentence.text) is not None

    @cached_property
    def future(self) -> bool:
        """Speaks of what will be ("лідери обговорять")."""
        return FUTURE_GATE.search(self.sentence.text) is not None

    @cached_property
    def people(self) -> list[Actor]:
        """Names, role phrases and groups ("лідери"), computed only when asked."""
        if self.hits or self._people is None:
            return self.actors
        return self._people()


def _clause_of(layout: Layout, pos: int) -> int:
    return layout.clause(pos)


def _with_before(layout: Layout, pos: int, n: int) -> bool:
    return any(w in WITH_WORDS for w in layout.words_before(pos, n))


def _governs(layout: Layout, trigger: Trigger, actor: Actor) -> bool:
    """The actor is the trigger's other side: "зустріч з X", "зустріч X-а", "meeting with X"."""
    if layout.clause(actor.start) != layout.clause(trigger.start) or actor.start < trigger.end:
        return False
    gap = layout.distance((trigger.start, trigger.end), (actor.start, actor.end))
    if SAID_AFTER_RE.match(layout.text, actor.end):
        return False  # "A Trump-Putin summit is off, officials said": they tell of it
    if AGENT_BY_RE.fullmatch(layout.text, trigger.end, actor.start):
        return False  # "a summit proposed by Macron": the one who proposed it, not a side
    return gap <= 3 or (gap <= 6 and _with_before(layout, actor.start, 3))


class SentenceReader:
    """Finds hits in sentences; one per article (it holds the article's context)."""

    def __init__(self, actors: ActorFinder, places: PlaceFinder, published: dt.date,
                 precision: str, main_pair: tuple[str | None, str | None]):
        self.finder = actors
        self.places = places
        self.published = published
        self.precision = precision
        self.main_pair = main_pair
        self.era: int | None = None  # the year of the timeline entry being read
        # the one pair the last sentence with contacts spoke of: (sentence, (us, ru))
        self.last_pair: tuple[int, tuple[str, str]] | None = None
        # the date heading the timeline entry being read ("12 февраля.", "**Feb. 12**"):
        # (span, paragraph of the heading, the heading is a paragraph of its own)
        self.entry: tuple[DateSpan, int, bool, int] | None = None
        # an entry headed in its own line ("June 2013, Lough Erne: …"): (head span, its
        # sentence, its paragraph, the end of the period it names)
        self.inline: tuple[DateSpan, int, int, dt.date] | None = None
        self._prev: Sentence | None = None  # the sentence read before
        self._para_seen = -1  # the paragraph of the sentence read before
        self._he: tuple[int, Actor] | None = None  # whom a sentence's "he" stood for
        # the year opening the sentence being read ("Last year …"): (its span, its last day)
        self._frame: tuple[DateSpan, dt.date] | None = None
        self._week_end: dt.date | None = None  # the Sunday ending "last week", if said

    def actors_of(self, s: Sentence, full: bool = True) -> list[Actor]:
        speaker = self.finder.speaker(s.speaker_text)
        return self.finder.find(s.text, self.published, speaker, s.quoted, full)

    # -- one sentence -------------------------------------------------------------------
    def read(self, s: Sentence, actors: list[Actor] | None = None,
             triggered: bool | None = None) -> Analysis:
        text = s.text
        self._track_era(s)
        if not (has_trigger(text) if triggered is None else triggered):
            names = self.finder.names(text) if actors is None else actors
            entry = self._entry_contact(s, names, []) if self.inline is not None else None
            self._prev = s
            return Analysis(s, [entry] if entry else [], names,
                            people=lambda: self.actors_of(s, full=False))
        actors = self.actors_of(s) if actors is None else actors
        layout = Layout.of(text)
        triggers = find_triggers(text, layout)[:MAX_TRIGGERS]
        if not triggers:  # only event names ("саміт G20")
            self._prev = s
            return Analysis(s, [], actors, people=lambda: actors)
        cues = find_cues(text)
        places = self.places.find(text)
        third_clauses = {layout.clause(a.start) for a in actors if a.kind == "third"}
        self._places = places
        self._process: dict[int, bool] = {}
        hits: list[Hit] = []
        blocked: list[Trigger] = []  # contacts of others: their dates are not ours
        refers = False
        self._triggers = triggers
        self._all_dates: list[DateSpan] | None = None  # found on demand (background mentions)
        self._background: dict[int, int] = {}  # a background mention's date → its trigger
        for trigger in triggers:
            self._others = [t for t in triggers if t is not trigger]
            hit = self._hit(s, layout, trigger, actors, cues, third_clauses, places)
            if hit is None:
                refers = refers or trigger.anaphoric
                blocked.append(trigger)
                continue
            hits.append(hit)
        self._text = text
        self._layout = layout
        self._triggers = triggers
        self._skip = [(a.start, a.end) for a in actors if a.kind in ("name", "role", "group")]
        # where each person named starts: a list item followed by one opens a clause of its own
        self._person_starts = [a.start for a in actors if a.kind in (
            "name", "role", "third", "official")]
        self._skip += [(p[0], p[1]) for p in places]
        if any(h.pair for h in hits) and DURATION_HINT_RE.search(text):
            self._skip += [(d.start, d.end) for d in find_durations(text, s.lang)]
        self._teller_clauses = {layout.clause(a.start) for a in actors
                                if a.kind in ("third", "official")}
        if any(bool(h.us) != bool(h.ru) for h in hits) and SINGULAR_RE.search(text):
            self._pronoun_side(s, hits, actors)
        inferred = self._infer_pair(hits, actors)
        if any(h.pair for h in hits):  # dates only matter for contacts with both sides
            dates = _event_dates(text, find_dates(text, s.lang))
            if self.inline is not None and self.inline[1] == s.index and not any(
                    d.start == self.inline[0].start for d in dates):
                dates = [self.inline[0]] + dates  # a bare year heading its entry ("2009 —")
            for h in hits:  # "since their October call", "апрельскую встречу президентов"
                attr = month_attribute(text, h.trigger.start, s.lang)
                if attr is not None and not any(d.start < attr.end and attr.start < d.end
                                                for d in dates):
                    dates = sorted(dates + [attr], key=lambda d: d.start)
            # "Last year Putin and Trump spoke by phone on February 12, March 18 …", "У 2025
            # році …": a year opening the sentence frames its days and months without one
            self._frame = None
            # "spoke twice last week, on Monday and again on Thursday": that week's days
            self._week_end = next((
                self.published - dt.timedelta(days=self.published.weekday() + 1)
                for d in dates if d.kind == "period" and d.unit == "week" and d.offset == -1
                and any(w.kind == "weekday" and w.modifier is None for w in dates)), None)
            if len(dates) > 1 and layout.word(dates[0].start) <= 1 and (
                    dates[0].kind == "year" or (dates[0].kind == "period" and
                                                dates[0].unit == "year")):
                framed = resolve(dates[0], self.published)
                if framed is not None and len(framed.value) == 4:
                    self._frame = (dates[0], _bounds(framed.value)[1])
            self._assign_dates(s, layout, hits, dates, blocked)
            self._act_dates(layout, hits, dates, cues)
            if any(h.date is None and h.status == "held" for h in hits):
                self._act_after(layout, hits, dates)
            self._reported_dates(layout, hits, dates)
            self._eve_of_telling(hits, dates)
            self._date_by_event(s, layout, hits, dates, triggers)
            self._planned_for(s, layout, hits, dates)
            self._days_after(s, layout, hits, dates)
            if self.entry is not None:
                self._date_by_entry(s, hits)
            for h in inferred:
                if _called_off(h):
                    continue  # a plan called off is told as such, dated or not
                if h.date is None or h.status == "unclear" or not (
                        ORDINAL_BEFORE_RE.search(text[max(0, h.trigger.start - 25):
                                                      h.trigger.start])
                        or ORDINAL_START_RE.match(text, h.trigger.start)
                        or h.date_sentence != s.index  # the timeline entry's own contact
                        or (self.inline is not None and self.inline[1] == s.index and
                            h.date_text == self.inline[0].text)  # ("June 2012, Los Cabos:
                        # a 90-minute meeting at the United Nations")
                        or _date_next_to(layout, h, dates)):
                    h.us = h.ru = None  # no date of its own: a reference, as before
            self._date_counts(layout, hits, dates, cues)
            repeats = self._repeats(s, layout, hits, dates)
            repeats += self._date_list(s, layout, hits + repeats, dates, cues)
            for h in hits:  # "twice: in February …, and again in mid-March" lists them
                h.count = h.count and not any(r.trigger is h.trigger for r in repeats)
            hits += repeats
            hits += self.ellipses(s, [h for h in hits if h.pair], layout, dates)
            self._holders_then(hits, actors)  # (not the "first … since 2022" twins: a
            # bound, not a contact of the presidents then)
            hits += self._first_since(s, layout, hits)
        if self.era is not None:
            self._date_by_era(s, hits)
        if any(h.status == "held" for h in hits):
            self._assign_durations(layout, hits, find_durations(text, s.lang), third_clauses)
            for h in hits:
                if h.type == "meeting" and h.type_guessed and h.durations and all(
                        d.minutes <= 20 and d.qualifier != "over" for d in h.durations):
                    # "at a lunch …, they spoke for roughly 15 minutes": a talk in person
                    # the word does not type, over in a quarter of an hour, is an encounter
                    h.type = "brief_encounter"
        for h in hits:
            # "…, their second conversation this month": a description of a contact named
            # in the sentence, not one more
            if h.pair and h.date and h.date.relative and len(h.date.value) < 10 and \
                    ORDINAL_BEFORE_RE.search(text[max(0, h.trigger.start - 25):h.trigger.start]) \
                    and any(o.pair == h.pair and o.date and len(o.date.value) == 10
                            and (o.type, o.status) == (h.type, h.status)
                            and o.trigger is not h.trigger  # (not its own list's next item)
                            for o in hits if o is not h):
                # (not "провели розмову й домовилися про першу зустріч — у липні": a plan of
                # another kind is no description of the call)
                h.us = h.ru = None
            elif h.pair and h.date and h.date.relative and h.date_sentence == s.index and \
                    h.date_text and len(h.date.value) < 10 and h.status == "held" and \
                    self.published.isoformat().startswith(h.date.value) and \
                    COUNT_FRAME_RE.match(text, h.trigger.end):
                # "The call was the second between the two presidents this month": the period
                # frames the count, it is no date of the call (told elsewhere, or the news's)
                h.date = h.date_text = h.date_sentence = None
        if hits and (CONDITION_RE.search(text) or COUNTERFACTUAL_RE.search(text)):
            hits = self._unreal(text, hits)
        if hits and text.rstrip(" »\"'”").endswith("?"):
            # "What would a Trump-Putin summit look like?", "Will they meet again?": a question
            # asserts no plan (a contact it dates as held stays: "Why did they meet in May?")
            hits = [h for h in hits if h.status not in ("announced", "unclear")]
        _plans_called_off(text, hits)
        if self.inline is not None:
            entry = self._entry_contact(s, actors, hits)
            if entry is not None:
                hits.append(entry)
        if len(hits) > 1:
            hits = _fold_where_talks(layout, hits)
        hits = _fold_exchanges(layout, hits)
        hits = _fold_undated(hits)
        pairs = {h.pair for h in hits if h.pair and h.status != "unclear"}
        if len(pairs) == 1:
            self.last_pair = (s.index, pairs.pop())
        self._prev = s
        self._frame = self._week_end = None
        return Analysis(s, hits, actors, refers or any(h.pair is None for h in hits))

    def _pronoun_side(self, s: Sentence, hits: list[Hit], actors: list[Actor]) -> None:
        """"For Putin, Geneva was the latest … . With Barack Obama …, he met in Los Cabos …":
        a contact with one side named whose subject is "he/він/он" has as its other side the
        person the sentence before is about (its first person named), or whom that sentence's
        own "he" stood for; only a president of the missing country, never a third party or
        an official ("Macron flew to Moscow. He met Putin" stays Macron's)."""
        text = s.text
        referent = None
        if self._he is not None and self._he[0] == s.index - 1:
            referent = self._he[1]
        elif self._prev is not None and self._prev.index == s.index - 1:
            first = next((a for a in self.actors_of(self._prev) if a.kind in (
                "name", "role", "self", "third", "official", "group")), None)
            if first is not None and first.kind in ("name", "role", "self"):
                referent = first
        if referent is None:
            return
        for h in hits:
            if bool(h.us) == bool(h.ru) or referent.country not in ("US", "RU") or \
                    referent.country == ("US" if h.us else "RU"):
                continue
            he = [m for m in SINGULAR_RE.finditer(text, 0, h.trigger.start)]
            if not he or any(a.kind in ("third", "official", "name", "role", "self") and
                             he[-1].end() <= a.start < h.trigger.start and
                             a.person not in (h.us, h.ru) for a in actors):
                continue  # ("he said Trump met Putin": the names are the sides; but "він
                # сам повідомив Бараку Обамі під час телефонної розмови": the one named
                # between is the contact's own side, spoken to)
            if any(a.kind in ("third", "official") and a.end <= he[-1].start()
                   for a in actors):
                continue  # another person the pronoun may stand for
            if referent.country == "US":
                h.us = referent.person
            else:
                h.ru = referent.person
            h.explicit = True
            self._he = (s.index, referent)

    def _unreal(self, text: str, hits: list[Hit]) -> list[Hit]:
        """In a conditional sentence a contact inside the condition ("if they were to meet",
        "если встреча состоится") is supposed, and so is any in a sentence in the unreal mood
        ("would be their third sit-down", "would have been the second summit"), unless it is
        one the sentence dates as held: a contact named after since/after with a date of its
        own ("the first meeting since Osaka in 2019") or one held on a day it names. A plan
        the condition hangs on is said elsewhere in the article, or outside the condition."""
        spans = []
        for m in CONDITION_RE.finditer(text):
            end = CONDITION_END_RE.search(text, m.end())
            spans.append((m.start(), end.start() if end else len(text)))
        unreal = [m.start() for m in UNREAL_RE.finditer(text)]
        background = set(self._background.values())
        layout = self._layout

        def mood(h: Hit) -> bool:  # (the clause and the stretch without a comma)
            # "Biden told Putin … that the US would respond decisively, in a 50-minute phone
            # call": a "would" of what was said in another clause leaves a call held alone
            if h.status != "held":
                return bool(unreal)
            ci = layout.clause(h.trigger.start)
            return any(layout.clause(u) == ci and not CONDITION_END_RE.search(
                text, min(u, h.trigger.start), max(u, h.trigger.start)) for u in unreal)

        return [h for h in hits if h.trigger.start in background or (
            h.status == "held" and h.date is not None) or h.status in ("cancelled",
                                                                      "postponed") or (
            not mood(h) and not any(a <= h.trigger.start < b for a, b in spans))]

    def _holders_then(self, hits: list[Hit], actors: list[Actor]) -> None:
        """"Предыдущий саммит лидеров России и США прошел в Хельсинки в 2018 году": a side
        named only by its office ("лидеры", "президент США", "the two presidents") is whoever
        held that office on the contact's date, not on the publication date. A side named
        by name stays (Putin as prime minister in 2009 is dropped later, not renamed)."""
        named = None
        for h in hits:
            if not h.pair or h.date is None:
                continue
            if named is None:
                named = {a.person for a in actors if a.kind == "name"}
            first, last = _bounds(h.date.value)
            on = first + (last - first) / 2
            if h.us not in named and not self.finder.in_office(h.us, first, last):
                h.us = self.finder.holder("us_president", on, ("president",)) or h.us
            if h.ru not in named and not self.finder.in_office(h.ru, first, last):
                h.ru = self.finder.holder("ru_president", on, ("president",)) or h.ru

    def _track_era(self, s: Sentence) -> None:
        """"2010 рік, Прага." opens a timeline entry: what follows happened that year, until
        the next entry or a heading. A sentence that is only a day ("12 февраля.", "**Feb.
        12**") heads an entry too: its paragraph, or the next one when it stands alone."""
        if self.inline is not None and s.paragraph != self.inline[2]:
            self.inline = None  # the entry is its paragraph
        if s.paragraph != self._para_seen and INLINE_HEAD_CHEAP_RE.match(s.text):
            spans = find_dates(s.text[:90], s.lang)
            bare = BARE_YEAR_HEAD_RE.match(s.text)
            if bare and not (spans and spans[0].start <= 4):
                # "2009 — Obama and Medvedev meet in London.": a year alone heads the entry
                spans = [DateSpan(start=bare.start(1), end=bare.end(1), text=bare.group(1),
                                  kind="year", lang=s.lang, year=int(bare.group(1)))]
            if spans and spans[0].start <= 4 and spans[0].year and spans[0].kind in (
                    "month", "dm", "year", "iso") and INLINE_HEAD_TAIL_RE.match(
                        s.text, spans[0].end):
                value = resolve(spans[0], self.published)
                if value is not None:
                    self.inline = (spans[0], s.index, s.paragraph, _bounds(value.value)[1])
        self._para_seen = s.paragraph  # (an entry's head opens its paragraph)
        if self.entry is not None:
            span, para, alone, head = self.entry
            if s.paragraph == para:
                self.entry = (span, para, False, head)  # the entry's text shares its paragraph
            elif s.paragraph > para + (1 if alone else 0):
                self.entry = None
        if len(s.text) <= 40 and ENTRY_HEAD_RE.match(s.text):
            spans = find_dates(s.text, s.lang)
            if len(spans) == 1 and spans[0].kind in ("dm", "iso") and not WORD_LEFT_RE.search(
                    s.text[:spans[0].start] + s.text[spans[0].end:]):
                self.entry = (spans[0], s.paragraph, True, s.index)
                return
        m = ERA_HEAD_RE.match(s.text)
        if m:
            self.era = int(m.group(1))
        elif s.headline or (len(s.text.split()) <= 8 and not s.text.rstrip().endswith(
                (".", "!", "?", "…", ":", "»", '"'))):
            self.era = None

    def _entry_contact(self, s: Sentence, actors: list[Actor], hits: list[Hit]) -> Hit | None:
        """"June 2013, Lough Erne, Northern Ireland: at a G8 summit the two acknowledged their
        differences …": an entry headed by a date and a place, whose text has the pair as its
        subject and tells of no contact held, is the pair's meeting there and then (the
        explainer lists encounters). Not one naming someone else, nor one without a place."""
        span, head, _para, _end = self.inline
        if head != s.index or not all(self.main_pair) or any(
                h.pair and h.status == "held" for h in hits):
            return None
        text = s.text
        colon = INLINE_HEAD_TAIL_RE.match(text, span.end)
        places = [p for p in self.places.find(text[:colon.end()]) if p[0] >= span.end]
        if not places or any(a.kind in ("third", "official") for a in actors):
            return None
        named = {a.person for a in actors if a.kind == "name"}
        subject = PAIR_SUBJECT_RE.search(text, colon.end())
        if not (subject or set(self.main_pair) <= named) or (named - set(self.main_pair)):
            return None
        start, end = (subject.start(), subject.end()) if subject else (colon.end(),
                                                                          colon.end())
        hit = Hit(s.index, Trigger(start, end, "meeting"), self.main_pair[0],
                  self.main_pair[1], "meeting", True, "held", bool(not subject),
                  in_person=True)
        self._set_date(hit, span, s.index)
        hit.location, hit.location_text = places[0][2], text[places[0][0]:places[0][1]]
        return hit if hit.date is not None else None

    def _date_by_entry(self, s: Sentence, hits: list[Hit]) -> None:
        """Under a dated timeline entry, a contact the sentence does not date is the entry's:
        "12 февраля. Путин и Трамп проводят первый разговор" (a present tense, so the date
        decides whether it was held)."""
        span, head = self.entry[0], self.entry[3]
        for h in hits:
            if h.pair and h.date is None and h.status in ("held", "unclear") and \
                    not h.trigger.anaphoric:
                self._set_date(h, span, head)  # the heading is the date's evidence

    def _date_by_era(self, s: Sentence, hits: list[Hit]) -> None:
        """Under a timeline entry, a held contact the sentence does not date happened in the
        entry's year, between whoever held the offices then."""
        on = dt.date(self.era, 7, 1)
        for h in hits:
            if h.status not in ("held", "unclear") or h.date is not None or (
                    h.pair is None and h.us is None and h.ru is None and not h.explicit):
                continue
            if not h.explicit:
                h.us = self.finder.holder("us_president", on, ("president",)) or h.us
                h.ru = self.finder.holder("ru_president", on, ("president",)) or h.ru
            if h.pair is None:
                continue
            h.status = "held"
            h.date = Resolved(f"{self.era:04d}", False)
            h.date_text = str(self.era)
            h.date_sentence = s.index
            h.vague_past = False

    def _late_status(self, layout: Layout, trigger: Trigger, cues: list[Cue]) -> str | None:
        """"Зустріч …, про яку оголосив Макрон, не відбудеться": a subject whose clause says
        nothing takes the cancel or postpone word that ends the sentence, if no other contact
        word stands between them."""
        text = layout.text
        for c in cues:
            occurred = c.kind == "held" and OCCURRED_RE.match(text, c.start)
            # (a contact named after "after" between them is a point in time, not the
            # subject: "The summit that Trump announced after last Thursday's call … is off")
            if (c.kind not in ("cancel", "postpone") and not occurred) or c.start < trigger.end \
                    or any(trigger.end <= o.start < c.start and not AFTER_PHRASE_RE.search(
                        text, max(0, o.start - 50), o.start) for o in self._others) or \
                    layout.distance((trigger.start, trigger.end), (c.start, c.end)) > 20:
                continue
            # "Женевський саміт …, що відбувся в середу, тривав …": it took place
            return "held" if occurred else "cancelled" if c.kind == "cancel" else "postponed"
        return None

    def _infer_pair(self, hits: list[Hit], actors: list[Actor]) -> list[Hit]:
        """"Другий дзвінок, у понеділок, відбувся …", "last night's call lasted …", "разговор
        с Трампом в воскресенье состоялся": a contact word whose clause names nobody else, or
        only one of the article's pair, is that pair's contact when it carries a date of its
        own or an ordinal (checked by the caller after dating)."""
        if not all(self.main_pair):
            return []
        text, layout = self._text, self._layout
        out = []
        for h in hits:
            t = h.trigger
            # "Саммит в Будапеште, который Трамп отложил", "The summit … is off", "Полноценная
            # встреча … была отменена Трампом": a called-off plan naming one side or none is
            # the article's pair's (the one who calls it off is a side, not a third party)
            plan = _called_off(h)
            # not "talks" (of delegations, countries), not "the invitation" (said before)
            if h.pair is not None or (t.kind == "generic" and not (
                    plan and (h.us or h.ru))) or t.anaphoric or VISIT_RE.match(
                    text, t.start) or (
                    DEFINITE_BEFORE_RE.search(text[max(0, t.start - 12):t.start]) and not
                    ORDINAL_START_RE.match(text, t.start) and not h.past_plan and not plan):
                continue  # "the second call" is one more, "the call" the one before (but
                # "The summit was due to take place in late October" tells that one's plan)
            if (h.us and h.us != self.main_pair[0]) or (h.ru and h.ru != self.main_pair[1]):
                continue
            if EVENT_HEAD_RE.search(text, max(0, t.start - 30), t.start):
                continue  # "Сегодня завершается второй день саммита": the event, not theirs
            ci = layout.clause(t.start)
            # a side named only in another clause ("A meeting planned for May … was cancelled
            # after Putin decided to skip the summit") leaves the contact word's own clause
            # naming nobody
            named_here = any(a.person in (h.us, h.ru) and layout.clause(a.start) == ci
                             and not (a.start > t.end and CAUSE_AFTER_RE.search(
                                 text, t.end, a.start))
                             for a in actors if a.person)
            # ("після саміту в Гельсінкі в липні Трамп запросив …": the one named after a
            # background mention's own date is the subject of what came after it, and the
            # summit then was the article's pair's)
            ends = [d for d, tr in self._background.items() if tr == t.start]
            after_background = bool(ends) and all(
                a.start > ends[0] for a in actors if a.person in (h.us, h.ru) and
                layout.clause(a.start) == ci)
            # ("For Vladimir Putin, Monday's summit in Helsinki was a victory": a day's
            # possessive makes the summit one occasion, the news's)
            day_owned = DAY_OWNED_RE.search(text, max(0, t.start - 30), t.start) is not None
            if (h.us or h.ru) and named_here and t.kind not in ("call", "video_call") and \
                    not plan and not after_background and not day_owned and not any(
                        a.person in (h.us, h.ru) and _governs(layout, t, a) for a in actors):
                continue  # one side named: only "a call", or "разговор с Трампом"
            # (an official in another clause after the contact word only comments on it:
            # "Feb. 12 — A phone call from Camp David; a U.S. official says …")
            if any((a.kind == "third" and not self._governed_by_other(layout, t, a) and
                    layout.clause(a.start) - ci <= 1) or (
                    a.kind == "official" and not SPEECH_GATE.search(text[a.end:t.start])
                    and not (a.start > t.end and layout.clause(a.start) != ci))
                   for a in actors) or (
                        (h.us or h.ru) and not plan and SINGULAR_RE.search(
                            text[slice(*layout.clause_span(ci))])):
                continue  # an official only as the one who tells of it; "він зустрівся з"
            # (a person named two clauses on is another matter: "Встреча должна была
            # состояться еще в мае, …, однако Путин отказался …, и вместо него в США
            # отправился премьер Дмитрий Медведев")
            free = [a for a in actors if a.kind in ("name", "role", "self")
                    and not self._governed_by_other(layout, t, a)
                    and a.person not in self.main_pair
                    and layout.clause(a.start) - ci <= 1]
            if free or any(a.kind == "group" and layout.clause(a.start) == ci and
                           OTHERS_AFTER_RE.match(text, a.end) for a in actors):
                continue  # (and "«двадцатки», лидеры которой провели саммит": others')
            if h.us is None and h.ru is None and any(
                    a.kind in ("name", "role", "self") and not self._governed_by_other(
                        layout, t, a) for a in actors):
                continue  # the pair named elsewhere in the sentence is read by its own words
            h.us, h.ru = self.main_pair
            out.append(h)
        return out

    def _governed_by_other(self, layout: Layout, trigger: Trigger, a: Actor) -> bool:
        """"перед встречей Дональда Трампа с Зеленским": a name another contact word governs."""
        return any(o.start != trigger.start and o.end <= a.start and _governs(layout, o, a)
                   for o in self._triggers)

    def _hit(self, s: Sentence, layout: Layout, trigger: Trigger, actors: list[Actor],
             cues: list[Cue], third_clauses: set[int], places) -> Hit | None:
        text = s.text
        ci = layout.clause(trigger.start)
        c_start, c_end = layout.clause_span(ci)
        clause_text = text[c_start:c_end]
        in_clause = [a for a in actors if layout.clause(a.start) == ci]
        # "Путин, Трамп и король Сальман провели трехсторонний разговор": a contact of
        # three or more that both presidents take part in is theirs too
        multi = MULTI_RE.search(text[max(0, trigger.start - 30):trigger.end]) is not None
        for a in in_clause:
            if a.kind in ("third", "official") and not multi and _governs(
                    layout, trigger, a) and not any(trigger.end <= o.start < a.start
                                                    for o in self._others) and not (
                    # "spoke with Putin on Wednesday and with Zelensky on Thursday": a
                    # second contact of the same verb, after one with the other side
                    AND_WITH_BEFORE_RE.search(text, max(0, a.start - 12), a.start) and any(
                        b.kind in ("name", "role") and trigger.end <= b.start < a.start
                        for b in in_clause)) and not any(
                    b.kind in ("name", "role") and trigger.end <= b.start < a.start and
                    layout.distance((trigger.start, trigger.end), (b.start, b.end)) == 0
                    and any(c.kind in ("name", "role") and c.end <= trigger.start and
                            c.country not in (None, b.country) for c in in_clause)
                    and not any(o.start < trigger.start and layout.clause(o.start) == ci
                                for o in self._others)
                    for b in in_clause):
                # (not when the two stand on both sides of the contact word: "Трамп
                # зателефонував Путіну просто з наради з європейськими лідерами")
                return None  # the other side is a third party or an official (not the
                # other side of a contact word between them: "call … after talks with X")
        before = [a for a in in_clause if a.end <= trigger.start and a.kind in (
            "third", "official", "name", "role", "self", "group", "pronoun")]
        if before and not multi and before[-1].kind in ("third", "official") and not any(
                a.kind in ("name", "role", "self", "group") and a.start > before[-1].start
                for a in before) and not SPEECH_GATE.search(
                    text[before[-1].end:trigger.start]) and not TELLER_BEFORE_RE.search(
                        text, max(0, before[-1].start - 25), before[-1].start):
            # "Макрон провів розмови з Путіним", "Trump's envoy Witkoff met Putin"; not
            # "Officials said … a call between the two": the official only reports it
            return None
        if ci > 0 and WHO_START_RE.match(text, c_start) and not any(
                a.kind in ("name", "role", "self", "group", "pronoun")
                and c_start <= a.start < trigger.start for a in actors):
            # "спецпосланник Стив Уиткофф, который встретился с Путиным", "Witkoff, who
            # met Putin": the relative clause's subject is the noun before it
            antecedent = [a for a in actors if a.end <= c_start and a.kind in (
                "name", "role", "self", "third", "official")]
            if antecedent and antecedent[-1].kind in ("third", "official"):
                return None
        if SINCE_BEFORE_RE.search(text, max(0, trigger.start - 40), trigger.start) and \
                FIRST_RE.search(text, max(0, trigger.start - 120), trigger.start):
            # "поговорили вперше після саміту на Алясці", "their first call since the summit":
            # the contact after "since" is a reference point: a contact only with a date of
            # its own ("перша розмова після зустрічі в Анкориджі 15 серпня")
            trigger = Trigger(trigger.start, trigger.end, trigger.kind, True)
        if trigger.kind in ("meeting", "generic", "talk") and _discussed_object(layout, trigger):
            return None  # "обговорювали війну … та тристоронні переговори": a topic
        if trigger.kind == "meeting" and EVENT_HEAD_RE.search(
                text, max(0, trigger.start - 30), trigger.start) and EVENT_NOUN_RE.fullmatch(
                    text, trigger.start, trigger.end):
            return None  # "В последний день саммита Обама провел встречу с …": the event
        if trigger.kind == "joint":
            subjects = in_clause
            if ci > 0 and WHO_START_RE.match(text, c_start):
                # "Обама і Путін, які востаннє бачилися в Пекіні": the relative clause's
                # subject is the noun before it
                subjects = [a for a in actors if layout.clause(a.start) == ci - 1] + in_clause
            trigger = self._joint(layout, trigger, subjects)
            if trigger is None:
                return None
        if trigger.kind in ("generic", "talk"):
            if ci not in self._process:
                self._process[ci] = is_process(clause_text)
            if self._process[ci]:
                return None
        # "Monday's talks … came three days after Friday's summit between Trump and Putin":
        # the names another contact word governs are that contact's sides
        people = [a for a in in_clause if a.kind in ("name", "role", "self") and not any(
            trigger.end <= o.start and o.end <= a.start and _governs(layout, o, a)
            for o in self._others)]
        if trigger.kind == "generic" and not people and ci > 0 and (
                RELATIVE_START_RE.match(text, c_start) or WHO_START_RE.match(text, c_start)):
            # "переход, которому должны предшествовать переговоры": talks in a relative
            # clause that names no side are the noun's business, not the pair's
            return None
        if not {"US", "RU"} <= {a.country for a in people}:
            people += [a for a in actors if a.kind in ("name", "role", "self")
                       and layout.clause(a.start) != ci
                       and not self._governed_by_other(layout, trigger, a)]
        us = self._closest(layout, trigger, [a for a in people if a.country == "US"])
        ru = self._closest(layout, trigger, [a for a in people if a.country == "RU"])
        if bool(us) != bool(ru) and VISIT_RE.match(text, trigger.start):
            us, ru = self._host(layout, trigger, us, ru)
        explicit = bool(us and ru)
        if not explicit:
            # not "лідерів кількох європейських країн", "leaders of other countries": a group
            # of others
            group = [a for a in in_clause if a.kind in ("group", "pronoun")
                     and not OTHERS_AFTER_RE.match(text, a.end)] or [
                a for a in actors if a.kind == "group" and layout.clause(a.start)
                not in third_clauses and not OTHERS_AFTER_RE.match(text, a.end)]
            if group and any(a.kind == "group" and OTHERS_AFTER_RE.match(text, a.end) and
                             group[0].end <= a.start < trigger.start for a in actors):
                return None  # "Они высказались …, лидеры которой провели саммит": the
                # nearer group, of others, is the contact's subject
            if group and group[0].kind == "pronoun":
                # "Зеленський прибуде до Вашингтона, де його прийме Трамп": a pronoun stands
                # for the person named last before it, here a third party
                before = [a for a in actors if a.end <= group[0].start and a.kind in (
                    "name", "role", "self", "third", "official")]
                if before and before[-1].kind in ("third", "official"):
                    return None
            # ("… Байден і Путін говорили телефоном. Востаннє вони спілкувалися 12 лютого":
            # "they" right after a sentence of the pair's contact, with a day or month of
            # their own, are the pair, whatever the verb)
            they = bool(group) and group[0].kind == "pronoun" and \
                self.last_pair is not None and self.last_pair[0] == s.index - 1 and \
                THEY_RE.fullmatch(text, group[0].start, group[0].end) is not None and \
                any(d.absolute or d.kind == "dm" for d in find_dates(text, s.lang))
                # (with a date of their own: "They later spoke again on the margins" is told
                # by its own words)
            if group and (us or ru or trigger.kind != "generic" or group[0].kind == "group"
                          or they):
                lead = [a for a in in_clause if a.start < trigger.start and a.kind in (
                    "official", "group", "pronoun")]
                if lead and lead[-1].kind == "official" and not SPEECH_GATE.search(
                        text[lead[-1].end:trigger.start]) and not TELLER_BEFORE_RE.search(
                            text, max(0, lead[-1].start - 25), lead[-1].start):
                    # (not "По словам помощника Приходько, следующая встреча лидеров …":
                    # the official only tells of it)
                    return None  # "their envoys met" (not "…, the two presidents spoke")
                pair = self.main_pair
                if group[0].kind == "pronoun" and self.last_pair is not None and \
                        self.last_pair[0] == s.index - 1:
                    # "Last Monday Putin telephoned Trump … . According to the Kremlin, they
                    # agreed …": "they" are the pair of the sentence before, not the article's
                    pair = self.last_pair[1]
                us = us or pair[0]
                ru = ru or pair[1]
        # a cancel or postpone word governs the contact word next to it: "пообщались в
        # Париже, полноценные переговоры перенесли" postpones the talks only
        clause_cues = [c for c in cues if layout.clause(c.start) == ci and not (
            c.kind in ("cancel", "postpone") and any(
                min(c.end, trigger.end) <= o.start and o.end <= max(c.start, trigger.start)
                for o in self._others))]
        status = status_of(trigger, text, layout, clause_cues)
        if status == "unclear" or (status == "announced" and (PAST_PLAN_RE.search(
                text, c_start, c_end) or RELATIVE_AFTER_RE.match(text, trigger.end))):
            # (and a plan a relative clause after it tells the end of: "домовилися про саміт
            # у Будапешті, який згодом відклали", "plans for a summit, which were shelved")
            # (and a plan as it stood: "A full meeting had been planned …, but Trump called
            # it off two days before")
            late = self._late_status(layout, trigger, cues)
            status = late if late in ("cancelled", "postponed") or status == "unclear" and \
                late else status
        if status in ("unclear", "held") and trigger.kind in ("meeting", "generic") and (
                ANNOUNCED_OBJECT_RE.search(text, max(0, trigger.start - 40), trigger.start) or (
                    ABOUT_START_RE.match(text, c_start, trigger.start) and
                    ANNOUNCE_VERB_RE.search(text, trigger.end, c_end))):
            # "Про саміт в угорській столиці Трамп оголосив 16 жовтня", "announced the
            # Budapest summit": what is announced is a plan, not a contact held
            status = "announced"
        if status == "unclear" and OPENING_PARTICIPLE_RE.match(text, trigger.start) and \
                not text[:trigger.start].strip(" \"'«*_—–-") and "," in text[trigger.end:] and \
                not any(c.kind in ("future", "hypo", "agree") for c in cues):
            # "Meeting on the sidelines of the APEC summit, the two leaders told reporters …",
            # "Встретившись на полях саммита, Обама и Медведев заявили …": a participle
            # opening a sentence told in the past is a contact that took place
            status = "held"
        if status == "announced" and PAST_CONTACT_VERB_RE.fullmatch(
                text, trigger.start, trigger.end) and not any(
                    c.kind in ("future", "agree", "hypo") and not LATER_RE.fullmatch(
                        text, c.start, c.end) for c in clause_cues):
            # "а згодом спілкувалися під час обіду": "later" with a verb in the past is
            # afterwards, not a plan
            status = "held"
        during = DURING_THE_RE.search(text, max(0, trigger.start - 30), trigger.start)
        if trigger.kind in ("call", "meeting", "video_call") and during and (
                DEFINITE_START_RE.search(during.group(0)) or
                DEFINITE_START_RE.match(text, trigger.start)) and not any(
                    a.kind in ("name", "role") and a.start > trigger.end and
                    a.start - trigger.end < 12 for a in actors):
            # "agreed during the call to hold talks …": the call told before is where the
            # plan was made, not a plan of its own (not "during the call with Putin")
            status = "held"
            trigger = Trigger(trigger.start, trigger.end, trigger.kind, True)
        if status in ("announced", "unclear") and PAST_CONTACT_VERB_RE.fullmatch(
                text, trigger.start, trigger.end) and WHEN_BEFORE_RE.search(
                    text, max(0, trigger.start - 40), trigger.start):
            # "had been agreed when the two leaders met in June": a when-clause keeps the
            # tense of its own verb, past, whatever the plan around it
            status = "held"
        if status == "unclear" and s.headline and HEADLINE_PRESENT_RE.search(clause_text):
            status = "held"  # "Trump, Putin hold two-hour call": a headline's present is past
        if ci > 0 and COMPLEMENT_RE.match(text, c_start) and any(
                c.kind == "deny" and layout.clause(c.start) == ci - 1 for c in cues):
            return None  # "Пєсков заперечив, що Путін і Трамп розмовляли": denied
        background = None if trigger.kind == "generic" else self._background_date(
            layout, trigger, actors, places, s.lang)
        if background is not None:
            self._background[background.start] = trigger.start
            # "have not met since their summit in Helsinki in July", "перший саміт після
            # женевської зустрічі … в червні 2021 року": a contact named after since/after
            # with a past date of its own was held then, whatever the clause's verb says
            status = "held"
            trigger = Trigger(trigger.start, trigger.end, trigger.kind, False)
        if status in ("announced", "unclear") and trigger.kind in ("meeting", "call", "talk") \
                and not VERB_TRIGGER_RE.match(text, trigger.start):
            ev = EVALUATED_RE.search(text, trigger.end, c_end)
            if ev and not any(trigger.end <= o.start < ev.start() for o in self._others):
                # "Analysts say a meeting between Biden and Putin would achieve little",
                # "зустріч нічого не змінить": what a contact would do, not one planned
                return None
        if status in ("negated", "hypothetical"):
            return None
        kind = trigger.kind
        guessed = kind in ("talk", "generic")
        if guessed:
            # a place counts unless another contact word stands between them: "обговорили
            # війну і домовилися про зустріч у Будапешті" places the meeting, not the talk
            # "особиста зустріч … після розмови": an in-person word is the contact word's
            # next to it, not one past another contact word
            near = any(not any(min(c_start + m.start(), trigger.end) <= o.start < max(
                c_start + m.start(), trigger.start) for o in self._others)
                for m in IN_PERSON_RE.finditer(clause_text)) or any(
                layout.clause(p[0]) == ci and not any(
                    min(p[0], trigger.end) <= o.start < max(p[0], trigger.start) or (
                        # "зустрілися в Анкориджі 15 серпня і знову поговорили": the place is
                        # the conjunct before's
                        o.end <= p[0] and p[1] <= trigger.start and CONJ_RE.search(
                            text, p[1], trigger.start))
                    for o in self._others) for p in self._places)
            # held "переговори", "talks" without a phone word were face to face ("розмова",
            # "спілкувалися", "spoke" are mostly calls); announced ones may still be a call
            near = near or (status != "announced" and NEGOTIATION_RE.match(text, trigger.start))
            kind = "meeting" if near else "call"
            if STANDING_RE.search(text) or (BRIEF_SETTING_RE.search(clause_text) and not
                                            NEGOTIATION_RE.match(text, trigger.start)):
                # (and a talk in the corridors or over dinner: "поспілкувалися в кулуарах
                # саміту", "ограничились беседой на ужине"; not "переговоры в кулуарах")
                # "spoke again on the margins …, describing the contacts as «on the go»",
                # "поговорили на ходу": a few words standing, a brief encounter
                kind = "brief_encounter"
        vague = status == "held" and any(c.kind == "past" for c in clause_cues)
        counted = any(c.kind == "count" and layout.distance(
            (c.start, c.end), (trigger.start, trigger.end)) <= 4 for c in clause_cues)
        hit = Hit(s.index, trigger, us, ru, kind, guessed, status, explicit, vague_past=vague,
                  in_person=guessed and kind in ("meeting", "brief_encounter"), count=counted)
        if status == "announced":  # "had been expected to meet", "Встреча должна была"
            hit.past_plan = any(layout.distance((p.start(), p.end()), (
                trigger.start, trigger.end)) <= 4 for p in PAST_PLAN_RE.finditer(
                    text, c_start, c_end)) or (
                # "Ранее предполагалось, что в Кэмп-Дэвиде Обама и Путин проведут
                # переговоры": the plan as it stood, told in the clause the that-clause
                # completes
                ci > 0 and COMPLEMENT_RE.match(text, c_start) is not None and
                PAST_PLAN_RE.search(text, layout.clause_span(ci - 1)[0], c_start) is not None)
        if kind in ("meeting", "brief_encounter"):
            self._assign_place(layout, hit, places, third_clauses)
        return hit

    @staticmethod
    def _joint(layout: Layout, trigger: Trigger, in_clause: list[Actor]) -> Trigger | None:
        """A joint act ("обсуждали", "signed", "saw each other") reports a contact only when
        both presidents, or the pair as a group, are its subject (or one is the subject and
        the other follows "with"); it is then a meeting (signing, seeing each other) or a
        contact of unknown type."""
        before = [a for a in in_clause if a.end <= trigger.start and a.kind in (
            "name", "role", "self", "group", "pronoun", "third", "official")]
        after = [a for a in in_clause if a.start >= trigger.end and a.kind in (
            "name", "role", "self") and _with_before(layout, a.start, 2)]
        if ANAPHORIC_NOUN_RE.search(layout.text, trigger.end, min(len(layout.text),
                                                                   trigger.end + 25)):
            return None  # "обговорили цю розмову": a contact as the topic, not a contact
        if not before or before[-1].kind in ("third", "official") or layout.distance(
                (before[-1].start, before[-1].end), (trigger.start, trigger.end)) > 4:
            return None  # the subject stands right before the verb
        countries = {a.country for a in before + after if a.kind in ("name", "role", "self")}
        text = layout.text
        subject = before[-1]
        prev = layout.words_before(subject.start, 1)
        # "opposition leaders signed a deal": an English noun before "leaders" names others
        grouped = subject.kind == "pronoun" or (subject.kind == "group" and (
            PAIR_GROUP_RE.search(text[subject.start:subject.end]) or not prev or
            not prev[0].isascii() or prev[0] in ("the", "and", "then", "these", "their")))
        if not ({"US", "RU"} <= countries or grouped):
            return None
        # seeing each other is in person (IN_PERSON_RE); signing is a meeting
        word = text[trigger.start:trigger.end].lower()
        kind = "meeting" if re.match(r"(?:підпис|подпис|sign)", word) else "talk"
        return Trigger(trigger.start, trigger.end, kind, trigger.anaphoric)

    def _host(self, layout: Layout, trigger: Trigger, us: str | None,
              ru: str | None) -> tuple[str | None, str | None]:
        """"візит Обами до Москви", "Putin's Washington visit": a president's visit to the
        other's country is a meeting with whoever holds the other office then (six words
        reach past a role phrase: "Візит президента Росії Володимира Путіна до Вашингтона")."""
        ci = layout.clause(trigger.start)
        wanted = "RU" if us else "US"
        if not any(layout.clause(p[0]) == ci and self.places.country.get(p[2]) == wanted and
                   layout.distance((p[0], p[1]), (trigger.start, trigger.end)) <= 6
                   for p in self._places):
            return us, ru
        on = dt.date(self.era, 7, 1) if self.era is not None else self.published
        office = "ru_president" if wanted == "RU" else "us_president"
        host = self.finder.holder(office, on, ("president",))
        return (us, host) if wanted == "RU" else (host, ru)

    @staticmethod
    def _closest(layout: Layout, trigger: Trigger, actors: list[Actor]) -> str | None:
        if not actors:
            return None
        best = min(actors, key=lambda a: (
            layout.clause(a.start) != layout.clause(trigger.start),
            layout.distance((a.start, a.end), (trigger.start, trigger.end))))
        return best.person

    def _assign_place(self, layout: Layout, hit: Hit, places, third_clauses: set[int]) -> None:
        t = hit.trigger
        ci = layout.clause(t.start)
        options = [p for p in places if layout.clause(p[0]) not in third_clauses
                   and not (layout.words_before(p[0], 1) and
                            layout.words_before(p[0], 1)[0] in ("з", "із", "from", "из"))
                   and not PLACE_ACTS_RE.match(layout.text, p[1])]
        if not options:
            return
        best = min(options, key=lambda p: (layout.clause(p[0]) != ci,
                                           layout.distance((p[0], p[1]), (t.start, t.end))))
        own = {ci}  # its clause and a relative clause right after it describe it
        if ci + 1 < len(layout.clause_starts) and RELATIVE_START_RE.match(
                layout.text, layout.clause_starts[ci + 1]):
            own.add(ci + 1)  # "A meeting that had been expected in Paris"
        if hit.status in ("cancelled", "postponed") and layout.clause(best[0]) not in own:
            return  # a plan called off is placed by its own words ("саміт у Москві")
        hit.location = best[2]
        hit.location_text = layout.text[best[0]:best[1]]

    def _assign_dates(self, s: Sentence, layout: Layout, hits: list[Hit],
                      dates: list[DateSpan], blocked: list[Trigger]) -> None:
        if not hits:
            return
        text = s.text
        # (not a saying told in the contact itself: "вчера сообщил Бараку Обаме в ходе
        # телефонного разговора", "told Putin during their call": its day is the contact's)
        speech = [(m.start(), m.end()) for m in SPEECH_GATE.finditer(text) if not any(
            0 < h.trigger.start - m.end() < 60 and SAID_IN_RE.search(
                text, max(m.end(), h.trigger.start - 25), h.trigger.start) for h in hits)]
        claims: dict[int, list[DateSpan]] = {}
        free: list[DateSpan] = []
        for span in dates:
            d_span = (span.start, span.end)
            owner = next((i for i, h in enumerate(hits) if h.status == "held" and
                          self._background.get(span.start) == h.trigger.start), None)
            if owner is not None:
                claims.setdefault(owner, []).append(span)  # "since their summit in July"
                continue
            # names and durations between a contact word and its date do not part them
            # ("Саміт Дональда Трампа і Путіна 16 липня", "met for an hour and a half on
            # Monday")
            dist_hits = [(_gap(layout, d_span, (h.trigger.start, h.trigger.end), self._skip), i)
                         for i, h in enumerate(hits)]
            near_speech = min((layout.distance(d_span, sp) for sp in speech
                               if not REPORTED_RE.search(text[min(sp[1], span.end):
                                                              max(sp[0], span.start)])),
                              default=99)
            # "відбулася наприкінці грудня, невдовзі після зустрічі … з Зеленським": a contact
            # named after "after"/"before" only places ours in time
            near_blocked = min((_gap(layout, d_span, (t.start, t.end), self._skip) for t in blocked
                                if layout.clause(t.start) == layout.clause(span.start)
                                and not (t.start > span.end and TIME_REF_RE.search(
                                    text[span.end:t.start]))),
                               default=99)
            best_d, best_i = min(dist_hits)
            if near_speech <= 1 and near_speech < best_d and best_d > 1:
                continue  # "said on Wednesday": when it was reported, not when it happened
            if any(sp[0] >= span.end and not text[span.end:sp[0]].strip() and not any(
                    h.trigger.start < sp[0] and h.trigger.end > span.end for h in hits)
                   for sp in speech):
                continue  # "The Kremlin on Tuesday confirmed a call": the report's day
            if PUBLISHED_BEFORE_RE.search(text, max(0, span.start - 30), span.start):
                continue  # "in a report published on Tuesday": the report's day
            verb = ED_VERB_RE.match(text, span.end)
            if verb and span.kind != "iso" and not any(
                    h.trigger.start <= verb.start(1) < h.trigger.end or (
                        h.trigger.end <= span.start and layout.distance(
                            (h.trigger.start, h.trigger.end), (span.start, span.end)) <= 1)
                    for h in hits) and layout.word(span.start) > 0:
                # (not when the contact is the subject: "The call on Monday lasted 40 minutes")
                # "Trump on Tuesday defended his summit with Putin", "… on Monday announced a
                # summit": a date between a subject and its verb dates that verb (English)
                continue
            if all(_attribution_date(s, span, h.trigger) for h in hits):
                continue  # the telling's date, after the quote that holds the contact
            initial = layout.word(span.start) <= 2  # "У понеділок Трамп …" covers the sentence
            if WHEN_AFTER_RE.match(text, span.end):
                # "have not spoken since Feb. 12, when they held a 62-minute call": the
                # when-clause's contact is the date's, whatever the clause before it says
                nxt = layout.clause(span.end + 2)
                when = [i for _, i in sorted(dist_hits)
                        if layout.clause(hits[i].trigger.start) == nxt]
                if when and near_blocked < best_d:
                    claims.setdefault(when[0], []).append(span)
                    continue
            if near_blocked < best_d and not initial:
                continue  # the date of a contact with someone else
            free.append(span)  # neither the report's date nor another contact's
            near = [(d, i) for d, i in dist_hits
                    if not _attribution_date(s, span, hits[i].trigger)
                    and d <= (3 if hits[i].status == "unclear" else MAX_DATE_DISTANCE)
                    and layout.clause(span.start) == layout.clause(hits[i].trigger.start)
                    and not (span.end <= hits[i].trigger.start and TIME_REF_RE.search(
                        text[span.end:hits[i].trigger.start]))
                    and not _report_between(text, speech, span, hits[i].trigger)
                    and not _relative_aside(layout, span, hits[i].trigger, self._triggers,
                                            self._skip)
                    and not _closes_conjunct(layout, span, hits[i].trigger, hits)
                    # "their first call since Biden took office in January": the date is
                    # the since-clause's event
                    and not (hits[i].trigger.end <= span.start and SINCE_WORD_RE.search(
                        text, hits[i].trigger.end, span.start))]
            # ("on Monday, days after Trump's summit with Putin": the summit is not Monday's)
            if WHEN_AFTER_RE.match(text, span.end):
                # "was agreed on Oct. 16, when Trump and Putin spoke by phone": the date
                # is the when-clause's contact's
                nxt = layout.clause(span.end + 2)
                when = [(d, i) for d, i in dist_hits if layout.clause(hits[i].trigger.start)
                        == nxt]
                near = when or near
            rel_start = layout.clause_span(layout.clause(span.start))[0]
            other_subject = OWN_SUBJECT_RE.match(text, rel_start)
            if not near and RELATIVE_START_RE.match(text, rel_start) and \
                    layout.clause(span.start) not in self._teller_clauses and not (
                        other_subject and not any(
                            a[0] == other_subject.start("subj") for a in self._skip)):
                # (nor "A summit … that France brokered only days ago": a subject of its
                # own, not one of the pair, makes the date its act's)
                # (not "…, which Macron proposed on Sunday,": the date of another's act)
                # "зустріч, яка планувалася на початок вересня": the clause describes the
                # contact named just before it
                prev = layout.clause(span.start) - 1
                near = [(d, i) for d, i in dist_hits if layout.clause(
                    hits[i].trigger.start) == prev and d <= 2 * MAX_DATE_DISTANCE and
                    not _relative_aside(layout, span, hits[i].trigger, self._triggers,
                                        self._skip)]
            if not near:
                # "Their only meeting … since Trump's return to the White House took place in
                # Alaska last August": the contact's own verb of taking place brings its date,
                # however long the subject
                near = [(d, i) for d, i in dist_hits if _took_place_on(
                    layout, hits[i].trigger, span, self._triggers)]
            if not near and PARTICIPLE_BEFORE_RE.search(text[max(0, span.start - 40):span.start]):
                # "розмови, що відбулася в п'ятницю": the clause after the comma may be its own
                near = [(d, i) for d, i in dist_hits if hits[i].trigger.end <= span.start and
                        0 <= layout.clause(span.start) - layout.clause(hits[i].trigger.start)
                        <= 1 and d <= 2 * MAX_DATE_DISTANCE]
            if near:
                ordered, one = sorted(near), True
            elif initial:
                # (a contact of unclear status in what someone said after the opening day
                # does not take the day of the saying: "On Thursday … Putin said … that a
                # visit could come once conditions allowed")
                ordered, one = [(d, i) for d, i in sorted(dist_hits) if not (
                    hits[i].status in ("unclear", "announced") and any(
                        span.end <= a and THAT_RE.search(text, b, hits[i].trigger.start)
                        for a, b in speech))], False
            else:
                continue
            for _, i in ordered:
                if span.past and hits[i].status == "announced" and not hits[i].past_plan:
                    continue  # "ще в травні" cannot date an announced contact (but a plan as
                    # it stood can: "Встреча должна была состояться еще в мае")
                if hits[i].status == "postponed" and (NEW_DATE_RE.search(
                        text[max(0, span.start - 12):span.start]) or NEW_DATE_START_RE.match(
                            span.text) or NOT_BEFORE_RE.search(
                                text[max(0, span.start - 20):span.start])):
                    continue  # "moved to next week": the new date is not the contact's
                claims.setdefault(i, []).append(span)
                if one:
                    break
        for i, hit in enumerate(hits):
            t = (hit.trigger.start, hit.trigger.end)
            spans = sorted(claims.get(i, []), key=lambda d: _gap(layout, (d.start, d.end), t,
                                                                   self._skip))
            if self._frame is not None and spans and spans[0] is self._frame[0]:
                # the framing year gives way to a day or month of the contact's own
                spans = [d for d in spans if d.kind in ("dm", "month", "weekday")] + spans
            elif self._week_end is not None and spans and spans[0].kind == "period":
                spans = [d for d in spans if d.kind == "weekday"] + spans  # (and the week)
            if not spans:
                # "…, с которой Байден выступил в апреле: тогда в телефонном разговоре …"
                c0, c1 = layout.clause_span(layout.clause(hit.trigger.start))
                if THEN_CLAUSE_RE.match(text, c0) or THERE_RE.search(text, c0, c1):
                    # "…; in the end the two men only chatted briefly at a dinner there"
                    spans = [d for d in dates if d.end <= c0][-1:]
            if not spans and hit.status == "held" and hit.pair:
                # "Похожая история случилась и в ноябре в Париже, где … президенты лишь
                # поговорили на ходу": the date and place before ", где" are the where-
                # clause's contact's (when no contact word of their clause takes them)
                where = [m for m in WHERE_COMMA_RE.finditer(text, 0, hit.trigger.start)]
                if where and not any(where[-1].end() <= t.start < hit.trigger.start
                                     for t in self._triggers):
                    w = where[-1].start()
                    spans = [d for d in dates if d.end <= w and w - d.end <= 60 and
                             not any(d.text == h.date_text for h in hits) and
                             not any(layout.clause(t.start) == layout.clause(d.start)
                                     for t in self._triggers)][-1:]
            paired = [h for h in hits if h.pair]
            if not spans and len(dates) == len(free) == 1 and paired == [hit] and \
                    layout.clause(free[0].start) == layout.clause(hit.trigger.start) and \
                    not claims and hit.status in ("held", "announced") and \
                    free[0].kind in ("weekday", "relday", "dm", "iso") and not (
                        free[0].end <= hit.trigger.start and TIME_REF_RE.search(
                            text[free[0].end:hit.trigger.start])):
                # "Медведев, принявший в субботу участие в заседании …, успел коротко
                # переговорить с Обамой": one contact, one date, one clause
                spans = free
            if not spans and s.tweet_date:
                spans = find_dates(s.tweet_date, s.lang)[:1]  # the embedded tweet's date
            if spans:
                self._set_date(hit, spans[0], s.index)
            if hit.date is not None and len(hit.date.value) < 10:
                finer = self._dash_date(layout, hit, dates)
                if finer is not None:
                    self._set_date(hit, finer, s.index)
            elif hit.date is None and hit.pair and not hit.trigger.anaphoric and not hit.count:
                own = self._dash_apposition(layout, hit, dates)
                if own is not None:
                    self._set_date(hit, own, s.index)

    def _first_since(self, s: Sentence, layout: Layout, hits: list[Hit]) -> list[Hit]:
        """"перша зустріч Трампа й Путіна з часів саміту G20 в Осаці 2019 року", "their first
        face-to-face meeting since 2019": the previous contact of that kind, held then."""
        text = s.text
        out: list[Hit] = []
        for h in hits:
            # ("Це перша зустріч" reads as anaphoric, but the earlier one is another contact)
            # ("first call" may be the contact word itself: "first" is then inside it)
            if not h.pair or not FIRST_RE.search(text, max(0, h.trigger.start - 30),
                                                 min(h.trigger.end, h.trigger.start + 6)):
                continue
            m = SINCE_AFTER_RE.match(text, h.trigger.end)
            if m is None:
                continue
            twin = Hit(s.index, h.trigger, h.us, h.ru, h.type, h.type_guessed, "held",
                       h.explicit)
            year = BARE_YEAR_RE.match(text, m.end())
            if year:  # "since 2019": a bare year is no date span of its own
                twin.date = Resolved(year.group(1), False)
                twin.date_text, twin.date_sentence = year.group(1), s.index
            else:
                rest = text[m.end():m.end() + 60]
                span = next((d for d in find_dates(rest, s.lang)
                             if d.kind in ("year", "month", "dm")), None)
                if span is None or layout.distance((m.end() - 1, m.end()), (
                        m.end() + span.start, m.end() + span.end)) > 6:
                    continue
                # "since Osaka in 2019": a place where the two met stands for that contact
                place = next((p for p in self._places if 0 <= p[0] - m.end() <= 1), None)
                if span.start > 3 and not SINCE_EVENT_RE.match(rest) and place is None:
                    continue  # "since Biden took office in 2021": an event of another kind
                self._set_date(twin, span, s.index)
                if place is not None:  # met there: in person, whatever the first one is
                    if twin.type not in ("meeting", "brief_encounter"):
                        twin.type, twin.type_guessed = "meeting", True
                    twin.location, twin.location_text = place[2], text[place[0]:place[1]]
                    if twin.date is not None and _bounds(twin.date.value)[1] < self.published:
                        out.append(twin)  # (a month of this year will do: it is over)
                        continue
            if twin.date is not None and twin.date.value[:4] < self.published.isoformat()[:4]:
                out.append(twin)
        return out

    def _days_after(self, s: Sentence, layout: Layout, hits: list[Hit],
                    dates: list[DateSpan]) -> None:
        """"Trump on Tuesday defended his summit …, a day after the two leaders met",
        "через два дні після розмови": the contact was that many days before the day the
        sentence reports (its date, else the publication's)."""
        text = s.text
        for h in hits:
            if not h.pair or h.status != "held":
                continue
            m = DAYS_AFTER_RE.search(text, max(0, h.trigger.start - 60), h.trigger.start)
            if m is None:
                continue
            word = (m.group("n") or "").lower()
            if not word:
                continue  # "days after": no count to go by
            n = int(word) if word.isdigit() else DAY_COUNTS.get(word, 1)
            # the day the sentence reports, before "after" or after the contact word
            # (a date right after the contact word is its own: "after they met on Monday")
            anchor = next((d for d in dates if (d.end <= m.start() or (
                d.start >= h.trigger.end and _gap(layout, (d.start, d.end), (
                    h.trigger.start, h.trigger.end), self._skip) > 3))
                           and d.kind in ("weekday", "relday", "dm", "iso")), None)
            if h.date is not None and (anchor is None or h.date_text != anchor.text):
                continue  # "… after the two met in Helsinki on Monday": its own date
            probe = Hit(h.sentence, h.trigger, h.us, h.ru, h.type, h.type_guessed, h.status,
                        h.explicit)
            if anchor is not None:
                self._set_date(probe, anchor, s.index)
            day = dt.date.fromisoformat(probe.date.value) if probe.date and len(
                probe.date.value) == 10 else self.published
            h.date = Resolved((day - dt.timedelta(days=n)).isoformat(), True)
            h.date_text, h.date_sentence, h.vague_past = m.group(0).strip(), s.index, False

    def _act_dates(self, layout: Layout, hits: list[Hit], dates: list[DateSpan],
                   cues: list[Cue]) -> None:
        """A date that goes with the act done to a plan is the act's, not the contact's:
        "Зустріч …, відкладена в жовтні", "саммит, который Трамп отложил в октябре", "Obama
        cancelled it on Aug. 7" (the day it was called off); "had agreed on Sunday to meet
        Putin" (the day of the agreement, before the contact word it governs)."""
        text = layout.text
        for h in hits:
            if not h.pair or h.date is None or h.date_sentence != h.sentence:
                continue
            span = next((d for d in dates if d.text == h.date_text), None)
            if span is None:
                continue
            if h.status in ("cancelled", "postponed"):
                # ("объявил об отмене встречи еще в четверг": the act, its contact word,
                # then the act's day)
                acts = [c for c in cues if c.kind in ("cancel", "postpone") and
                        ACT_CUE_RE.match(text, c.start) and c.end <= span.start and (
                            layout.distance((c.start, c.end), (span.start, span.end)) <= 1 or (
                                c.end <= h.trigger.start and h.trigger.end <= span.start and
                                layout.distance((c.start, c.end), (span.start, span.end))
                                <= 3))]
            elif h.status == "announced":
                acts = [c for c in cues if c.kind == "agree" and c.end <= span.start and
                        span.end <= h.trigger.start and layout.distance(
                            (c.start, c.end), (span.start, span.end)) <= 3]
                if not acts and ANNOUNCE_VERB_RE.search(text):
                    # "Про саміт … Трамп оголосив 16 жовтня": the day of announcing it
                    acts = [Cue(m.start(), m.end(), "announce") for m in
                            ANNOUNCE_VERB_RE.finditer(text) if layout.distance(
                                (m.start(), m.end()), (span.start, span.end)) == 0 and
                            not (m.start() < h.trigger.start < span.start)]
            else:
                continue
            if acts and not PLANNED_FOR_RE.search(text, acts[-1].end, span.start + 1) and \
                    not NEW_DATE_START_RE.match(span.text):
                h.date = h.date_text = h.date_sentence = None

    def _act_after(self, layout: Layout, hits: list[Hit], dates: list[DateSpan]) -> None:
        """"Трамп оголосив 16 жовтня після телефонної розмови з Путіним": a day no contact
        took, right before "after" and the contact it names, is that contact's day too (the
        act came straight after it). Only for a held contact the sentence leaves undated."""
        text = layout.text
        taken = {h.date_text for h in hits if h.date_sentence == h.sentence}
        for h in hits:
            if not h.pair or h.status != "held" or h.date is not None or h.count:
                continue
            m = AFTER_ACT_RE.search(text, max(0, h.trigger.start - 40), h.trigger.start)
            if m is None:
                continue
            span = next((d for d in dates if d.end <= m.start() and not text[
                d.end:m.start()].strip(" ,") and d.text not in taken and d.kind in (
                    "dm", "weekday", "relday", "iso")), None)
            if span is not None:
                self._set_date(h, span, h.sentence)

    def _reported_dates(self, layout: Layout, hits: list[Hit],
                        dates: list[DateSpan]) -> None:
        """"В Кремле, сообщившем о беседе в субботу, …", "the Kremlin reported the call on
        Saturday": a contact noun that is what a report verb tells of takes no date from
        the report's clause; the day right after it is the telling's. (A participle or a
        relative clause of its own still dates it: "о беседе, состоявшейся в субботу".)"""
        text = layout.text
        for h in hits:
            if not h.pair or h.date is None or h.date_sentence != h.sentence:
                continue
            if ABOUT_BEFORE_RE.search(text, max(0, h.trigger.start - 12), h.trigger.start) and \
                    any(REPORT_AFTER_RE.match(text, h.trigger.end, d.start) and d.text ==
                        h.date_text for d in dates if d.start > h.trigger.end):
                # "о разговоре объявили во вторник вечером": the day of the announcement
                h.date = h.date_text = h.date_sentence = None
                continue
            if not REPORT_OF_RE.search(text, max(0, h.trigger.start - 40), h.trigger.start):
                continue
            span = next((d for d in dates if d.text == h.date_text and d.start >= h.trigger.end
                         and layout.clause(d.start) == layout.clause(h.trigger.start)
                         and layout.distance((h.trigger.start, h.trigger.end),
                                             (d.start, d.end)) <= 1), None)
            if span is not None:
                h.date = h.date_text = h.date_sentence = None

    def _eve_of_telling(self, hits: list[Hit], dates: list[DateSpan]) -> None:
        """"Speaking on Wednesday, Trump said he had spoken to Putin the previous day",
        "Выступая в среду, Трамп сказал, что накануне говорил с Путиным": the eve is the day
        before the day the sentence tells of, not before the publication ("вчора",
        "yesterday" stay the publication's)."""
        for h in hits:
            if not h.pair or h.date is None or h.date_text is None or \
                    h.date_text.lower() not in EVE_WORDS:
                continue
            eve_span = next((d for d in dates if d.text == h.date_text), None)
            # (not "Накануне, в четверг, …": a day in apposition names the eve itself)
            told = [d for d in dates if d.text != h.date_text and d.kind in (
                "weekday", "dm", "iso") and eve_span is not None and
                    re.search(r"\w", self._text[min(d.end, eve_span.end):
                                                max(d.start, eve_span.start)])]
            if len(told) != 1:
                continue
            day = resolve(told[0], self.published, "past")
            if day is None or len(day.value) != 10:
                continue
            eve = dt.date.fromisoformat(day.value) - dt.timedelta(days=1)
            h.date = Resolved(eve.isoformat(), True)

    def _planned_for(self, s: Sentence, layout: Layout, hits: list[Hit],
                     dates: list[DateSpan]) -> None:
        """"Last month Obama called off a summit … that had been planned for early
        September": a called-off contact is dated by the day it was planned for, not by the
        day it was called off."""
        for h in hits:
            if not h.pair or h.status not in ("cancelled", "postponed"):
                continue
            for m in PLANNED_FOR_RE.finditer(s.text, h.trigger.end):
                if any(h.trigger.end < t.start < m.start() for t in self._triggers):
                    break  # another contact word came in between (ours or another's: "met
                    # Merkel instead, in talks planned for Sept. 4"): its plan, not ours
                # (the date's span may take the preposition along: "намеченная на конец
                # октября")
                span = next((d for d in dates if d.end > m.end() and d.start >= m.start() and
                             layout.distance((m.start(), m.end()), (d.start, d.end)) <= 1),
                            None)
                if span is not None and span.text != h.date_text:
                    self._set_date(h, span, s.index)
                    break

    def _date_by_event(self, s: Sentence, layout: Layout, hits: list[Hit],
                       dates: list[DateSpan], triggers: list[Trigger]) -> None:
        """"agreed to meet on the sidelines of the G20 summit in Los Cabos in June", "had
        been expected to sit down with Putin at the May 18-19 gathering", "met on the
        sidelines of the G20 in Hamburg last July": a meeting at an event the sentence dates
        takes the event's date, however far the words."""
        text = s.text
        undated = [h for h in hits if h.pair and h.date is None and h.status in (
            "announced", "cancelled", "postponed", "held") and h.type in (
                "meeting", "brief_encounter")]
        if not undated or not dates:
            return
        used = {h.date_text for h in hits if h.date_text}
        for m in EVENT_NOUN_RE.finditer(text):
            if any(t.start <= m.start() < t.end for t in triggers):
                continue  # a contact word of its own, not an event
            near_all = [d for d in dates if d.text not in used and
                        layout.clause(d.start) == layout.clause(m.start()) and
                        _gap(layout, (d.start, d.end), (m.start(), m.end()), self._skip) <= 3]
            near = [d for d in near_all if not d.bounded]
            for h in undated:
                if near and h.trigger.end <= m.start() and layout.clause(h.trigger.start) == \
                        layout.clause(m.start()) and h.date is None:
                    self._set_date(h, near[0], s.index)
                elif near_all and h.date is None and h.trigger.start > m.end() and \
                        layout.clause(h.trigger.start) == layout.clause(m.start()) + 1 and \
                        WHERE_START_RE.match(text, layout.clause_span(
                            layout.clause(h.trigger.start))[0]):
                    # "после прошлогоднего саммита G20 в Буэнос-Айресе, где Трамп … отменил
                    # запланированные переговоры": the where-clause is at the event, on its
                    # date (a bound for what came after it, the day of what happened there)
                    self._set_date(h, near_all[0], s.index)

    def _dash_date(self, layout: Layout, hit: Hit, dates: list[DateSpan]) -> DateSpan | None:
        """"встречались в этом году лишь однажды — на Аляске в середине августа": the clause
        after a dash that names no contact of its own makes a coarse date finer."""
        ci = layout.clause(hit.trigger.start)
        if ci + 1 >= len(layout.clause_starts):
            return None
        start, end = layout.clause_span(ci + 1)
        if not LIST_OPEN_RE.match(layout.text, start) or any(
                start <= t.start < end for t in self._triggers):
            return None
        inside = [d for d in dates if start <= d.start < end]
        if not inside:
            return None
        probe = Hit(hit.sentence, hit.trigger, hit.us, hit.ru, hit.type, hit.type_guessed,
                    hit.status, hit.explicit)
        self._set_date(probe, inside[0], hit.sentence)
        if probe.date and len(probe.date.value) > len(hit.date.value) and \
                probe.date.value.startswith(hit.date.value):
            if hit.type_guessed and any(start <= p[0] < end for p in self._places):
                hit.type, hit.in_person = "meeting", True  # "— 14 ноября в Иокогаме"
            return inside[0]
        return None

    def _background_date(self, layout: Layout, trigger: Trigger, actors: list[Actor],
                         places, lang: str) -> DateSpan | None:
        """The past date of a contact named after "since / after / після / после / з часів":
        a background mention of an earlier contact ("since their summit in Helsinki in
        July", "після переговорів в Анкориджі 15 серпня"). The date must follow the contact
        word in its clause, with only names and places between, and lie before the
        publication date."""
        text = layout.text
        if not BACKGROUND_WORD_RE.search(text, max(0, trigger.start - 60), trigger.start):
            return None  # (cheap: most contact words have no since/after before them)
        if self._all_dates is None:
            self._all_dates = find_dates(text, lang)
        for span in self._all_dates:
            # "after his Oct. 16 call with Putin": the date stands before the contact word
            # (or "after last Thursday's two-and-a-half-hour call": a day's possessive and
            # the noun's attributes between)
            if span.end <= trigger.start and ATTRS_BETWEEN_RE.fullmatch(
                    text, span.end, trigger.start) and span.kind in (
                        "dm", "iso", "weekday", "relday") and \
                    BACKGROUND_BEFORE_RE.search(text, max(0, span.start - 40), span.start):
                resolved = resolve(span, self.published, "past")
                if resolved is not None and _bounds(resolved.value)[0] < self.published:
                    return span
        if not BACKGROUND_BEFORE_RE.search(text, max(0, trigger.start - 40), trigger.start):
            return None
        ci = layout.clause(trigger.start)
        nxt = min((t.start for t in self._triggers if t.start > trigger.end),
                  default=len(text))
        skip = [(a.start, a.end) for a in actors if a.kind in ("name", "role", "group")]
        skip += [(p[0], p[1]) for p in places]
        for span in self._all_dates:
            if span.start < trigger.end or span.start >= nxt:
                continue
            if layout.clause(span.start) != ci or span.kind not in ("dm", "iso", "month",
                                                                    "year"):
                continue
            # (first names and "і" between the sides count: "Джо Байдена і Володимира Путіна")
            if _gap(layout, (span.start, span.end), (trigger.start, trigger.end), skip) > 4:
                return None
            resolved = resolve(span, self.published, "past")
            if resolved is None or _bounds(resolved.value)[0] >= self.published:
                return None
            return span
        return None

    def _dash_apposition(self, layout: Layout, hit: Hit,
                         dates: list[DateSpan]) -> DateSpan | None:
        """"провели лише одну зустріч — у липні минулого року в Гамбурзі", "встреча …
        состоялась неделей ранее — 14 ноября": a dash right after an undated contact opens
        an apposition that says when it was. The date must open that clause (a place or a
        word may come first) and the clause must name no contact of its own; the contact
        word must end its own clause's business, close to the dash."""
        ci = layout.clause(hit.trigger.start)
        if ci + 1 >= len(layout.clause_starts):
            return None
        start, end = layout.clause_span(ci + 1)
        # a dash, not a colon: ": 20 января Обама передаст полномочия" explains with an
        # event of its own
        if not DASH_OPEN_RE.match(layout.text, start) or any(
                start <= t.start < end for t in self._triggers):
            return None
        if layout.distance((hit.trigger.start, hit.trigger.end), (start, start + 1)) > \
                MAX_DATE_DISTANCE:
            return None  # the dash is too far from the contact word to describe it
        inside = [d for d in dates if start <= d.start < end and d.kind not in ("relday",)]
        if not inside or layout.distance((start, start + 1), (inside[0].start,
                                                              inside[0].end)) > 3:
            return None
        if hit.type_guessed and any(start <= p[0] < end for p in self._places):
            hit.type, hit.in_person = "meeting", True  # "— 14 ноября в Иокогаме"
        return inside[0]

    def _date_counts(self, layout: Layout, hits: list[Hit], dates: list[DateSpan],
                     cues: list[Cue]) -> None:
        """"They have held formal talks just twice — in Hamburg last July, …": the list after
        the count dates its first occasion."""
        text = layout.text
        for h in hits:
            # ("Наприкінці минулого року вони спілкувалися двічі поспіль: 28 грудня, …": the
            # framing year is no date of the count's first occasion)
            framed = self._frame is not None and h.date is not None and \
                h.date_text == self._frame[0].text and h.date_sentence == h.sentence
            if not (h.count or framed) or (h.date is not None and not framed) or not h.pair:
                continue
            last = LAST_TIME_RE.search(text, h.trigger.end)
            if last is not None:
                # "несколько раз разговаривали по телефону, в последний раз — в середине
                # апреля": the count's last occasion is one contact with its date
                after = next((d for d in dates if d.start >= last.end() and
                              layout.distance((last.start(), last.end()),
                                              (d.start, d.end)) <= 2), None)
                if after is not None:
                    self._set_date(h, after, h.sentence)
                    h.count = h.date is None
                    h.vague_past = False
                    continue
            c = next((c for c in cues if c.kind == "count" and c.start >= h.trigger.start
                      or c.kind == "count" and layout.distance(
                          (c.start, c.end), (h.trigger.start, h.trigger.end)) <= 4), None)
            # (the list may open after the contact word the count precedes: "двічі говорили
            # телефоном після інавгурації: 26 січня та 13 квітня")
            starts = {c.end, max(c.end, h.trigger.end)}
            row = IN_A_ROW_RE.match(text, c.end)
            if row:
                starts.add(row.end())  # "спілкувалися двічі поспіль: 28 грудня, … і 29 грудня"
            opens = [m for at in sorted(starts) for m in (
                LIST_OPEN_RE.match(text, at), COUNT_SINCE_OPEN_RE.match(text, at)) if m]
            if c is None or not opens:
                continue
            first = next((d for d in dates if d.start > c.end), None)
            if first is not None and not LIST_OPEN_RE.match(text, c.end) and \
                    layout.distance((opens[0].end() - 1, opens[0].end()),
                                    (first.start, first.end)) > 1:
                continue  # the list is of dates ("since the inauguration: on January 26,
                # …"), not a clause ("since the inauguration: the Kremlin said on Tuesday")
            if first is not None:
                self._set_date(h, first, h.sentence)
                h.count = h.date is None

    def _repeats(self, s: Sentence, layout: Layout, hits: list[Hit],
                 dates: list[DateSpan]) -> list[Hit]:
        """"… on Sunday, and again on Monday": one more contact like the one before."""
        out: list[Hit] = []
        for span in dates:
            left = s.text[max(0, span.start - 20):span.start]
            again = AGAIN_RE.search(left) or THEN_RE.search(left)
            if not again and not AND_RE.search(left):
                continue
            before = [h for h in hits + out if h.trigger.end <= span.start and h.pair]
            if not before or any(h.date_text == span.text for h in hits + out):
                continue
            head = [d for d in dates if d.end <= span.start]
            if head and RANGE_BEFORE_RE.search(s.text, max(0, head[-1].start - 12),
                                               head[-1].start):
                continue  # "between March 1 and March 16": a range, not two occasions
            model = before[-1]
            if model.date is None and again:
                # "twice: in February …, and again in mid-March": the list's first date is
                # the first occasion's
                head = next((d for d in dates if model.trigger.end <= d.start < span.start
                             and not any(h.date_text == d.text for h in hits + out)), None)
                if head is not None:
                    self._set_date(model, head, s.index)
            if model.date is None:
                continue
            twin = Hit(s.index, model.trigger, model.us, model.ru, model.type,
                       model.type_guessed, model.status, model.explicit)
            self._set_date(twin, span, s.index)
            if twin.date and twin.date.value != model.date.value:
                out.append(twin)
        return out

    def _date_list(self, s: Sentence, layout: Layout, hits: list[Hit], dates: list[DateSpan],
                   cues: list[Cue]) -> list[Hit]:
        """One contact word, several dates: each date of a list is one more contact like
        the one its first date dates ("spoke again on March 6, and once more on March 16",
        "говорили 12 лютого, 18 березня, 19 травня"). A count that opens a list ("twice: in
        January, …, and on April 13", "созванивались дважды: 14 декабря …, а … 17 декабря")
        takes as many dates after it as it counts, each an occasion of its own."""
        text = s.text
        out: list[Hit] = []
        for o in hits:
            before = next((d for d in dates if d.text == o.date_text and d.end <= o.trigger.start
                           and text[d.end:o.trigger.start].strip() == ","), None)
            if before is None or o.date_sentence != s.index:
                continue
            # "…, June 14 and July 3, met in Anchorage on August 15": the day before the comma
            # ends the list before the verb; the verb's own day follows it
            own = next((d for d in dates if d.start >= o.trigger.end and layout.clause(
                d.start) == layout.clause(o.trigger.start) and layout.distance(
                    (o.trigger.start, o.trigger.end), (d.start, d.end)) <= MAX_DATE_DISTANCE
                        and not any(o.trigger.end <= t.start < d.start for t in self._triggers)
                        and not any(h.date_text == d.text for h in hits)), None)
            if own is not None:
                o.date = o.date_text = o.date_sentence = None
                self._set_date(o, own, s.index)
        owned = {d.text for d in dates if any(h.date_text == d.text and h.date_sentence ==
                                              s.index for h in hits)}
        for h in hits:
            if not h.pair or h.status not in ("held", "unclear") or not h.count:
                continue
            c = next((c for c in cues if c.kind == "count" and layout.distance(
                (c.start, c.end), (h.trigger.start, h.trigger.end)) <= 4), None)
            n = COUNT_N_RE.fullmatch(text[c.start:c.end].strip()) if c else None
            if n is None or not LIST_OPEN_RE.match(text, c.end):
                continue
            listed = [d for d in dates if d.start >= c.end and d.kind in (
                "dm", "month", "weekday", "iso")]
            if len(listed) != (2 if n.group("two") else 3) or any(
                    c.end <= t.start < listed[-1].start for t in self._triggers):
                continue  # the count's dates are not all there, or another contact speaks
            h.count = False
            self._set_date(h, listed[0], s.index)
            for d in listed[1:]:
                out.append(self._twin(h, d, s.index))
            owned.update(d.text for d in listed)
        for h in hits + out:
            if not h.pair or h.date is None or h.date_sentence != s.index or h.status not in (
                    "held", "announced"):
                continue
            prev = next((d for d in dates if d.text == h.date_text), None)
            if prev is None or RANGE_BEFORE_RE.search(text, max(0, prev.start - 12),
                                                       prev.start):
                continue
            twins = self._list_twins(text, h, prev, dates, owned, self._triggers, cues,
                                     self._places, self._person_starts)
            if not twins:
                continue
            _in_order([h] + twins)
            out += twins
            listed = {t.date_text for t in twins}
            last = max((d for d in dates if d.text in listed), key=lambda d: d.end,
                       default=None)  # (none for "4 і 14 червня": two days in one span)
            for o in hits if last is not None else []:
                if o is h or o.date_text not in listed or o.trigger.start < last.end:
                    continue
                # "spoke by phone on February 12, …, June 14 and July 3, met in Anchorage on
                # August 15": the list's last day is the list's, the next verb has its own
                own = next((d for d in dates if d.start >= o.trigger.end and d.text not in
                            owned and layout.clause(d.start) == layout.clause(
                                o.trigger.start) and layout.distance(
                                    (o.trigger.start, o.trigger.end), (d.start, d.end))
                            <= MAX_DATE_DISTANCE), None)
                o.date = o.date_text = o.date_sentence = None
                if own is not None:
                    self._set_date(o, own, s.index)
        return [t for t in out if t.date is not None]

    def _list_twins(self, text: str, h: Hit, prev: DateSpan, dates: list[DateSpan],
                    owned: set[str], triggers: list[Trigger], cues: list[Cue],
                    places=(), persons=()) -> list[Hit]:
        """The dates listed after `prev` (the date of `h`), each one more contact like `h`."""
        out = []
        if prev.kind not in LIST_KINDS:
            return out  # ("напередодні, у п'ятницю розповів": no list of occasions)
        items = [prev]  # the list's dates, the first one `h`'s own
        for d in dates:
            if d.start < prev.end or d.text in owned:
                continue
            gap = text[prev.end:d.start]
            for p in places:  # "after London in April … and Moscow in July": a known place
                if prev.end <= p[0] and p[1] <= d.start and not PREP_END_RE.search(
                        text, prev.end, p[0]):
                    gap = text[prev.end:p[0]] + "in X" + text[p[1]:d.start]
            if d.kind not in LIST_KINDS or REPORT_AFTER_RE.match(text, d.end):
                break  # a day of the telling ("…, у п'ятницю розповів Пєсков")
            if any(0 < p - d.end <= 2 and not text[d.end:p].strip() for p in persons):
                break  # "3 июля, а 6 августа Уиткофф провел … беседу": a clause of its own
                # (not "on May 9, aides said": the telling after a comma)
            # (a list's gap is short: a long one is no list, and is not worth the regex)
            if not gap.strip() or len(gap) > 100 or not LIST_SEP_RE.match(gap) or any(
                    prev.end <= t.start < d.start for t in triggers) or any(
                    c.kind == "count" and 0 <= c.start - d.end <= 4 for c in cues):
                break  # the list ends where something else is said ("в червні — двічі"
                # is a group of occasions, not one)
            twin = self._twin(h, d, h.sentence)
            if twin.date is None or twin.date.value == h.date.value:
                break
            out.append(twin)
            owned.add(d.text)
            prev = d
            items.append(d)
        for item in items if h.type in ("call", "video_call") else ():
            if item.kind != "dm":
                continue
            # "4 і 14 червня", "June 4 and 14": two days of one month are two calls (a
            # summit "18 і 19 травня" is one meeting over two days), at the list's end or
            # inside it ("12 лютого, 18 березня, 4 і 14 червня, 3 липня")
            two = TWO_DAYS_RE.search(item.text)
            # (not "25 июня и 15 июля": the day after "и" has its own month)
            more = [] if two else [m for m in [NEXT_DAY_RE.match(text, item.end)] if m and not
                                   any(d.start <= m.start("d2") < d.end for d in dates)]
            for m in ([two] if two else more):
                day = int(m.group("d2"))
                if item.day is not None and day != item.day and 1 <= day <= 31:
                    span = DateSpan(start=item.start, end=item.end, text=f"{item.text}#{day}",
                                    kind="dm", lang=item.lang, day=day, month=item.month,
                                    year=item.year)
                    twin = self._twin(h, span, h.sentence)
                    if twin.date is not None and twin.date.value != h.date.value and not any(
                            o.date is not None and o.date.value == twin.date.value
                            for o in out):
                        # right after its own item: the list keeps the text's order
                        at = next((k + 1 for k, o in enumerate(out) if o.date_text == item.text),
                                  0)
                        out.insert(at, twin)
        while prev.kind == "month" and prev.year is None:
            # "в феврале, марте и мае": the bare months after the first are the list's too
            d = next_listed_month(text, prev.end, prev.lang)
            if d is None or any(prev.end <= t.start < d.start for t in triggers):
                break
            twin = self._twin(h, d, h.sentence)
            if twin.date is None:
                break
            out.append(twin)
            prev = d
        return out

    def _twin(self, model: Hit, span: DateSpan, sentence: int) -> Hit:
        twin = Hit(sentence, model.trigger, model.us, model.ru, model.type,
                   model.type_guessed, model.status, model.explicit)
        self._set_date(twin, span, sentence)
        return twin

    def ellipses(self, s: Sentence, models: list[Hit], layout: Layout | None = None,
                 dates: list[DateSpan] | None = None) -> list[Hit]:
        """"…; the previous one, on June 14" or "Первый состоялся 9 марта" after "Это второй
        разговор": a dated contact like `models[-1]` (the last one named before)."""
        text = s.text
        from_read = layout is not None  # (its trigger list is this sentence's)
        if not models:
            return []
        m = ELLIPSIS_RE.search(text)
        if m is None:
            return []
        skip = self._skip if layout is not None else []  # read() set them for this sentence
        layout = layout or Layout.of(text)
        if dates is None:
            dates = [d for d in find_dates(text, s.lang) if not d.bounded]
        ci = layout.clause(m.start())
        if any(h.sentence == s.index and h.trigger.start >= m.start() and
               layout.clause(h.trigger.start) == ci for h in models):
            return []  # "the first call was …": its own contact word was read already
        reach = 8 if layout.word(m.start()) == 0 else 3  # "Першу … провів у неділю"
        span = next((d for d in dates if d.start >= m.start() and _gap(
            layout, (m.start(), m.end()), (d.start, d.end), skip) <= reach), None)
        before = [h for h in models if h.sentence < s.index or h.trigger.end <= m.start()]
        if span is not None and from_read:
            for h in models:
                # "Це їхня друга розмова … — попередня відбулася 12 лютого": the date after
                # "the previous one" is that one's, not the contact word's before it
                if h.sentence == s.index and h.trigger.end <= m.start() and \
                        h.date_text == span.text and h.date_sentence == s.index and \
                        ORDINAL_BEFORE_RE.search(text[max(0, h.trigger.start - 40):
                                                      h.trigger.start]):
                    h.date = h.date_text = h.date_sentence = None
        if span is None or not before or any(h.date_text == span.text and
                                             h.sentence == s.index for h in models):
            return []
        model = before[-1]
        twin = Hit(s.index, model.trigger, model.us, model.ru, model.type,
                   model.type_guessed, "unclear", model.explicit)
        self._set_date(twin, span, s.index)
        if twin.date is None or twin.status not in ("held", "announced") or (
                model.date and model.date.value == twin.date.value):
            return []
        # "Попередні дві відбулися 28 січня, …, та 3 квітня": the ordinal's list of dates
        triggers = self._triggers if from_read else []
        return [twin] + self._list_twins(text, twin, span, dates, {span.text}, triggers,
                                         find_cues(text) if PLURAL_ELLIPSIS_RE.search(text)
                                         else [], (), self._person_starts if from_read else ())

    def follow_up(self, a: Analysis, model: Hit) -> None:
        """"…провели в Лондоні свою першу особисту зустріч. Переговори … в середу тривали
        близько 70 хвилин", "Обама прийняв запрошення відвідати Москву. Візит … запланований
        на липень": the next sentence names the contact again by its word alone, with a
        date right by it; that date is the undated contact's. Only when the sentence names
        no one else and has that one date, and the date fits the contact's status."""
        if model.date is not None or model.status not in ("held", "announced"):
            return
        s = a.sentence
        if any(x.kind in ("third", "official", "name") for x in a.actors):
            return
        words = [h for h in a.hits if h.pair is None and not h.count and h.status in (
            "unclear", model.status) and (h.type == model.type or h.type_guessed)]
        if len(words) != 1:
            return
        t = words[0].trigger
        layout = Layout.of(s.text)
        dates = [d for d in find_dates(s.text, s.lang) if not d.bounded]
        skip = [(x.start, x.end) for x in a.actors if x.kind in ("role", "group")]
        if len(dates) != 1 or layout.clause(dates[0].start) != layout.clause(t.start) or \
                _gap(layout, (dates[0].start, dates[0].end), (t.start, t.end), skip) > 4:
            return
        if dates[0].past and model.status == "announced":
            return  # ("У Кремлі вже в понеділок назвали …": a day gone, not the plan's)
        probe = Hit(s.index, t, model.us, model.ru, model.type, model.type_guessed,
                    model.status, model.explicit)
        self._set_date(probe, dates[0], s.index)
        if probe.date is None:
            return
        first, last = _bounds(probe.date.value)
        if (model.status == "held" and first > self.published) or (
                model.status == "announced" and last < self.published):
            return
        model.date, model.date_text, model.date_sentence = probe.date, probe.date_text, s.index
        model.vague_past = False

    def _set_date(self, hit: Hit, span: DateSpan, sentence: int) -> None:
        base = self.published
        if self.era is not None and self.era < base.year:
            base = dt.date(self.era, 12, 31)  # "8 квітня" under "2010 рік, Прага."
        prefer = {"held": "past", "announced": "future"}.get(hit.status)
        if span.past and hit.status == "announced" and not hit.past_plan:
            # "Уже в субботу оба президента встретятся вновь": before a plan, "уже" is "as
            # soon as", not a day already gone
            span = replace(span, past=False)
        told = base  # the time the sentence tells from
        if self._week_end is not None and span.kind == "weekday" and span.modifier is None:
            base = told = self._week_end  # "last week, on Monday and again on Thursday"
            resolved = resolve(span, base, "past")
        elif self._frame is not None and span.year is None and span.kind in ("month", "dm") \
                and self._frame[1] < base:
            base = self._frame[1]  # "Last year … on February 12": that year's
            told = base
            resolved = resolve(span, base, "past")
        elif self.inline is not None and span.year is None and span.kind in (
                "month", "dm", "season", "period"):
            # "August 2013: … At the G20 in St. Petersburg in September, the two had …": an
            # entry tells its story forward from its own date, whatever the tense; the
            # month nearest the entry's (a later one counts double) is meant
            told = self.inline[3]
            resolved = resolve(span, told, None)
        else:
            resolved = resolve(span, base, prefer)
        if hit.status == "cancelled" and span.kind == "weekday" and span.modifier is None \
                and resolved is not None and not hit.past_plan:
            # "cancelled the meeting planned for Saturday": the weekday a plan called off was
            # for is the nearest one, as often after the report as before it
            ahead = resolve(span, base, "future")
            if ahead is not None and _middle(ahead.value) - base < base - _middle(
                    resolved.value):
                resolved = ahead
        if hit.past_plan and resolved is not None:
            # a plan as it stood ("had been due to meet on Saturday", "должны были
            # встретиться в феврале") is the nearest such day, before the report as often
            # as after it
            other = resolve(span, base, "past")
            if other is not None and abs(_middle(other.value) - base) < abs(
                    _middle(resolved.value) - base):
                resolved = other
        if resolved is None:
            return
        value = resolved.value
        if resolved.relative:
            value = coarsen(value, self.precision)
        first, last = _bounds(value)
        if hit.status == "held" and first > base + dt.timedelta(days=1):
            return
        if hit.status == "unclear":
            if last < told:
                hit.status = "held"
            elif first > told:
                hit.status = "announced"
            elif span.kind in ("relday", "weekday", "dm", "iso"):
                hit.status = "held"
        hit.date = Resolved(value, resolved.relative)
        hit.date_text = span.text
        hit.date_sentence = sentence
        hit.vague_past = False

    @staticmethod
    def _assign_durations(layout: Layout, hits: list[Hit], durations: list[DurationSpan],
                          third_clauses: set[int]) -> None:
        for d in durations:
            if layout.clause(d.start) in third_clauses:
                continue
            options = [h for h in hits if h.status == "held"]
            if not options:
                continue
            best = min(options, key=lambda h: layout.distance(
                (d.start, d.end), (h.trigger.start, h.trigger.end)))
            best.durations.append(d)


def _relative_aside(layout: Layout, span: DateSpan, trigger: Trigger,
                    triggers: list[Trigger], skip) -> bool:
    """"talks on a successor to the START treaty, which expires in December, in their first
    face-to-face meeting": a date in a relative clause that names no contact is that
    clause's verb's: not the contact word's after the comma that closes it, nor the one's
    before it when the clause describes another noun (not "Зустріч Обами і Медведєва, яка
    відбулася в грудні": the names between are the noun's own)."""
    text = layout.text
    start = layout.clause_span(layout.clause(span.start))[0]
    if RELATIVE_START_RE.match(text, start) is None or any(
            start <= t.start < span.start for t in triggers):
        return False
    if span.end <= trigger.start:
        return "," in text[span.end:trigger.start]
    # (English only: "which" agrees with no noun, so the noun right before it is its
    # antecedent; "встреча …, которую ожидали 18 мая" agrees with its noun however far)
    return trigger.end <= start and ENGLISH_WHICH_RE.match(text, start) is not None and _gap(
        layout, (trigger.start, trigger.end), (start, start + 1), skip) > 2


def _fold_where_talks(layout: Layout, hits: list[Hit]) -> list[Hit]:
    """"условились в июне на саммите … в Лох-Эрне, где проговорили около двух часов", "a
    half-hour meeting at the climate conference, where they discussed Syria": a talk the word
    does not type, in a where-clause after a meeting of the same two, is that meeting's."""
    out = []
    for h in hits:
        ci = layout.clause(h.trigger.start)
        # ("Their previous meeting was in Da Nang in November, where they only chatted
        # briefly": a brief encounter told in the where-clause is what the meeting was)
        brief = h.type == "brief_encounter" and not h.type_guessed
        host = next((m for m in hits if m is not h and m.pair and m.pair == h.pair and
                     m.type == "meeting" and m.status == "held" and
                     m.trigger.end <= h.trigger.start and layout.clause(m.trigger.start) < ci),
                    None) if (h.type_guessed or brief) and h.status == "held" and ci > 0 \
            else None
        if host is not None and WHERE_START_RE.match(layout.text, layout.clause_span(ci)[0]):
            host.durations.extend(h.durations)
            if brief:
                host.type, host.type_guessed = "brief_encounter", False
            continue
        out.append(h)
    return out


def _in_order(listed: list[Hit]) -> None:
    """"spoke by phone on February 12, March 18, … and July 3" (told in March): a list of
    occasions runs forward in time, so a day the report's date put after the next one (12
    February of this year before 18 March of the last) is a year earlier."""
    for a, b in zip(listed[-2::-1], listed[:0:-1], strict=True):
        if a.date is None or b.date is None or not a.date.relative or \
                len(a.date.value) != len(b.date.value) or a.date.value <= b.date.value:
            continue
        year = int(a.date.value[:4]) - 1
        value = f"{year:04d}{a.date.value[4:]}"
        if value <= b.date.value and _valid(value):
            a.date = Resolved(value, True)


def _valid(value: str) -> bool:
    try:
        _bounds(value)
    except ValueError:
        return False  # 29 February of a year without one
    return True


def _took_place_on(layout: Layout, trigger: Trigger, span: DateSpan,
                   triggers: list[Trigger]) -> bool:
    """The contact word is the subject of a verb of taking place ("took place", "відбулася",
    "состоялась", "was held") that the date follows closely, in one clause, with no other
    contact word between."""
    text = layout.text
    if span.start < trigger.end or layout.clause(span.start) != layout.clause(trigger.start):
        return False
    if any(trigger.end <= t.start < span.start for t in triggers if t is not trigger):
        return False
    verbs = list(TOOK_PLACE_RE.finditer(text, trigger.end, span.start))
    if verbs:
        return layout.distance((verbs[-1].start(), verbs[-1].end()),
                               (span.start, span.end)) <= 4
    # "Переговори … в Анкориджі в п'ятницю, 15 серпня, тривали 2 години": the date stands
    # right before the verb whose subject is the contact word
    after = TOOK_PLACE_RE.match(text, span.end + len(text[span.end:]) - len(
        text[span.end:].lstrip(" ,")))
    return after is not None


def _called_off(h: Hit) -> bool:
    """A meeting word that the sentence cancels or postpones."""
    return h.status in ("cancelled", "postponed") and h.trigger.kind in ("meeting", "generic")


def _event_dates(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """Dates that can be a contact's: not a dateline ("АНКОРИДЖ, 16 серпня —"), not a bound
    ("з лютого") unless a when-clause follows ("з червня 2021 року, коли Путін зустрічався")."""
    line = DATELINE_RE.match(text)
    out = []
    for d in dates:
        if line and d.end <= line.end():
            continue
        if d.bounded and not WHEN_AFTER_RE.match(text, d.end) and not WHERE_AFTER_RE.match(
                text, d.end):
            continue
        out.append(d)
    return out


def _gap(layout: Layout, a: tuple[int, int], b: tuple[int, int],
         skip: list[tuple[int, int]]) -> int:
    """Words between two spans, not counting those of `skip` spans lying between them."""
    raw = layout.distance(a, b)
    if raw == 0 or not skip:
        return raw
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    inside = sum(layout.word(s1 - 1) - layout.word(s0) + 1 for s0, s1 in skip
                 if lo <= s0 and s1 <= hi)
    return max(0, raw - inside)


def _date_next_to(layout: Layout, hit: Hit, dates: list[DateSpan]) -> bool:
    """The hit's date stands within two words of its contact word ("last night's call",
    "the call on Monday"), or three for a plan with its verb between ("Встреча должна была
    пройти в конце октября")."""
    text = layout.text
    for d in dates:
        if d.text != hit.date_text:
            continue
        reach = 2
        if hit.status != "held":
            between = text[min(d.end, hit.trigger.end):max(d.start, hit.trigger.start)]
            reach = 6 if PAST_PLAN_RE.search(between) else 3  # "was due to take place in"
        if layout.distance((d.start, d.end), (hit.trigger.start, hit.trigger.end)) <= reach:
            return True
    return False


def _attribution_date(s: Sentence, span: DateSpan, trigger: Trigger) -> bool:
    """"'I had a great meeting with Putin,' Trump told lawmakers on Tuesday": a date in the
    attribution after a quote dates the telling, not the contact inside the quote."""
    return any(a <= trigger.start < b and span.start >= b for a, b in s.quoted)


def _closes_conjunct(layout: Layout, span: DateSpan, trigger: Trigger,
                     hits: list[Hit]) -> bool:
    """"met … in Hamburg last July and briefly chatted … in November": a date followed by
    "and" and the next contact word ends the phrase of the contact word before it."""
    if span.end > trigger.start:
        return False
    if not CONJ_RE.search(layout.text, span.end, trigger.start):
        return False
    ci = layout.clause(span.start)
    return any(h.trigger.end <= span.start and layout.clause(h.trigger.start) == ci
               for h in hits)


def _report_between(text: str, speech: list[tuple[int, int]], span: DateSpan,
                    trigger: Trigger) -> bool:
    """"… shot down by Turkey last week, the White House said after the two leaders met": a
    comma and a report verb between a date and a contact word part them (the date is what
    was reported before the comma, the contact what the report came after)."""
    lo, hi = (span.end, trigger.start) if span.end <= trigger.start else (trigger.end,
                                                                          span.start)
    return any(lo <= a and b <= hi for a, b in speech) and "," in text[lo:hi]


def _discussed_object(layout: Layout, trigger: Trigger) -> bool:
    """The contact noun is what a discussion verb before it in the clause is about
    ("обговорювали війну на Близькому Сході та тристоронні переговори", "discussed the
    summit's agenda and the talks in Istanbul"), not where the discussion took place: no
    preposition stands right before it ("по телефону", "під час зустрічі", "at the meeting")."""
    text = layout.text
    c0 = layout.clause_span(layout.clause(trigger.start))[0]
    verb = None
    for m in DISCUSS_VERB_RE.finditer(text, c0, trigger.start):
        verb = m
    if verb is None or layout.distance((verb.end() - 1, verb.end()),
                                       (trigger.start, trigger.end)) > 10:
        return False
    if not TRIGGER_NOUN_RE.match(text, trigger.start):
        return False  # a verb ("обговорили і домовилися зустрітися") is no object
    return not any(w in PREPOSITIONS for w in layout.words_before(trigger.start, 3)) and \
        not re.search(r"(?:під\s+час|в\s+ході|в\s+ходе|у\s+ході)\s+(?:\w+\s+)?$",
                      text[max(c0, trigger.start - 30):trigger.start], re.I)


def _fold_exchanges(layout: Layout, hits: list[Hit]) -> list[Hit]:
    """"говорили 7 травня, коли обмінялися привітаннями", "spoke on May 7, when they
    exchanged greetings": a when-clause telling what was exchanged describes the contact of
    the clause before it; that word decides the type, the date goes with it."""
    if len(hits) < 2:
        return hits
    text = layout.text
    out = list(hits)
    for e in hits:
        if not (e.pair and e.type == "brief_encounter" and
                EXCHANGE_RE.match(text, e.trigger.start)):
            continue
        ce = layout.clause(e.trigger.start)
        if not WHEN_AFTER_RE.match(text, layout.clause_span(ce)[0]):
            continue
        main = next((m for m in hits if m is not e and m.pair == e.pair and
                     m.status == e.status and layout.clause(m.trigger.start) == ce - 1), None)
        if main is None:
            continue
        if main.date is None and e.date is not None:
            main.date, main.date_text, main.date_sentence = e.date, e.date_text, e.date_sentence
            main.vague_past = False
        out.remove(e)
    return out


def _plans_called_off(text: str, hits: list[Hit]) -> None:
    """"The two had been due to hold talks …, but Trump called the meeting off": the plan
    the sentence calls off is the one it said was due."""
    ended = [h for h in hits if h.status in ("cancelled", "postponed") and h.pair]
    if not ended or not PAST_PLAN_RE.search(text):
        return
    for h in hits:
        if h.status == "announced" and h.pair and h.type == "meeting":
            twin = next((e for e in ended if e.pair == h.pair and e.type == h.type and
                         e.trigger.start > h.trigger.start), None)
            if twin is not None:
                h.status = twin.status


def _fold_undated(hits: list[Hit]) -> list[Hit]:
    """"spoke on Feb. 12, in a call of an hour": a second word for the same contact.

    An undated hit whose pair, type and status match a dated hit of the same sentence is
    that contact named twice; its durations and place go to the dated one.
    """
    dated = [h for h in hits if h.date and h.pair]
    if not dated or len(hits) < 2:
        return hits
    out = []
    for h in hits:
        twin = None if h.date or not h.pair else next(
            (d for d in dated if (d.pair, d.type, d.status) == (h.pair, h.type, h.status)),
            None)
        if twin is None and not h.date and h.pair and h.type == "brief_encounter":
            # "last saw each other in November in Da Nang, where they exchanged a few words":
            # the in-person contact was the brief encounter
            twin = next((d for d in dated if (d.pair, d.status) == (h.pair, h.status)
                         and d.type_guessed and d.type == "meeting"), None)
            if twin is not None:
                twin.type, twin.type_guessed = "brief_encounter", False
        if twin is None:
            out.append(h)
            continue
        twin.durations.extend(h.durations)
        if twin.location is None:
            twin.location, twin.location_text = h.location, h.location_text
    return out


def _middle(value: str) -> dt.date:
    first, last = _bounds(value)
    return first + (last - first) / 2


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    from ..model import date_bounds

    return date_bounds(value)


def refers_to_contact(text: str) -> bool:
    """Names a contact without actors ("Розмова тривала 40 хвилин")."""
    return bool(ANAPHORIC_NOUN_RE.search(text))
