"""How a long page's cost grows with its length: places and claims (the pipeline's
`analyse`) on one page made of the bundled sample documents, repeated to ever greater
lengths, beside a plain tokenisation pass over the same text (the floor, which grows
linearly). A live blog, a monthly report or a site's archive saved as one file runs to
hundreds of thousands of characters; read in time proportional to its length, a page
four times longer takes about four times as long, not sixteen.

    python bench/bench_long.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from importlib.resources import files

from civcas.clean import clean
from civcas.model import RawDocument
from civcas.pipeline import analyse

SIZES = (50_000, 100_000, 200_000, 400_000)  # characters of the page


def sample_text() -> str:
    """The bundled sample documents' texts, one after another as paragraphs."""
    lines = files("civcas.samples").joinpath("documents.jsonl").read_text(encoding="utf-8").splitlines()
    return "\n\n".join(json.loads(line).get("text") or "" for line in lines if line.strip())


def page(text: str, size: int) -> RawDocument:
    body = (text + "\n\n") * (size // (len(text) + 2) + 1)
    return RawDocument(source="bench", raw=b"", id=f"long-{size}", text=body[:size], published="2024-03-05")


def best_of(fn, runs: int = 3):
    """The shortest of a few timed runs (a shared machine's noise only adds time), and the result."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> int:
    text = sample_text()
    word = re.compile(r"\w+")
    analyse(clean(page(text, 5_000)))  # load the gazetteer and lexicons outside the timing
    print(f"{'characters':>10} {'tokenise':>10} {'analyse':>10} {'claims':>7}  growth (analyse / floor, against the size before)")
    before = None
    for size in SIZES:
        doc = clean(page(text, size))
        floor_s, tokens = best_of(lambda: len(word.findall(doc.text)))
        spent, (_, claims) = best_of(lambda: analyse(doc))
        growth = "" if before is None else f"{spent / before[0]:.1f}x / {floor_s / before[1]:.1f}x"
        print(f"{len(doc.text):>10,} {floor_s:>9.3f}s {spent:>9.2f}s {len(claims):>7}  {growth}  ({tokens:,} tokens)")
        before = (spent, floor_s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
