"""Page weight: bytes a reader downloads for the home page and a contact page.

Reads the built site in output/ (run `make site` first) and adds up the HTML and everything
it loads on first view: stylesheets, scripts and images (for a <picture>, the one source a
desktop browser in light mode picks, i.e. the <img> fallback). Targets: contact page
< 60 KB, home < 200 KB. Prints raw and gzip figures.
"""

from __future__ import annotations

import argparse
import gzip
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"home": 200_000, "contact": 60_000}


class Resources(HTMLParser):
    """Collects what the browser fetches on load (not <a> links, not lazy on-demand code)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_picture = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rel = (a.get("rel") or "").split()
        if tag == "picture":
            self._in_picture = True
        elif tag == "link" and ("stylesheet" in rel or "icon" in rel) and a.get("href"):
            self.urls.append(a["href"])
        elif tag in ("script", "img") and a.get("src"):
            self.urls.append(a["src"])

    def handle_endtag(self, tag):
        if tag == "picture":
            self._in_picture = False


def local(site: Path, url: str) -> Path | None:
    if "://" in url or url.startswith("//") or url.startswith("data:"):
        return None
    return site / url.split("?")[0].split("#")[0].lstrip("/")


def weigh(site: Path, page: Path) -> tuple[int, int, list[tuple[str, int]]]:
    html = page.read_bytes()
    parser = Resources()
    parser.feed(html.decode("utf-8"))
    parts = [(str(page.relative_to(site)), html)]
    for url in dict.fromkeys(parser.urls):
        path = local(site, url)
        if path is None:
            raise SystemExit(f"{page}: loads {url} from another origin")
        if path.is_file():
            parts.append((url, path.read_bytes()))
    raw = sum(len(b) for _, b in parts)
    gz = sum(len(gzip.compress(b, mtime=0)) for _, b in parts)
    return raw, gz, [(name, len(b)) for name, b in parts]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--site", type=Path, default=ROOT / "output")
    ap.add_argument("--contact", default="2025-08-15-trump-putin-meeting-anchorage")
    args = ap.parse_args()
    pages = {"home": args.site / "index.html",
             "contact": args.site / "contacts" / args.contact / "index.html"}
    for name, page in pages.items():
        if not page.is_file():
            raise SystemExit(f"{page} is missing: run `make site` first")
        raw, gz, parts = weigh(args.site, page)
        verdict = "met" if raw < TARGETS[name] else "MISSED"
        print(f"{name:8} {raw / 1000:7.1f} KB raw, {gz / 1000:6.1f} KB gzip "
              f"(target < {TARGETS[name] // 1000} KB raw: {verdict})")
        for part, size in parts:
            print(f"           {size / 1000:7.1f} KB  {part}")


if __name__ == "__main__":
    main()
