"""Reading articles: front matter, publication dates, and clear errors."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.articles import ArticleError, parse_article, read_article

from ..conftest import ROOT

SEEDS = {  # file -> (published, outlet), as the seeds' README gives them
    "2025-10-16-trump-putin-call-unian.md": ("2025-10-16", "УНІАН"),
    "2024-11-20-trump-talks-putin-soon.md": ("2024-11-20", "Новини Донбасу"),
    "2017-01-28-putin-trump-first-call.md": ("2017-01-28", "unnamed Russian outlet"),
    "2025-putin-goals-talks-trump-ft.md": ("2025", "unnamed Ukrainian outlet"),
    "2021-12-31-biden-putin-call-50-minutes.md": ("2021-12-31", "unnamed Ukrainian outlet"),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seeds_are_imported_with_readme_dates(name):
    """Each seed article carries the publication date and outlet of the seeds' README."""
    article = read_article(ROOT / "content" / "articles" / name)
    published, outlet = SEEDS[name]
    assert article.published_text == published
    assert article.outlet == outlet
    assert name.startswith(published + "-")
    assert article.lang in ("uk", "ru")


def test_seed_text_is_kept_verbatim():
    """The article body is the seed file as scraped, byte for byte."""
    article = read_article(ROOT / "content" / "articles" / "2024-11-20-trump-talks-putin-soon.md")
    seed = (ROOT.parent.parent / "shared" / "seeds" / "001_1e3d0ba9fdbdb4aa.txt")
    if seed.exists():
        assert article.text == seed.read_text(encoding="utf-8")
    assert "15:50" in article.text  # the ticker is input; cleaning removes it later


def test_datetime_with_offset_keeps_local_date():
    """A report at 01:30 Moscow time is dated by the Moscow date, not UTC's."""
    article = parse_article("---\npublished: 2022-02-13T01:30:00+03:00\n---\nТекст.")
    assert article.published == dt.date(2022, 2, 13)
    assert article.published_text == "2022-02-13"


def test_partial_publication_date():
    """A year-only date is accepted with year precision."""
    article = parse_article("---\npublished: 2025\n---\nТекст.")
    assert article.published == dt.date(2025, 1, 1)
    assert article.precision == "year"


def test_missing_published_is_a_clear_error():
    """An article without `published` names the file and the fix."""
    with pytest.raises(ArticleError, match=r"a\.md: no publication date.*--published"):
        parse_article("---\ntitle: X\n---\nТекст.", "a.md")


def test_plain_text_with_published_option():
    """A plain text file reads when --published supplies the date."""
    article = parse_article("Трамп поговорив з Путіним.", "a.txt", "2025-10-16")
    assert article.published == dt.date(2025, 10, 16)
    assert article.title is None


def test_bad_front_matter_reports_line():
    """Malformed YAML in front matter is an ArticleError with file and line."""
    with pytest.raises(ArticleError, match=r"a\.md:3: front matter"):
        parse_article("---\npublished: 2025-01-01\ntitle: a: b\n---\nx", "a.md")


def test_bad_language_and_date_are_rejected():
    """Unknown languages and impossible dates are errors, not guesses."""
    with pytest.raises(ArticleError, match="lang"):
        parse_article("---\npublished: 2025-01-01\nlang: de\n---\nx", "a.md")
    with pytest.raises(ArticleError, match="does not exist"):
        parse_article("---\npublished: '2025-02-30'\n---\nx", "a.md")


def test_non_utf8_file_is_a_clear_error(tmp_path):
    """A file in another encoding is refused with the offending byte named."""
    path = tmp_path / "a.md"
    path.write_bytes(b"---\npublished: 2025-01-01\n---\n" + "Трамп".encode("cp1251"))
    with pytest.raises(ArticleError, match="not UTF-8"):
        read_article(path)


def test_missing_file_is_a_clear_error(tmp_path):
    """A path that does not exist is an ArticleError, not a traceback."""
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "missing.md")
