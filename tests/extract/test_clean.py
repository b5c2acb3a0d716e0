"""Page furniture is removed; the article's own text stays."""

from __future__ import annotations

from pipeline.extract.articles import read_article
from pipeline.extract.clean import clean

from ..conftest import ROOT

ARTICLES = ROOT / "content" / "articles"


def _texts(name: str) -> list[str]:
    article = read_article(ARTICLES / name)
    return [p.text for p in clean(article.text, article.title)]


def test_news_ticker_is_cut():
    """Seed 001: nothing after the first clock-time line survives (40 ticker headlines)."""
    texts = _texts("2024-11-20-trump-talks-putin-soon.md")
    joined = "\n".join(texts)
    assert "Окупанти виводять ППО" not in joined
    assert "СТАТТІ" not in joined and "15:50" not in joined
    assert "готовий до переговорів" in joined  # the last body paragraph stays


def test_repeated_headline_and_captions_are_dropped():
    """Seed 001's headline appears once; its photo caption does not appear at all."""
    texts = _texts("2024-11-20-trump-talks-putin-soon.md")
    assert sum(t.startswith("Трамп найближчим часом проведе") for t in texts) == 1
    assert not any("Фото:" in t for t in texts)


def test_read_also_and_comment_rules_are_dropped():
    """Seeds 003 and 004: the "read also" marker and the comment rules go."""
    assert not any("Читайте також" in t for t in _texts("2025-putin-goals-talks-trump-ft.md"))
    assert not any("толерантними" in t
                   for t in _texts("2021-12-31-biden-putin-call-50-minutes.md"))


def test_widget_labels_and_subheadings_are_dropped():
    """Seed 000: "Відео дня" and the short subheading are not sentences of the story."""
    texts = _texts("2025-10-16-trump-putin-call-unian.md")
    assert "Відео дня" not in texts
    assert "Трамп погрожує Росії" not in texts


def test_tweet_footer_becomes_the_tweets_date():
    """Seed 002: the tweet's footer line is metadata of the tweet, not text."""
    article = read_article(ARTICLES / "2017-01-28-putin-trump-first-call.md")
    paragraphs = clean(article.text, article.title)
    tweet = next(p for p in paragraphs if "@POTUS" in p.text)
    assert tweet.tweet_date == "28 января 2017 г."
    assert "pic.twitter.com" not in tweet.text
    assert not any("Sean Spicer" in p.text for p in paragraphs)


def test_related_story_bullet_is_dropped():
    """A bullet line without final punctuation is a link to another story."""
    texts = _texts("2017-01-28-putin-trump-first-call.md")
    assert not any(t.startswith("- В Вашингтоне") for t in texts)


def test_read_also_block_runs_to_blank_line():
    """Links listed under a bare "Читайте также:" are dropped until the next blank line."""
    text = "Тело статьи.\n\nЧитайте также:\n- Путин и Трамп встретились\nЕще ссылка\n\nКонец."
    assert [p.text for p in clean(text)] == ["Тело статьи.", "Конец."]


def test_title_leads_when_text_lacks_it():
    """The front-matter title becomes the headline paragraph if the text does not repeat it."""
    paragraphs = clean("Body sentence.", "Trump and Putin speak")
    assert paragraphs[0].text == "Trump and Putin speak" and paragraphs[0].headline


def test_apostrophes_are_folded():
    """Typographic apostrophes become ASCII so word patterns see one form."""
    assert clean("У п’ятницю Трамп говорив.")[0].text == "У п'ятницю Трамп говорив."


def test_empty_text():
    """Empty or whitespace-only text has no paragraphs."""
    assert clean("") == [] and clean(" \n\t\n") == []
