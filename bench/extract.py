"""Extractor speed on a generated corpus, against the naive dateparser baseline.

    .venv/bin/python bench/extract.py [--articles 1000] [--seed 7] [--baseline-sample N]

Generates articles from varied templates (uk, ru, en; calls, meetings, announcements,
cancellations, negations, officials, third parties; news tickers, "read also" blocks,
comment rules, quotes and filler paragraphs), then times in one run:

- ours: `Extractor.extract` on every article (start-up timed separately);
- baseline: `search_dates(text, languages=['uk', 'ru'])` on the same article texts.

Prints articles/s and ms/article for both, the speed ratio, and how the extractor's output
compares with the generator's own labels. Times are CPU time of this process (the bench
machine is shared), best of --rounds rounds. The rounds alternate (ours, baseline, ours,
…) so that both sides see the same machine; the ratio of each pair of rounds is printed too,
since a busy minute slows whichever side it falls on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_t0 = time.process_time()
from pipeline.extract import Extractor  # noqa: E402
from pipeline.extract.articles import Article  # noqa: E402

IMPORT_SECONDS = time.process_time() - _t0  # compiling the patterns happens at import

ERAS = [  # (us, ru, first, last)
    ("obama", "medvedev", dt.date(2009, 2, 1), dt.date(2012, 4, 30)),
    ("obama", "putin", dt.date(2012, 6, 1), dt.date(2016, 12, 31)),
    ("trump", "putin", dt.date(2017, 2, 1), dt.date(2020, 12, 31)),
    ("biden", "putin", dt.date(2021, 2, 1), dt.date(2022, 2, 20)),
    ("trump", "putin", dt.date(2025, 2, 1), dt.date(2025, 12, 20)),
]
NAMES = {
    "uk": {"obama": ("Барак Обама", "Обами", "Обамою"), "trump": ("Дональд Трамп", "Трампа",
           "Трампом"), "biden": ("Джо Байден", "Байдена", "Байденом"),
           "putin": ("Володимир Путін", "Путіна", "Путіним"),
           "medvedev": ("Дмитро Медведєв", "Медведєва", "Медведєвим")},
    "ru": {"obama": ("Барак Обама", "Обамы", "Обамой"), "trump": ("Дональд Трамп", "Трампа",
           "Трампом"), "biden": ("Джо Байден", "Байдена", "Байденом"),
           "putin": ("Владимир Путин", "Путина", "Путиным"),
           "medvedev": ("Дмитрий Медведев", "Медведева", "Медведевым")},
    "en": {"obama": ("Barack Obama", "Obama", "Obama"), "trump": ("Donald Trump", "Trump",
           "Trump"), "biden": ("Joe Biden", "Biden", "Biden"),
           "putin": ("Vladimir Putin", "Putin", "Putin"),
           "medvedev": ("Dmitry Medvedev", "Medvedev", "Medvedev")},
}
WEEKDAYS = {"uk": ["у понеділок", "у вівторок", "у середу", "у четвер", "у п'ятницю",
                   "у суботу", "у неділю"],
            "ru": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу",
                   "в субботу", "в воскресенье"],
            "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
                   "on Saturday", "on Sunday"]}
MONTHS_GEN = {"uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                     "серпня", "вересня", "жовтня", "листопада", "грудня"],
              "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                     "августа", "сентября", "октября", "ноября", "декабря"],
              "en": ["January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]}
PLACES = {"uk": [("Женеві", "geneva"), ("Гельсінкі", "helsinki"), ("Будапешті", "budapest"),
                 ("Осаці", "osaka"), ("Гамбурзі", "hamburg")],
          "ru": [("Женеве", "geneva"), ("Хельсинки", "helsinki"), ("Будапеште", "budapest"),
                 ("Осаке", "osaka"), ("Гамбурге", "hamburg")],
          "en": [("Geneva", "geneva"), ("Helsinki", "helsinki"), ("Budapest", "budapest"),
                 ("Osaka", "osaka"), ("Hamburg", "hamburg")]}
FILLER = {
    "uk": ["Курс гривні на міжбанку знизився на дві копійки.",
           "Синоптики прогнозують дощ і до 15 градусів тепла у вівторок.",
           "У Києві відкрили новий міст через Дніпро, на церемонії було понад 2900 людей.",
           "Верховна Рада ухвалила закон про захист персональних даних.",
           "Експерти зазначають, що ціни на пальне можуть зрости вже наступного місяця.",
           "За даними Держстату, інфляція у вересні сповільнилася до 7,2 відсотка.",
           "Міністерство освіти оприлюднило розклад зовнішнього незалежного оцінювання.",
           "У Львові відбувся фестиваль, який відвідали близько 40 тисяч гостей.",
           "Аналітики очікують, що врожай зернових цього року перевищить торішній.",
           "Енергетики попередили про можливі відключення світла в кількох областях.",
           "Поліція затримала підозрюваних у шахрайстві з банківськими картками.",
           "У парламенті зареєстрували законопроєкт про реформу місцевого самоврядування."],
    "ru": ["Курс рубля укрепился на открытии торгов.",
           "Синоптики обещают снег и до минус 5 градусов в пятницу.",
           "В Москве открыли новую станцию метро, на открытие пришли 2900 человек.",
           "Госдума приняла закон о персональных данных в первом чтении.",
           "Аналитики ожидают роста цен на бензин в следующем месяце.",
           "По данным Росстата, инфляция в сентябре замедлилась до 7,2 процента.",
           "Министерство просвещения опубликовало расписание экзаменов.",
           "В Казани прошел фестиваль, который посетили около 40 тысяч гостей.",
           "Эксперты ожидают, что урожай зерновых в этом году превысит прошлогодний.",
           "Энергетики предупредили о возможных отключениях света в нескольких регионах.",
           "Полиция задержала подозреваемых в мошенничестве с банковскими картами.",
           "В парламент внесен законопроект о реформе местного самоуправления."],
    "en": ["Oil prices rose by 2% in early trading.",
           "Forecasters expect rain and highs of 15 degrees on Tuesday.",
           "The city opened a new bridge, with 2,900 people at the ceremony.",
           "Parliament passed a data protection law on first reading.",
           "Analysts expect fuel prices to rise next month.",
           "Inflation slowed to 7.2 percent in September, the statistics office said.",
           "The education ministry published the schedule of national exams.",
           "About 40,000 visitors attended the festival over the weekend.",
           "Experts expect this year's grain harvest to exceed last year's.",
           "Utilities warned of possible power cuts in several regions.",
           "Police detained suspects in a bank card fraud case.",
           "A bill on local government reform was submitted to parliament."],
}
TICKER_HEAD = {"uk": "НОВИНИ", "ru": "НОВОСТИ", "en": "LATEST"}
READ_ALSO = {"uk": "Читайте також:\nПутін і Трамп зустрінуться в Будапешті\n",
             "ru": "Читайте также:\nПутин и Трамп встретятся в Будапеште\n",
             "en": "Read also:\nPutin and Trump to meet in Budapest\n"}
COMMENTS = {"uk": "Коментарі модеруються: будьте толерантними.",
            "ru": "Комментарии модерируются, оскорбления удаляются.",
            "en": "Comments are moderated; please be respectful."}


@dataclass
class Generated:
    article: Article
    gold: list[tuple[str, str, str]] = field(default_factory=list)  # (type, status, date)


def _held_call(lang, us, ru, pub, rng):
    back = rng.randint(1, 5)
    day = pub - dt.timedelta(days=back)
    when = WEEKDAYS[lang][day.weekday()]
    minutes = rng.choice([40, 50, 60, 90])
    u, r = NAMES[lang][us], NAMES[lang][ru]
    text = {
        "uk": f"{when.capitalize()} {u[0]} провів телефонну розмову з {r[2]}. Розмова тривала "
              f"близько {minutes} хвилин, повідомили в Кремлі.",
        "ru": f"{when.capitalize()} {u[0]} провел телефонный разговор с {r[2]}. Беседа "
              f"продолжалась около {minutes} минут, сообщили в Кремле.",
        "en": f"{u[0]} and {r[0]} spoke by phone {when}, the White House said. The call "
              f"lasted about {minutes} minutes.",
    }[lang]
    return text, ("call", "held", day.isoformat())


def _meeting(lang, us, ru, pub, rng):
    place, _pid = rng.choice(PLACES[lang])
    day = pub - dt.timedelta(days=rng.randint(0, 20))
    date = f"{day.day} {MONTHS_GEN[lang][day.month - 1]}"
    if lang == "en":
        date = f"{MONTHS_GEN[lang][day.month - 1]} {day.day}"
    u, r = NAMES[lang][us], NAMES[lang][ru]
    text = {
        "uk": f"{u[0]} і {r[0]} зустрілися в {place} {date}. Переговори тривали понад дві "
              f"години.",
        "ru": f"{u[0]} и {r[0]} встретились в {place} {date}. Переговоры продлились более "
              f"двух часов.",
        "en": f"{u[0]} and {r[0]} met in {place} on {date}. The talks lasted more than two "
              f"hours.",
    }[lang]
    return text, ("meeting", "held", day.isoformat())


def _announced(lang, us, ru, pub, rng):
    u, r = NAMES[lang][us], NAMES[lang][ru]
    text = {
        "uk": f"{u[0]} найближчим часом проведе переговори з {r[2]}, повідомляють джерела.",
        "ru": f"{u[0]} в ближайшее время проведет переговоры с {r[2]}, сообщают источники.",
        "en": f"{u[0]} will soon hold talks with {r[0]}, sources said.",
    }[lang]
    return text, ("call", "announced", None)


def _cancelled(lang, us, ru, pub, rng):
    place, _pid = rng.choice(PLACES[lang])
    u, r = NAMES[lang][us], NAMES[lang][ru]
    text = {
        "uk": f"{u[0]} скасував зустріч із {r[2]} у {place}, заявили в Білому домі.",
        "ru": f"{u[0]} отменил встречу с {r[2]} в {place}, заявили в Белом доме.",
        "en": f"{u[0]} cancelled his meeting with {r[0]} in {place}, the White House said.",
    }[lang]
    return text, ("meeting", "cancelled", None)


def _negated(lang, us, ru, pub, rng):
    u, r = NAMES[lang][us], NAMES[lang][ru]
    text = {
        "uk": f"{r[0]} заявив, що не спілкувався з {u[2]} кілька місяців.",
        "ru": f"{r[0]} заявил, что не разговаривал с {u[2]} несколько месяцев.",
        "en": f"{r[0]} said he had not spoken with {u[1]} for several months.",
    }[lang]
    return text, None


def _officials(lang, us, ru, pub, rng):
    text = {
        "uk": "Держсекретар і міністр закордонних справ Росії провели зустріч у Женеві "
              "наступного дня.",
        "ru": "Госсекретарь и министр иностранных дел России провели встречу в Женеве на "
              "следующий день.",
        "en": "The Secretary of State met the Russian foreign minister in Geneva the next "
              "day.",
    }[lang]
    return text, None


def _third_party(lang, us, ru, pub, rng):
    u = NAMES[lang][us]
    text = {
        "uk": f"Завтра {u[0]} планує зустрітися з президентом Володимиром Зеленським.",
        "ru": f"Завтра {u[0]} планирует встретиться с президентом Владимиром Зеленским.",
        "en": f"Tomorrow {u[0]} plans to meet President Volodymyr Zelensky.",
    }[lang]
    return text, None


TEMPLATES = [_held_call, _meeting, _announced, _cancelled, _negated, _officials,
             _third_party]


def generate(n: int, seed: int) -> list[Generated]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        us, ru, first, last = rng.choice(ERAS)
        pub = first + dt.timedelta(days=rng.randint(0, (last - first).days))
        lang = rng.choice(("uk", "ru", "en"))
        paragraphs, gold = [], []
        for template in rng.sample(TEMPLATES, rng.randint(1, 3)):
            text, label = template(lang, us, ru, pub, rng)
            paragraphs.append(text)
            if label:
                gold.append(label)
        for _ in range(rng.randint(3, 8)):  # news pages carry other news around the story
            filler = " ".join(rng.sample(FILLER[lang], rng.randint(2, 4)))
            paragraphs.insert(rng.randint(0, len(paragraphs)), filler)
        if rng.random() < 0.4:
            paragraphs.append(READ_ALSO[lang])
        if rng.random() < 0.3:
            paragraphs.append(COMMENTS[lang])
        if rng.random() < 0.4:  # a news ticker: clock times and headlines
            lines = [TICKER_HEAD[lang]]
            for k in range(rng.randint(10, 40)):
                lines += [f"{23 - k % 24:02d}:{rng.randint(0, 59):02d}",
                          rng.choice(FILLER[lang]).rstrip(".")]
            paragraphs.append("\n".join(lines))
        text = "\n\n".join(paragraphs)
        article = Article(path=f"generated/{i:05d}.md", text=text, published=pub,
                          published_text=pub.isoformat(), title=None, url=None,
                          outlet="Generated", lang=lang)
        out.append(Generated(article, gold))
    return out


def _time(fn, items, rounds: int = 1) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for item in items:
            fn(item)
        best = min(best, time.process_time() - start)
    return best


def _alternate(ours, base, rounds: int) -> tuple[list[float], list[float]]:
    """CPU seconds of each round of each side, the sides taking turns."""
    a, b = [], []
    for _ in range(rounds):
        a.append(ours())
        b.append(base())
    return a, b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline-sample", type=int, default=0,
                        help="time the baseline on only this many articles (0: all)")
    args = parser.parse_args()
    corpus = generate(args.articles, args.seed)
    articles = [g.article for g in corpus]
    kb = sum(len(a.text.encode()) for a in articles) / len(articles) / 1024

    t0 = time.process_time()
    extractor = Extractor()
    extractor.extract(articles[0])
    startup = time.process_time() - t0
    _time(extractor.extract, articles)  # a first pass fills the per-span date caches

    from dateparser.search import search_dates

    t0 = time.process_time()
    search_dates(articles[0].text, languages=["uk", "ru"])
    base_startup = time.process_time() - t0
    sample = articles[:args.baseline_sample] if args.baseline_sample else articles
    ours_rounds, base_rounds = _alternate(
        lambda: _time(extractor.extract, articles) / len(articles) * 1000,
        lambda: _time(lambda a: search_dates(a.text, languages=["uk", "ru"]), sample)
        / len(sample) * 1000, args.rounds)
    ours_ms, base_ms = min(ours_rounds), min(base_rounds)
    print(f"corpus: {len(articles)} generated articles, {kb:.1f} KB on average "
          f"(seed {args.seed})")
    print(f"extractor: import {IMPORT_SECONDS * 1000:.0f} ms, start-up {startup * 1000:.0f} ms "
          f"(registries, first article); {ours_ms:.2f} ms/article, "
          f"{1000 / ours_ms:,.0f} articles/s")
    print(f"baseline search_dates(text, languages=['uk','ru']): start-up "
          f"{base_startup * 1000:.0f} ms; {base_ms:.2f} ms/article, "
          f"{1000 / base_ms:,.0f} articles/s ({len(sample)} articles)")
    print("rounds (ms/article, extractor / baseline, ratio): " + "; ".join(
        f"{o:.2f} / {b:.2f}, {b / o:.1f}x" for o, b in zip(ours_rounds, base_rounds,
                                                         strict=True)))
    ratio = base_ms / ours_ms
    print(f"ratio: extractor is {ratio:.1f}x faster than the baseline, best round against "
          f"best round (target >= 20x: {'met' if ratio >= 20 else 'NOT met'}; "
          f"< 5 ms/article: {'met' if ours_ms < 5 else 'NOT met'})")

    real = sorted((ROOT / "content" / "articles").glob("*.md"))
    if real:
        from pipeline.extract import read_article

        seeds = [read_article(p) for p in real]
        ours_real = _time(extractor.extract, seeds * 10, args.rounds) / (10 * len(seeds)) * 1000
        base_real = _time(lambda a: search_dates(a.text, languages=["uk", "ru"]), seeds,
                          args.rounds) / len(seeds) * 1000
        kb_real = sum(len(a.text.encode()) for a in seeds) / len(seeds) / 1024
        print(f"real articles (content/articles, {len(seeds)}, {kb_real:.1f} KB on average, "
              f"dense in contacts): extractor {ours_real:.2f} ms/article, baseline "
              f"{base_real:.2f} ms/article, ratio {base_real / ours_real:.1f}x")

    found = expected = matched = 0
    for g in corpus:
        got = [(d.contact.type, d.contact.status, d.to_json()["date"])
               for d in extractor.extract(g.article)]
        expected += len(g.gold)
        found += len(got)
        left = list(got)
        for label in g.gold:
            if label in left:
                left.remove(label)
                matched += 1
    print(f"generated labels: {expected} contacts, extractor found {found}, "
          f"{matched} exact (type, status, date) matches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
