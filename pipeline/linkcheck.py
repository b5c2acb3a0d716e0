"""Checking that source URLs answer. Network use is explicit: only the command calls it."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from .model import is_http_url

USER_AGENT = "HotlineLinkCheck/1.0 (+https://github.com/hotline-data)"


def urls_in(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every (field path, URL) in a record: sources, history, durations and quotes."""
    if isinstance(data, dict):
        for k, v in data.items():
            if k in ("url", "source") and isinstance(v, str) and v.startswith("http"):
                yield (*path, k), v
            else:
                yield from urls_in(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from urls_in(v, (*path, i))


def check_url(url: str, timeout: float = 10.0) -> str | None:
    """None when the URL answers with a success or redirect; else what went wrong."""
    if not is_http_url(url):
        return "not an http(s) URL"
    problem = "no answer"
    for method in ("HEAD", "GET"):  # some servers refuse HEAD but serve GET
        req = urllib.request.Request(url, method=method,  # noqa: S310 - checked above
                                     headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310
                return None if resp.status < 400 else f"HTTP {resp.status}"
        except urllib.error.HTTPError as exc:
            problem = f"HTTP {exc.code}"
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            return f"no answer ({getattr(exc, 'reason', exc)})"
    return problem


def check_all(urls: list[str], timeout: float = 10.0, workers: int = 8) -> dict[str, str]:
    """{url: problem} for the URLs that failed."""
    unique = sorted(set(urls))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = pool.map(lambda u: check_url(u, timeout), unique)
    return {u: r for u, r in zip(unique, results, strict=True) if r}
