"""pipeline/site/plugin.py: what the plugin changes in Pelican's own generator."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.site.plugin import MemberList, quick_membership


class Article:  # like Pelican's Content: no __eq__, so `in` means "is one of"
    def __init__(self, n: int) -> None:
        self.n = n


def test_group_membership_answers_as_the_lists_did():
    """Pelican computes each group's `dates` as [a for a in dates if a in group]; after the
    plugin turns the groups into MemberLists the answers, and their order, are the same."""
    articles = [Article(n) for n in range(50)]
    groups = {"even": articles[::2], "firsts": articles[:7], "none": []}
    generator = SimpleNamespace(tags=dict(groups), categories=list(groups.items()),
                                authors=[("x", articles[3:5])])
    quick_membership(generator)
    for name, group in generator.tags.items():
        assert isinstance(group, MemberList) and group == groups[name]
        assert ([a for a in articles if a in group]
                == [a for a in articles if a in groups[name]])
    assert [a.n for a in articles if a in dict(generator.categories)["firsts"]] == list(range(7))
    assert Article(3) not in generator.authors[0][1]  # an equal-looking other object is not in
    assert articles[3] in generator.authors[0][1]
