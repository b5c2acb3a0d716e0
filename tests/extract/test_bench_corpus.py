"""The speed benchmark's generated corpus is read correctly.

bench/extract.py times the extractor on articles it generates from templates; its ratio
only means something while the extractor finds what those articles report. A rule change
that stops reading a template (or reads the filler around it as contacts) fails here, not
silently in a benchmark figure.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter

from ..conftest import ROOT


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_extract", ROOT / "bench" / "extract.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_generated_articles_are_extracted_as_their_labels(extractor):
    corpus = _bench_module().generate(300, 7)
    assert sum(len(g.gold) for g in corpus) > 250  # the templates still report contacts
    wrong = []
    for g in corpus:
        got = Counter((d.contact.type, d.contact.status, d.to_json()["date"])
                      for d in extractor.extract(g.article))
        if got != Counter(g.gold):
            wrong.append((g.article.path, sorted(g.gold), sorted(got.elements())))
    assert not wrong, f"{len(wrong)} of 300 generated articles misread, e.g. {wrong[:3]}"
