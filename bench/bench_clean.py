"""Throughput of clean() on the dev set's source texts, beside text normalisation alone
(the floor), and on generated HTML pages, beside plain lxml text extraction.

    python bench/bench_clean.py
"""

from __future__ import annotations

import collections
import json
import time
from pathlib import Path

import lxml.html

from civcas.clean import clean
from civcas.clean.text import normalise
from civcas.model import RawDocument

DEV = Path(__file__).parents[1] / ".." / "shared" / "data" / "airwars-syria-dev.jsonl"
PAGES = 300


def load_raw(path: Path) -> list[RawDocument]:
    raws: dict[str, RawDocument] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for src in json.loads(line)["sources"]:
                text = src.get("text") or ""
                raws.setdefault(src["id"], RawDocument(
                    source=src["id"], raw=text.encode(), id=src["id"], text=text, lang=src.get("lang"),
                    published=src.get("published"), title=src.get("title")))
    return list(raws.values())


def html_pages(n: int) -> list[RawDocument]:
    """Invented news pages with navigation, share bar, related links and a comment form."""
    pages = []
    for i in range(n):
        body = "".join(
            f"<p>Paragraph {j} of report {i}: shelling hit the eastern quarter of the town on day {j}, "
            f"wounding {j + 2} people, according to local medics and residents who spoke by phone.</p>"
            for j in range(8))
        html = (f"<html><head><title>Report {i}</title><meta property='article:published_time' "
                f"content='2024-03-{i % 28 + 1:02d}'></head><body><nav><a href='/'>Home</a><a>News</a></nav>"
                f"<article><h1>Report {i}</h1>{body}</article><div>Share on Facebook</div>"
                "<div><h3>Related posts</h3><ul><li>Five killed in blast</li><li>Aid reaches town</li></ul></div>"
                "<div id='comments'>Leave a reply<form>Name *<input></form></div></body></html>")
        pages.append(RawDocument(source=f"page-{i}", raw=html.encode(), html=html))
    return pages


def timed(fn, items) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


def main() -> int:
    pages = html_pages(PAGES)
    clean(pages[0])  # load patterns and trafilatura outside the timing
    floor_s = timed(lambda r: lxml.html.document_fromstring(r.html).text_content(), pages)
    clean_s = timed(clean, pages)
    print(f"{PAGES} generated HTML pages")
    print(f"lxml text_content : {PAGES / floor_s:8.0f} pages/s")
    print(f"clean (HTML)      : {PAGES / clean_s:8.0f} pages/s")
    if not DEV.exists():
        print(f"dev set skipped: not found at {DEV.resolve()}")
        return 0
    raws = load_raw(DEV)
    chars = sum(len(r.text) for r in raws)
    floor_s = timed(lambda r: normalise(r.text), raws)
    clean_s = timed(clean, raws)
    statuses = collections.Counter(clean(r).status for r in raws)
    print(f"dev set: {len(raws)} source texts, {chars:,} characters")
    print(f"normalise only    : {len(raws) / floor_s:8.0f} docs/s  {chars / floor_s / 1e6:6.2f} M chars/s")
    print(f"clean (text)      : {len(raws) / clean_s:8.0f} docs/s  {chars / clean_s / 1e6:6.2f} M chars/s")
    print("statuses          : " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
