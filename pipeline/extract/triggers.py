"""Words that report a contact (its type) and words that say what became of it (status).

A trigger is a contact word: a call ("телефонна розмова", "звонок", "phoned"), a video call,
a meeting ("зустріч", "саммит", "met"), a brief encounter ("коротко поспілкувалися на
полях", "shook hands") or a generic one ("переговори", "беседа", "talks", "spoke") whose
type the context decides. Status cues are looked for in the trigger's clause, nearest first:
negation and denial drop the contact; cancel/postpone words must govern the contact word;
"домовилися про зустріч" is an announcement although the verb is past tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clauses import Layout
from .dates import find_dates
from .gate import Gate

W = r"(?<![\w-])"  # word start (a hyphen joins words: "відеозв'язок" but not "пере-зустріч")
E = r"(?!\w)"

TYPE_PATTERNS: dict[str, str] = {
    "video_call": (
        r"відеозв'яз\w*|відеоконференц\w*|відеорозмов\w*|відеодзвін\w*|відеодзвон\w*|"
        r"видеосвяз\w*|видеоконференц\w*|видеоразговор\w*|видеозвон\w*|videoconferenc\w*|"
        r"video[\s-]?(?:call|conference|link|chat|summit|talks|meeting)s?|"
        r"virtual\s+(?:summit|meeting|talks)"),
    "brief_encounter": (
        r"(?:коротк|кратк)\w*\s+(?:\w+\s+)?(?:поспілкув|спілкув|поговор|говор|розмов|зустр|"
        r"бесід|пообщ|общ|побесед|бесед|разговор|встре|встреч|переговор)\w*|мимохідь|мимоходом|мимолетн\w*|"
        r"рукостискан\w*|рукопожат\w*|потиснули\s+руки|потисли\s+(?:один\s+одному\s+)?руки|"
        r"пожали\s+(?:друг\s+другу\s+)?руки|обменялись\s+рукопожатием|"
        r"обмінял\w*\s+(?:кількома\s+)?(?:словами|репліками|фразами|привітаннями)|"
        r"обменял\w*\s+(?:парой\s+|несколькими\s+)?(?:фразами|репликами|словами|"
        r"приветствиями)|(?:spoke|talked|chatted|met|conversed)\s+briefly|"
        r"(?:поговорил\w*|пообщал\w*|поспілкувал\w*|поговорив)\s+(?:коротко|кратко|накоротко)|"
        r"brief(?:ly)?\s+(?:spoke|talked|chatted|met|conversation|encounter|"
        r"exchange|chat|talk|meeting)\w*|chatted|shook\s+hands|handshake|"
        r"exchanged\s+(?:a\s+few\s+)?(?:words|pleasantries|greetings)|"
        # "лише перекинулися кількома словами", "перекинулись парой фраз", "crossed paths"
        r"перекинул\w*\s+(?:\w+\s+)?(?:словами|слів|фразами|фраз|репліками|репликами|"
        r"слов)|crossed\s+paths|"
        r"informal(?:ly)?\s+(?:talk|chat|conversation|meeting)\w*|"
        # unplanned, so brief: "an impromptu discussion at the G20", "імпровізована розмова"
        r"impromptu\s+(?:discussion|talk|chat|conversation|meeting|encounter|exchange)s?|"
        r"(?:імпровізован|импровизированн|незапланован|незапланированн)\w*\s+(?:розмов|"
        r"зустріч|бесід|разговор|встреч|бесед)\w*"),
    "call": (
        r"телефон\w*|дзвін\w*|дзвон\w*|зателефон\w*|подзвон\w*|"
        r"звон(?:ок|ка|ке|ком|ки|ков|ил\w*|ят|ит|ить)|звонк\w*|созвон\w*|созван\w*|позвон\w*|"
        r"зідзвон\w*|"
        r"(?:tele)?phone(?:d|s)?|(?:a|the|their|his|her|this|that|first|second|third|last|"
        r"latest|government|hour-long|two-hour|\d+-minute|another|new|fresh|further|"
        r"hold|holds|held|holding)\s+calls?|"
        r"(?<=['’]s\s)calls?|"  # "last night's call", "Wednesday's call"
        # "The Trump-Putin call", "a Putin call" (the name before is checked in find_triggers)
        r"(?<=\w\s)(?:call|calls(?!\s+on\b))(?!\s+(?:for|to|off|it|him|her|them|back|in|up|"
        r"out)\b)|"
        r"calls(?=\s+(?-i:[A-Z]))|rang(?=\s+(?:him|her|(?-i:[A-Z])))|"
        # "called his Russian counterpart", "called the American president" (a role after)
        r"called(?=\s+(?:his|her|the)\s+(?:(?:Russian|American|U\.?S\.?|Kremlin)\s+)?"
        r"(?:counterpart|president|leader|colleague)\b(?!\s+(?:a|an|the)\s|\s*[«\"“]))|"
        r"call(?:s|ed)?(?=\s+(?:with|between|from|to)\b)|called(?=\s+(?:him|her|(?-i:[A-Z])[\w-]*)(?![\w'’-])"
        # naming, not phoning: "called Biden «a very experienced statesman»", "called him a"
        r"(?!\s+(?:(?:a|an|the|his|her|their)\s|[\"“«‘'])))|"
        # the verb: "would call Putin soon" (not "call Putin's bluff")
        r"call(?=\s+(?-i:[A-Z])[\w-]*(?!['’\w-])(?!\s+(?:a|an|the)\s))"),
    "meeting": (
        r"зустр(?!ічн)\w*|саміт\w*|встреч\w*|встрет\w*|саммит\w*|візит\w*|визит\w*|"
        r"meet(?:s|ing|ings)?|met|summit\w*|visit\w*|sat\s+down|(?:sit|sits|sitting)\s+down(?=\s+(?:with|on|in|at|for|together|"
        r"face)\b)|sit-downs?|запроси\w*|запрошен\w*|"
        r"пригласи\w*|приглашени\w*|invit\w*|"
        # a visit told by its verb, to a place: "Медведєв відвідає Вашингтон", "посетит Москву"
        r"(?:відвіда\w*|посет(?:ит|ил|ил[аи]|ят|ить)|посещ\w*)(?=\s+(?-i:[A-ZА-ЯІЇЄҐ]))|"
        # a host receiving the other: "Путин принял Трампа", "Putin hosted Trump"
        r"(?:принял\w*|принимал\w*|прийняв|прийняла|приймав|приймала|hosted|hosts|host|"
        r"прийме|приймуть|примет|примут|receive|"
        r"welcomed|welcomes|received|greeted)(?=\s+(?-i:[A-ZА-ЯІЇЄҐ])[\w-]*(?![\w'’-]))"),
    "talk": (
        r"розмов\w*|поговор\w*|проговорил\w*|проговорив|переговорил\w*|переговорив|"
        r"переговорить|пробеседовал\w*|проспілкувал\w*|розмовля\w*|разговор\w*|разговарива\w*|бесід\w*|бесед\w*|"
        r"побесед\w*|conversation\w*|spoke|speak\w*|spoken|"
        # one speaker with the other after "з/с": "накануне говорил с Путиным"
        r"(?:говорил|говорила|говорив)(?=\s+(?:з|із|зі|с|со)\s)|"
        r"talk(?:ed|ing|s)?['’\"]?\s+(?:to|with)|"
        # the present of a timeline or a headline: "May 19 — The two talk for two hours"
        r"talk(?=\s+(?:for|by\s+(?:tele)?phone|over\s+the\s+phone|on\s+the\s+phone)\b)|"
        # "agreed to talk again next week"
        r"talk(?=\s+again\b)|"
        r"talked"),
    # verbs of a joint act, a contact only with both presidents as its subject ("Путин и
    # Трамп обсуждали и в пятницу", "Obama and Medvedev on Monday signed …")
    "joint": (
        r"обговорили|обговорювали|обговорять|обговорюватимуть|обсудили|обсуждали|обсудят|"
        r"обговорив|обговорила|обсудил|обсудила|"
        # "Востаннє Трамп і Путін говорили 7 травня": spoke, with the two as its subject
        r"(?:говорили|говорять|говорят)(?!\s+(?:про|о|об|що|что|так|те|это|це)\b)|"
        r"discussed|"
        # signing together means meeting, for a joint text only (not "signed off", a decree)
        r"(?:підписали|подписали|signed|підпишуть|подпишут|will\s+sign)(?=\s+(?:[\w-]+\s+){0,5}?(?:договір|договор|угод\w*|"
        r"заяв\w*|декларац\w*|меморандум\w*|соглашени\w*|документ\w*|treaty|agreement|"
        r"statement|declaration|accord|understanding|memorandum|document)\w*)|"
        r"(?:бачил|побачил|видел|увидел)(?:ися|ись|сь)|(?:saw|seen|see)\s+each\s+other|"
        # to see each other is to meet: "условились увидеться в декабре", "побачитися"
        r"(?:побачит|увидет)(?:ися|ись|ься)"),
    "generic": (
        r"переговор\w*|контакт(?:у|ом|і|е|а)?|діалог\w*|диалог\w*|спілкув\w*|поспілкув\w*|"
        r"(?:по)?общал\w*|общени\w*|общаться|пообща\w*|talks|contact|dialogue"),
}
TYPE_GATE = Gate(list(TYPE_PATTERNS.values()), names=list(TYPE_PATTERNS))
# Words that say the contact is not one event: "регулярні контакти", "regular contacts".
NON_SPECIFIC_RE = re.compile(
    r"(?:регулярн|постійн|постоянн|regular|ongoing|continu|продовж|продолж|підтримува|"
    r"поддержива|maintain|активізува|активизирова|intensif|розвива|развива)\w*\s+"
    r"(?:\w+\s+)?$", re.I)
IN_TOUCH_BEFORE_RE = re.compile(
    r"(?:(?:stay|keep|remain|staying|keeping)\s+in\s+(?:close\s+)?(?:touch|contact)|"
    r"(?:оставаться|оставаясь|залишатися|залишаючись|бути|быть)\s+на\s+(?:связи|зв['’]язку))"
    r"\s+(?:by|over|via|по)?\s*(?:the\s+)?$", re.I)
# "that" before an article is a conjunction ("said that a summit …"), not "that summit".
ANAPHOR_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?:це|ця|цю|цієї|цей|цього|цій|той|та|ту|тієї|того|этот|эта|эту|этого|этой|тот|та|"
    r"ту|того|той|this|that|the\s+same)\s+(?:(?!(?:a|an|the)\s)\w+\s+)?$", re.I)
# A summit followed by its name is the venue of a contact, not the contact.
EVENT_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+)?[«\"“]?(?:G\s?\d+|Совет\w*|Рад[аиі]\s+Росія|Council|G-\d+|АТЕС|АТЭС|APEC|НАТО|NATO|ЄС|ЕС|EU|ООН|UN|ШОС|SCO|БРІКС|"
    r"БРИКС|BRICS|ОБСЄ|ОБСЕ|OSCE|Груп\w*|Групп\w*|Велик\w*|Больш\w*|Двадцят\w*|"
    r"двадцят\w*|Вісімк\w*|Восьм\w*|Group|of\s+the|з\s+ядерн\w*|по\s+ядерн\w*|"
    r"on\s+nuclear|"
    # the same names in lower case inside quotes: "саміт «вісімки»", "саммит «двадцатки»"
    r"[«\"“](?:вісімк|восьмерк|двадцятк|двадцатк|сімк|семерк)\w*)")
EVENT_BEFORE_RE = re.compile(
    r"(?:G\s?\d+|G-\d+|АТЕС|АТЭС|APEC|NATO|EU|UN|SCO|BRICS|OSCE|Group\s+of\s+\w+|"
    r"[Nn]uclear\s+[Ss]ecurity|[Ee]ast\s+Asia|Asia-Pacific(?:\s+Economic\s+Cooperation)?|"
    r"Economic\s+Cooperation|General\s+Assembly|Азіатсько-Тихоокеанськ\w*|"
    r"Азиатско-Тихоокеанск\w*|на\s+полях|в\s+рамках|у\s+рамках|[ву]\s+кулуарах|"
    r"on\s+the\s+margins\s+of(?:\s+the)?|"
    r"on\s+the\s+sidelines\s+of(?:\s+the)?|in\s+the\s+margins\s+of(?:\s+the)?)\s+$")
IN_PERSON_RE = re.compile(
    r"(?<![\w-])(?:особист\w*|личн\w*|in[\s-]person|face[\s-]to[\s-]face|очн\w*|"
    r"віч-на-віч|тет-а-тет|(?:бачил|побачил|видел|увидел)(?:ися|ись|сь)|"
    r"(?:побачит|увидет)(?:ися|ись|ься)|"
    r"(?:saw|seen|see)\s+each\s+other|"
    r"one[\s-]on[\s-]one|один\s+на\s+один|на\s+полях|on\s+the\s+sidelines|G\s?20|G\s?8|"
    r"[ву]\s+кулуарах|on\s+the\s+margins|"
    r"G\s?7|АТЕС|АТЭС|APEC|"
    # alone with the interpreters: "spoke privately …, with only interpreters present"
    r"privately|in\s+private|наедине|(?:only|лише|лишь|только)\s+(?:\w+\s+)?"
    r"(?:interpreters|перекладач\w*|переводчик\w*))", re.I)

STATUS_PATTERNS: dict[str, str] = {
    "deny": (
        r"спростува\w*|заперечи\w*|опроверг\w*|опровер\w*|вигадк\w*|вымысел\w*|вымысл\w*|фейк\w*|"
        r"выдумк\w*|выдуман\w*|вигадан\w*|брехн\w*|"
        r"denied|denies|deny|fabricat\w*|fake|fiction\w*|untrue|неправд\w*|"
        # "Reports of a Trump-Putin call on Sunday are false"
        r"(?:are|is|were|was)\s+(?:completely\s+|entirely\s+)?false|ложн\w*|хибн\w*|"
        r"не\s+відповіда\w*\s+дійсності|не\s+соответству\w*\s+действительности"),
    "cancel": (
        r"скасува\w*|скасов\w*|відмінил\w*|відмінен\w*|відмінит\w*|зірва\w*|отменил\w*|"
        r"отменен\w*|отменя\w*|отмен[аеуы]|отменить|сорвал\w*|сорван\w*|cancel\w*|called\s+off|"
        # the object inside the phrasal verb: "called the meeting off", "call the summit off"
        r"call(?:ed|s|ing)?\s+(?:the|a|their|this|that|his)\s+(?:\w+\s+){0,3}?off(?!\w)|"
        # "A full meeting had been planned …, but Trump called it off": the noun before
        r"call(?:ed|s|ing)?\s+it\s+off(?!\w)|"
        # (a plan shelved is off: "plans for a summit …, which were shelved", "shelves")
        r"call(?:s|ed|ing)?\s+off|scrap\w*|shelv(?:ed|es|ing)|ax(?:es|ed|ing)|"
        r"не\s+відбудеться|не\s+состоится|"
        r"не\s+відбул\w*|"
        # (and the plural: "Переговоры …, которые должны были пройти сегодня, не состоятся")
        r"не\s+відбудуться|не\s+состоятся|"
        r"не\s+відбувс[яь]|"

        r"не\s+состоял\w*|"
        r"(?:will|would)\s+not\s+(?:take\s+place|happen)|won't\s+happen|"
        # a plan that did not come about: "never took place", "did not happen"
        r"(?:did\s+not|didn't|never)\s+(?:take\s+place|happen|materiali[sz]e|come\s+together)|"
        r"never\s+(?:took\s+place|happened|materiali[sz]ed|came\s+together)|"
        # a plan announced as not to be: "would not hold a summit … early next month"
        r"(?:will|would)\s+not\s+(?:hold|meet)|won't\s+(?:hold|meet)|"
        r"не\s+(?:буде|будет)\s+(?:зустрічатися|встречаться|проводити|проводить)|"
        r"не\s+(?:зустрінеться|зустрінуться|встретится|встретятся)(?!\w)|"
        r"не\s+(?:проведе|проведуть|проведет|проведут)(?!\w)|"
        r"(?:is|are|was|were)\s+(?:now\s+|officially\s+|definitely\s+)?off(?!\w)|won't\s+take\s+place|did\s+not\s+take\s+place|"
        # the plan is gone without a cancel verb: "no longer in the works", "off the table"
        r"no\s+longer\s+(?:in\s+the\s+works|on\s+the\s+(?:table|agenda|cards)|planned|"
        r"scheduled|expected|happening|going\s+ahead)|off\s+the\s+(?:table|agenda)|"
        r"(?:will|would)\s+not\s+go\s+ahead|not\s+going\s+ahead|"
        r"більше\s+не\s+(?:планується|готується|розглядається|стоїть)|"
        r"больше\s+не\s+(?:планируется|готовится|рассматривается|стоит)|"
        r"(?:точно\s+|більше\s+|больше\s+)?не\s+в\s+планах|no\s+longer\s+in\s+the\s+plans|"
        r"знят\w*\s+з\s+порядку\s+денного|снят\w*\s+с\s+повестки|"
        # the plan is dropped: "більше не розглядає можливість зустрічі", "not on the agenda"
        r"більше\s+не\s+розгляда\w*|больше\s+не\s+рассматрива\w*|"
        r"no\s+longer\s+(?:considering|considers|considered|weighing|pursuing)|"
        r"не\s+стоїть\s+на\s+порядку|не\s+стоит\s+на\s+повестке|"
        r"(?:is|are|was|were)\s+not\s+on\s+the\s+(?:agenda|table|cards)|"
        # one side will not come: "не приедет на саммит", "will not attend", "skips"
        r"не\s+(?:приїде|поїде|прилетить|відвідає|приедет|поедет|прилетит|посетит)|"
        r"(?:will|would)\s+not\s+(?:attend|travel|come|go)|won't\s+(?:attend|travel|come|go)|"
        r"(?:вирішил\w*|вирішив|решил\w*|decided)\s+не\s+(?:проводити|проводить|"
        r"зустрічатися|встречаться)|decided\s+(?:against|not\s+to\s+(?:hold|meet|go\s+ahead))|"
        r"skip(?:s|ped|ping)?|pull(?:s|ed|ing)?\s+out\s+of|pulled\s+the\s+plug|"
        r"відмовив\w*\s+від|відмовил\w*\s+від|отказал\w*\s+от"),
    "postpone": (
        r"відклад\w*|відклал\w*|відкласт\w*|перенес\w*|перенос\w*|призупин\w*|"
        # "відбудеться не раніше наступного року", "will not happen before next year"
        r"не\s+раніше|не\s+раньше|no\s+earlier\s+than|not\s+(?:take\s+place|happen|come)\s+"
        r"(?:before|until)|"
        # not "паузу в ударах" (a pause in something else)
        r"на\s+паузу(?!\s+(?:в|у|во)\s)|на\s+паузі|отлож\w*|отклад\w*|приостанов\w*|postpon\w*|delay\w*|put\s+on\s+hold|"
        r"(?:put|puts|putting)\s+(?:the|a|their|this|that)\s+(?:\w+\s+){0,3}?on\s+hold|"
        r"push(?:ed|es|ing)?\s+(?:the|a|their|this|that)\s+(?:\w+\s+){0,3}?back|"
        # "White House pushes Putin's Washington visit into next year"
        r"push(?:ed|es|ing)?\s+(?:[\w'’-]+\s+){1,4}?(?:into|until|till)(?=\s)|"
        r"on\s+hold|pushed\s+back|reschedul\w*|"
        # "the visit slips into next year", "the White House has hit pause"
        r"slip(?:s|ped|ping)?\s+(?:in)?to|moved\s+(?:to|back)(?!\w)|hit\s+(?:the\s+)?pause|put\s+off|"
        r"(?:pushed|moved)\s+(?:to|until|into)\s+(?:next|later|the)"),
    "managed": r"успел\w*|успела|встиг\w*|встигл\w*|managed\s+to|got\s+to",
    "agree": (
        r"домовил\w*|домовив\w*|домовились|домовленість|домовленост\w*|погодил\w*|погодив\w*|"
        r"погодж\w*|договорил\w*|"
        r"договорились|договоренност\w*|условил\w*|условлено|agreed|agree|принял\w*|"
        # "в принципе согласились на саммит"
        r"согласил\w*|согласились|"
        r"прийняв|прийняла|прийняли|accepted|підтримали\s+ідею|поддержали\s+идею|"
        r"(?:backed|supported|endorsed)\s+the\s+idea"),
    "future": (
        r"проведе|проведуть|поговорить|поговорять|"
        # the first person plural: "Думаю, ми поговоримо", "Мы созвонимся"
        r"поговоримо|поговорим|поспілкуємос[яь]|пообщаемся|зідзвонимос[яь]|созвонимся|"
        r"побачимос[яь]|увидимся|зустрінеться|зустрінуться|зустрінемося|"
        r"зустрінемось|поспілкується|поспілкуються|відбудеться|відбудуться|планує\w*|"
        r"планують|запланован\w*|має\s+намір|мають\s+намір|найближчим\s+часом|"
        # (not "вскоре после начала операции", "soon after": a point in time, past or not)
        r"незабаром(?!\s+після)|"
        r"згодом|очікує\w*|очікуєть?ся|готуєть?ся|готують|анонсува\w*|запроси\w*|запрошен\w*|"
        r"буде|будуть|наступн\w*|проведет|проведут|поговорит|поговорят|встретится|"
        r"встретятся|встретимся|пообщается|пообщаются|состоится|состоятся|пройдет|пройдут|"
        r"планиру\w*|запланирован\w*|намерен\w*|в\s+ближайшее\s+время|скоро(?!\s+после)|вскоре(?!\s+после)|ожида\w*|"
        r"готовит?ся|готовят|анонсирова\w*|пригласил\w*|приглашени\w*|будет|будут|следующ\w*|"
        r"предстоящ\w*|предстоит|прийме|приймуть|примет|примут|мають|має\s+(?=\w+ти(?:ся)?\b)|должны|должен|"
        # promises and intentions: "пообіцяв зустрітися", "собирается позвонить"
        r"пообіця\w*|обіця\w*|пообеща\w*|обеща\w*|promis\w*|собира(?:ет|ют)ся|"
        r"збира(?:єть|ють)ся|"
        # a plan as it stood: "должна была пройти", "мала відбутися", "was due to"
        r"должна|должно|(?:мала|мали|мав|мало)(?=\s+\w+ти(?:ся)?\b)|"
        r"(?:was|were)\s+(?:due|supposed)|had\s+been\s+(?:due|expected|scheduled|set|supposed|planned|penciled\s+in|pencilled\s+in)|"
        r"(?:is|are)\s+due|майбутн\w*|обсудят|обсудит|підпишуть|подпишут|обговорять|обговорить|will|"
        # (not "would like to meet", "would love to": a wish, left to the hypothetical cues)
        r"would(?!\s+(?:like|love|prefer|welcome))|shall|to\s+(?:meet|speak|talk|hold|host)|"
        r"plan(?:s|ned|ning)?|schedul\w*|expected|upcoming|next|soon(?!\s+after)|invit\w*|is\s+set|"
        # preparing a contact means it is yet to come: "to prepare the summit", "підготовка"
        r"prepar\w*|підготов\w*|підготу\w*|подготов\w*|"
        r"are\s+set|going\s+to|poised"),
    "held": (
        # "reached out to Putin by phone on March 9", "the summit … went ahead as scheduled"
        r"reached\s+out|went\s+ahead|"
        r"провів|провела|провели|провело|поговорив|поговорила|поговорили|поспілкувал\w*|"
        r"спілкувал\w*|розмовляли|розмовляв|зустрілис[яь]|зустрівся|зустрілася|"
        r"зустрічалис[яь]|зустрічався|відбул\w*|відбувс[яь]|"
        # the verb, not the adjective: "тривала годину", not "тривалої телефонної розмови"
        r"тривал[аои](?!\w)|тривав|зателефонував|"
        r"подзвонив|телефонував|обмінял\w*|привітав|провел|провела|провели|поговорил\w*|"
        r"пообщал\w*|общал\w*|разговаривал\w*|побеседовал\w*|беседовал\w*|встретил\w*|"
        r"встречал\w*|состоял\w*|прош[её]л|прошла|прошли|продлил\w*|длил\w*|продолжал\w*|"
        r"созвонил\w*|созванивал\w*|зідзвонил\w*|зідзвонювал\w*|позвонил\w*|обменял\w*|"
        r"поздравил\w*|went|здійснив|здійснили|совершил\w*|made|placed|проговорил\w*|"
        r"проговорив|пробеседовал\w*|проспілкувал\w*|переговорил\w*|переговорив|"
        r"(?:говорил\w*|говорив)(?!\s+(?:про|о|об|що|что)\b)|spoke|talked|met|held|"
        r"had|phoned|called|took\s+place|lasted|chatted|shook|exchanged|crossed\s+paths|"
        # "ограничились короткой беседой", "обмежилися розмовою": it was held, if short
        r"ограничил\w*|обмежил\w*|limited\s+themselves|"
        # "Разговор … завершился", "розмова закінчилася", "the call ended"
        r"завершил(?:ся|ась|ись|ось)|завершив(?:ся)?|завершилас[яь]|закінчил(?:ася|ся|ися|ось)|"
        r"закінчився|ended|concluded|"
        r"перекинул\w*|"
        # "мали імпровізовану розмову" (had a talk), not "мали зустрітися" (were to meet)
        r"(?:мали|мав|мала|имели|имел|имела)(?=\s+(?:[\w'-]+\s+)?(?:розмов|зустріч|бесід|"
        r"разговор|встреч|бесед|контакт))|"
        r"has\s+(?:spoken|met|talked)|have\s+(?:spoken|met|talked)|was|were|"
        # "был очень хороший разговор", "була розмова"; not "була запланована" (a participle)
        r"(?:був|була|були|было|был|была|были)(?!\s+(?:[\w'-]+\s+)?[\w'-]*"
        r"(?:ван[аоіиеы]?|н[аоиіе]|ен[аоы]?|ний|ный|ная|ное|ті|ти|ть|ся|сь)(?![\w'-]))"),
    # held only right next to the contact word: "обговорили по телефону", not "обговорили"
    # anything that merely names a meeting
    "discussed": (
        r"обговорили|обсудили|обговорювали|обсуждали|обговорив|обговорила|обсудил|обсудила|"
        r"discussed|підписали|подписали|signed|"
        r"(?:бачил|побачил|видел|увидел)(?:ися|ись|сь)|saw\s+each\s+other|"
        r"(?:had|have|has)\s+(?:last\s+)?seen\s+each\s+other"),
    "course": (
        r"під\s+час|в\s+ході|у\s+ході|в\s+ходе|по\s+итогам|за\s+підсумками|по\s+завершении|"
        r"після|после|в\s+конце|наприкінці|during|after|following|in\s+the\s+course\s+of|"
        r"at\s+the\s+end\s+of|"
        # "agreed in a lengthy phone call … to stop": the call is where it was agreed
        r"in\s+(?:a|an|the|their|his|her|its)(?=\s)|"
        # "в телефонном разговоре с Путиным … предложил": the call is where it was said
        r"(?:в|у)(?=\s+(?:телефонн\w*\s+)?(?:разговоре|розмові|беседе|бесіді))"),
    "hypo": (
        r"готов\w*|ready|willing|хоче|хочет|чекає|чекають|ждет|ждут|ждёт|look(?:s|ing)?\s+forward|"
        r"нетерпін\w*|нетерпени\w*|хотів\s+би|хотел\s+бы|want\w*|would\s+like|"
        r"(?-i:might|may|could)|можуть|може|может|могут|якщо|если|if|чи|ли|whether|"
        # the past of "may": "міг спілкуватися", "мог встречаться" (a claim, not a fact)
        r"міг|могла|могли|мог|"
        r"якобы|будто\s+бы|нібито|буцімто|allegedly|threaten\w*|погрож\w*|пригрози\w*|"
        r"погрози\w*|угрожа\w*|грозит\w*|possible|potential|prospective|"
        r"можлив\w*|потенційн\w*|возможн\w*|потенциальн\w*|приємно|приятно|радий|рада|рад|glad|"
        r"happy\s+to|pleased\s+to|іде[яюїі]|иде[яюие]|idea|сподіва\w*|надеет\w*|hopes?|можливість|возможност\w*|possibility|запропон\w*|"
        r"пропону\w*|предлож\w*|предлага\w*|propos\w*|suggest\w*|probably|possibly|"
        r"maybe|perhaps|ймовірно|можливо|вероятно|возможно|может\s+быть"),
    "post_negate": (
        r"не\s+буде|не\s+будет|нет|немає|"
        # "официальной встречи в программе не было", "розмови не було": there was none
        r"не\s+(?:было|було|був|была|була|были|були)|не\s+планується|не\s+планируется|"
        r"не\s+передбачається|не\s+предвидится|not\s+planned|"
        # "Следующий разговор президенты пока не планируют", "не планують"
        r"не\s+(?:планиру|плану)\w*|not\s+planning|"
        r"не\s+(?:проводил\w*|общал\w*|"
        r"встречал\w*|разговаривал\w*|говорил\w*|спілкувал\w*|зустрічал\w*|розмовлял\w*|"
        r"проводил\w*|бачил\w*|виделис\w*)|"
        # "a meeting … was not discussed", "о личной встрече речь не шла"
        r"not\s+(?:been\s+)?discussed|не\s+обсуждал\w*|не\s+обговорювал\w*|"
        r"не\s+обговорюв\w*|не\s+йшлося|не\s+ішлося|речь\s+не\s+(?:шла|идет|идёт)|"
        r"не\s+шла\s+речь|не\s+йдеться|не\s+идет\s+речи|"
        r"(?:was|is|remains?|still)\s+(?:still\s+)?(?:possible|likely|unlikely|uncertain)|"
        r"(?:ще|ещё|еще|все\s+ще|по-прежнему)\s+(?:можлив\w*|возможн\w*)|"
        # "дату наступної розмови поки не визначено": no contact is set
        r"(?:поки\s+|пока\s+|ещё\s+|еще\s+)?не\s+(?:визначен\w*|определен\w*|назначен\w*|"
        r"призначен\w*)|(?:is|are|was|has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:set|fixed|"
        r"scheduled|determined)"),
    "negate": (
        r"не|ні|ни|not|never|n't|no|ніколи|никогда|жодн\w*|ніяк\w*|никак\w*|"
        # "поговорили … без официальной встречи", "left without meeting Putin"
        r"без|without"),
    # "five times this year", "кілька разів", "неоднократно": a count, not one occasion
    "count": (
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|"
        r"a\s+handful\s+of|a\s+few)\s+times|кілька\s+разів|декілька\s+разів|"
        r"неодноразово|несколько\s+раз|неоднократно|многократно|двічі|дважды|twice|тричі|трижды|"
        r"(?:два|дві|три|чотири|п'ять|\d+)\s+рази?|(?:два|две|три|четыре|пять|\d+)\s+раза?|"
        r"(?:п'ять|шість|сім|вісім|дев'ять|десять|чотирнадцять|\d+)\s+разів|"
        r"(?:пять|шесть|семь|восемь|девять|десять|\d+)\s+раз|regularly|регулярно|"
        # "говорили телефоном часто: 12 лютого, …": many occasions, a list may follow
        r"часто|often|frequently|"
        # "до семи разів", "до пяти раз": an upper bound of a count
        r"до\s+(?:двох|трьох|чотирьох|п'яти|шести|семи|восьми|десяти|двух|трех|четырех|"
        r"пяти|\d+)\s+раз\w*"),
    "past": (
        r"раніше|ранее|earlier|previously|до\s+цього|до\s+этого|колись|когда-то|уже|вже|"
        r"ever|once|"
        # "общались только по телефону", "had only spoken by phone": a summary of many
        r"(?:только|лишь|лише|тільки|only)\s+(?:по\s+телефону|телефоном|"
        r"by\s+(?:tele)?phone|over\s+the\s+phone)"),
}
STATUS_GATE = Gate(list(STATUS_PATTERNS.values()), names=list(STATUS_PATTERNS))
NAME_BEFORE_CALL_RE = re.compile(r"(?:^|\s)(?-i:[A-Z])[\w-]*\s$")
CALL_WITH_RE = re.compile(r"\s+(?:with\s|between\s|(?-i:[A-Z])[\w-]*(?!['’\w-])"
                          r"(?!\s+(?:a|an|the)\s))", re.I)  # not "call Putin a liar"
TOPIC_BEFORE_RE = re.compile(
    r"(?<!\w)(?:об?|про|about|on)\s+(?:the\s+)?(?:итог\w*|результат\w*|підсумк\w*|"
    r"outcomes?|results?|"
    # "поінформував про підготовку тристоронньої зустрічі": what was told, not a contact
    r"підготовк\w*|подготовк\w*|preparations?)\s+(?:of\s+|for\s+|до\s+|к\s+)?"
    r"(?:[\w'’-]+\s+)?$", re.I)
TALK_ABOUT_RE = re.compile(r"\s+(?:про|о|об|about|of)\s", re.I)
PASSIVE_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?:has\s+been|have\s+been|had\s+been|was|were|is|are|було|був|була|були|буде|был|"
    r"была|было|были|будет)\s+"
    # one adverb may stand inside the passive: "was later pushed back", "був згодом перенесений"
    r"(?:(?:later|then|also|again|now|since|eventually|quietly|abruptly|officially|згодом|"
    r"потім|потом|позже|также|також|офіційно|официально)\s+)?$", re.I)
FUTURE_GATE = Gate([STATUS_PATTERNS["future"]])
AFTER_RE = re.compile(r"(?:після|после|after|following)(?!\w)", re.I)
EXPECT_RE = re.compile(r"(?:чека|жд[её]т|жду|wait|look)(?!\w*\s+(?:if|whether|чи|ли)\b)",
                       re.I)
NO_PLANS_RE = re.compile(
    r"(?<![\w-])(?:no|немає|нет|жодних|никаких)\s+(?:\w+\s+)?(?:plans?|планів|планов)|"
    # "had no interest in a «wasted meeting»"
    r"(?:no|little)\s+interest\s+in|"
    # "was not on the schedule for now", "не стоит в графике": nothing planned
    r"(?:is|was|are|were)\s+not\s+(?:yet\s+)?on\s+the\s+(?:schedule|calendar)|"
    r"не\s+(?:стоит|стоїть)\s+(?:в|у)\s+(?:графике|графіку)", re.I)
PROCESS_RE = re.compile(
    r"(?<![\w-])(?:розпоча\w*|почнуться|почнуть|почати|начат\w*|начнутся|начнут|start\w*|begin\w*|"
    r"launch\w*|серію|серия|серии|series|раунд\w*|round)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:переговор\w*|консультац\w*|talks|negotiations|consultations)|"
    r"(?<![\w-])переговор\w*\s+(?:між|между|between)\s+(?:США|Росі|Росси|the\s+US|Washington|Russia)"
    r"|(?<![\w-])(?:консультац\w*|consultations)", re.I)
COUNTRY_PAIR_RE = re.compile(r"(?:США|Росі\w*|Росси\w*|Russia|the\s+U\.?S\.?)", re.I)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str  # video_call | brief_encounter | call | meeting | talk | generic
    anaphoric: bool = False  # "ця розмова", "this call": refers to one already reported


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str


RANK = {"video_call": 5, "brief_encounter": 4, "call": 3, "meeting": 3, "talk": 2,
        "generic": 1, "joint": 0}


@lru_cache(maxsize=256)
def _type_matches(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.lastgroup) for m in TYPE_GATE.finditer(text))


def has_trigger(text: str) -> bool:
    """Cheap test: does the text hold a contact word at all?"""
    return bool(_type_matches(text))


# "their previous call", "the first call", "Another call": an ordinal makes a bare "call" a
# contact (not "their call for a ceasefire", "a call to arms", "the last call on …")
ORDINAL_CALL_RE = re.compile(
    r"(?<![\w-])(?:previous|first|second|third|latest|last|next|another|earlier|"
    r"phone|telephone)\s+$", re.I)
CALL_FOR_RE = re.compile(r"\s+(?:for|to\s+(?!(?-i:[A-Z])))", re.I)
# "the summit sessions", "the summit venue": the word names the event another noun belongs to
NOUN_MODIFIER_RE = re.compile(
    r"\s+(?:sessions?|venue|hosts?|room|hall|site|declaration|communiqu\w*|dinner|lunch|"
    r"organi[sz]ers?|photo|plenary|press\s+center|center|centre)(?!\w)", re.I)
APART_RE = re.compile(r"(?<!\w)(?:після|после|перед|до|since|after|before|following|"
                      r"з\s+часів)(?!\w)", re.I)


WHAT_CALLS_RE = re.compile(r"(?<!\w)(?:what|що\s+його)\s+(?:[\w'’-]+\s+){1,2}$", re.I)
# "talked about" with nothing after the preposition but the main verb: the object is the
# noun before ("the meeting both sides had talked about did not take place")
STRANDED_ABOUT_RE = re.compile(
    r"\s+(?:about|of)\s+(?=(?:did|does|do|was|were|is|are|has|had|have|never|would|will|"
    r"could|had|finally|eventually|also|still)\b|[,;.)—–])", re.I)


def find_triggers(text: str, layout: Layout) -> list[Trigger]:
    """Contact words, adjacent ones merged ("телефонну розмову" is one call)."""
    found: list[Trigger] = []
    dropped_end = -1  # a non-specific "контакт" takes the word after it along ("телефоном")
    for start, end, kind in _type_matches(text):
        if dropped_end >= 0 and layout.distance((dropped_end - 1, dropped_end), (start, end)) \
                <= 1 and layout.clause(start) == layout.clause(dropped_end - 1):
            dropped_end = end
            continue
        if kind == "call" and text[start:end].lower() in ("call", "calls") and not \
                NAME_BEFORE_CALL_RE.search(text, 0, start) and text[start - 3:start - 1] \
                not in ("'s", "’s") and not CALL_WITH_RE.match(text, end) and not (
                    ORDINAL_CALL_RE.search(text, max(0, start - 30), start)
                    and not CALL_FOR_RE.match(text, end)):
            continue  # a bare "call" counts only after a name ("the Trump-Putin call") or
            # with its other side after it ("a very productive call with President Putin")
        if kind == "generic" and NON_SPECIFIC_RE.search(text[max(0, start - 30):start]):
            dropped_end = end
            continue
        if kind == "call" and WHAT_CALLS_RE.search(text, max(0, start - 30), start):
            continue  # "what Trump calls the Russia «witch hunt»": naming, not phoning
        if kind == "call" and IN_TOUCH_BEFORE_RE.search(text[max(0, start - 40):start]):
            continue  # "agreed to stay in touch by phone": a standing line, not one call
        if kind == "meeting" and (EVENT_AFTER_RE.match(text, end) or
                                  NOUN_MODIFIER_RE.match(text, end) or
                                  EVENT_BEFORE_RE.search(text[max(0, start - 30):start])):
            continue  # "саміт G20", "the APEC summit": the event it happened at
        before = text[max(0, start - 25):start]
        if kind in ("talk", "call", "generic") and STRANDED_ABOUT_RE.match(text, end):
            continue  # "the fuller meeting both sides had talked about did not take place":
            # a clause describing the noun before it, not a contact of its own
        if TOPIC_BEFORE_RE.search(text[max(0, start - 40):start]):
            continue  # "рассказал Путину об итогах встречи": the meeting is what they discussed
        found.append(Trigger(start, end, kind, bool(ANAPHOR_BEFORE_RE.search(before))))
    merged: list[Trigger] = []
    # "розмови про конкретний саміт", "talk of a summit": talk about a contact is no contact
    found = [t for t, nxt in zip(found, [*found[1:], None], strict=False)
             if not (t.kind in ("talk", "generic") and nxt is not None and
                     TALK_ABOUT_RE.match(text, t.end) and
                     layout.distance((t.start, t.end), (nxt.start, nxt.end)) <= 3)]
    for t in found:
        if merged:
            last = merged[-1]
            if (layout.clause(last.start) == layout.clause(t.start)
                    and layout.distance((last.start, last.end), (t.start, t.end)) <= 1
                    # "зустріч після переговорів", "call since the summit": two contacts,
                    # one a point in time for the other
                    and not APART_RE.search(text, last.end, t.start)):
                kind = last.kind if RANK[last.kind] >= RANK[t.kind] else t.kind
                if {last.kind, t.kind} == {"call", "meeting"}:
                    kind = "call"
                merged[-1] = Trigger(last.start, t.end, kind, last.anaphoric or t.anaphoric)
                continue
        merged.append(t)
    return merged


# "не досяг прогресу в розмові", "did not budge in the call": the negation is its own
# verb's, and the contact is where that verb happened (a word between "не" and "в/in")
NEGATED_VERB_IN_RE = re.compile(
    # (not a verb of taking part: "не брав участі в розмові" says there was none for him)
    r"\s+(?!(?:брав|брала|брали|взяв|взяла|взяли|принимал\w*|принял\w*|took|take|taken|"
    r"participat\w*|attend\w*|join\w*|присутств\w*|був|була|були|был|была|были|was|were)"
    r"(?![\w'’-]))[\w'’«»\"-]+(?:\s+[\w'’«»\"-]+)?\s+(?:в|у|во|під\s+час|в\s+ході|у\s+ході|в\s+ходе|"
    r"during|in(?:\s+(?:the|their|a|an|his|her|this|that))?)\s+(?:[\w'’-]+\s+)?$", re.I)


ABOUT_BEFORE_RE = re.compile(r"(?<!\w)(?:про|о|об|about|on)\s+(?:[\w'’-]+\s+)?$", re.I)


def find_cues(text: str) -> list[Cue]:
    return [Cue(m.start(), m.end(), m.lastgroup) for m in STATUS_GATE.finditer(text)]


def _nearest(cues: list[Cue], kind: str, span: tuple[int, int], layout: Layout,
             limit: int = 99) -> Cue | None:
    best, best_d = None, limit + 1
    for c in cues:
        if c.kind != kind:
            continue
        d = layout.distance((c.start, c.end), span)
        if d < best_d:
            best, best_d = c, d
    return best


def _own_verb_between(cue: Cue, trigger: Trigger, cues: list[Cue], layout: Layout) -> bool:
    """A tense word right before the contact verb, between it and a farther status cue."""
    span = (trigger.start, trigger.end)
    if layout.distance((cue.start, cue.end), span) <= 2:
        return False
    if cue.end > trigger.start:
        return False
    return any(v.kind in ("future", "held") and cue.end <= v.start and v.end <= trigger.start and
               layout.distance((v.start, v.end), span) == 0 for v in cues)


NOUN_OF_RE = re.compile(r"\s+(?:of|about)\s+(?:the\s+|a\s+|their\s+)?(?:[\w'’-]+\s+){0,2}",
                        re.I)
SAID_BETWEEN_RE = re.compile(
    r"(?<!\w)(?:said|told|announced|заяви\w*|сказа\w*|сообщи\w*|повідоми\w*|объяви\w*|"
    r"оголоси\w*)(?!\w)", re.I)


def status_of(trigger: Trigger, text: str, layout: Layout, cues: list[Cue]) -> str:
    """held | announced | cancelled | postponed | negated | hypothetical | unclear.

    `cues` are those of the trigger's clause (the caller filters by clause).
    """
    span = (trigger.start, trigger.end)
    clause = layout.clause_span(layout.clause(trigger.start))
    clause_text = text[clause[0]:clause[1]]
    if any(c.kind == "deny" for c in cues):
        return "negated"
    if NO_PLANS_RE.search(clause_text):
        return "negated"
    for c in cues:  # "не спілкувався", "did not speak", "not expected to hold a meeting"
        if c.kind != "negate":
            continue
        if c.start < trigger.start and layout.distance((c.start, c.end), span) <= 3 and \
                not NEGATED_VERB_IN_RE.match(text, c.end, trigger.start):
            return "negated"
        for v in cues:
            if v.kind in ("held", "future", "hypo") and c.end <= v.start and \
                    layout.distance((c.start, c.end), (v.start, v.end)) == 0 and \
                    v.start < trigger.start and layout.distance((v.start, v.end), span) <= 5:
                return "negated"
    post = _nearest(cues, "post_negate", span, layout, 3)
    if post and (post.start > trigger.end or post.start <= trigger.start < post.end):
        return "negated"  # after the contact word, or holding it ("was not discussed")
    post = _nearest(cues, "post_negate", span, layout, 8)
    if post and post.start > trigger.end and (PASSIVE_BEFORE_RE.search(
            text[max(0, post.start - 20):post.start]) or re.match(
                r"(?:was|is|are|has|have|remains?|still|поки|пока|ещё|еще|not\s+planned|"
                r"не\s+(?:визнач|определ|назнач|призначен|план|буде|будет|передбач|предвид))",
                text[post.start:post.end], re.I)):
        return "negated"  # "a meeting between the two leaders was not discussed"
    post = _nearest(cues, "post_negate", span, layout, 14)
    if post and post.start > trigger.end and re.match(
            r"не\s+(?:план|передбач|предвид)|not\s+planned", text[post.start:post.end], re.I):
        # "встреча Путина и Трампа на саммите АТЭС в следующем месяце не планируется": the
        # predicate of a long subject reaches further
        return "negated"
    for kind in ("cancel", "postpone"):
        c = _nearest(cues, kind, span, layout, 8)
        if c is None:
            c = _nearest(cues, kind, span, layout, 14)
            if c is None or c.start < trigger.end or not PASSIVE_BEFORE_RE.search(
                    text[max(0, c.start - 20):c.start]):
                continue  # "A summit … has been put on hold": the passive reaches further
        if any(v.kind == "hypo" and v.end <= c.start and layout.distance(
                (v.start, v.end), (c.start, c.end)) <= 1 for v in cues):
            return "hypothetical"  # "threatened to cancel", "could postpone"
        if _own_verb_between(c, trigger, cues, layout):
            continue  # "to skip the G8, will meet Obama in Mexico": "will meet" is its own
        noun_form = re.match(r"(?:отмен[аеуы]|скасуванн\w*|cancellation|postponement|"
                             r"перенесенн\w*|перенос|отсрочк\w*|відкладенн\w*)$",
                             text[c.start:c.end], re.I)
        if noun_form and not (c.end <= trigger.start and (
                layout.distance((c.start, c.end), span) <= 2 or NOUN_OF_RE.fullmatch(
                    text, c.end, trigger.start))):
            continue  # (the noun's own: "the postponement of the Trump-Putin summit", not
            # "The postponement follows criticism over the leaders' summit")
        return "cancelled" if kind == "cancel" else "postponed"
    course = _nearest(cues, "course", span, layout, 2)
    future = _nearest(cues, "future", span, layout)
    held = _nearest(cues, "held", span, layout) or _nearest(cues, "discussed", span, layout, 2)
    if course and course.end <= trigger.start and not (
            future and layout.distance((future.start, future.end), span) <= 2):
        if AFTER_RE.match(text, course.start) and any(
                (c.kind == "future" or c.kind == "hypo" and EXPECT_RE.match(text, c.start))
                and c.end <= course.start and not SAID_BETWEEN_RE.search(
                    text, c.end, course.start) for c in cues):
            # (not "would respond decisively, the White House said after a 62-minute phone
            # call": the report, in the past, came after the call)
            # "очікує на контакт … після його розмови з Путіним", "will travel after the
            # call": a point in time still to come, so the contact is announced
            return "announced"
        return "held"  # "в ході розмови", "after the call": it took place
    managed = _nearest(cues, "managed", span, layout, 1)
    if managed and managed.end <= trigger.start:
        return "held"  # "успели поговорить", "managed to speak"
    agree = _nearest(cues, "agree", span, layout, 12)
    if agree and agree.end <= trigger.start:
        return "announced"
    if agree and agree.start >= trigger.end and ABOUT_BEFORE_RE.search(
            text, max(0, trigger.start - 12), trigger.start) and layout.distance(
                (agree.start, agree.end), span) <= 6:
        return "announced"  # "Про саміт в угорській столиці лідери домовилися"
    if agree and agree.start >= trigger.end and layout.distance(
            (agree.start, agree.end), span) <= 3 and PASSIVE_BEFORE_RE.search(
                text[max(0, agree.start - 20):agree.start]):
        return "announced"  # "The Budapest summit was agreed on Oct. 16"
    hypo = [c for c in cues if c.kind == "hypo" and c.start < trigger.start and
            layout.distance((c.start, c.end), span) <= 4]
    if hypo:
        if all(EXPECT_RE.match(text, c.start) for c in hypo) and _dated_after(
                text, trigger.end, clause[1]):
            # "Обама чекає на зустріч із Путіним у травні", "looks forward to meeting him
            # on June 12": an awaited contact with a date is a planned one
            return "announced"
        return "hypothetical"
    if future and held:
        df = layout.distance((future.start, future.end), span)
        dh = layout.distance((held.start, held.end), span)
        return "announced" if df <= dh else "held"
    if future:
        return "announced"
    if held:
        return "held"
    return "unclear"


def _dated_after(text: str, start: int, end: int) -> bool:
    return any(not d.bounded for d in find_dates(text[start:end]))


def in_person(text: str) -> bool:
    return bool(IN_PERSON_RE.search(text))


def is_process(text: str) -> bool:
    """Talks between countries or a negotiation round, not a leaders' contact."""
    return bool(PROCESS_RE.search(text))
