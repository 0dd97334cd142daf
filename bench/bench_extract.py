"""Throughput of claim extraction (clean text -> claims) on the dev set's
documents, beside a plain tokenisation pass over the same texts (the floor).
Each document's places are found just before its claims, outside the timing, as the
pipeline does: extraction reuses the words that finding them read, and the remainder of the
place work inside extraction (a claim's place, its role) is measured. Geocoding itself
is measured by bench_geo.py.

    python bench/bench_extract.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from civcas.extract import extract_claims
from civcas.geo import find_places
from civcas.model import Document

DEV = Path(__file__).parents[1] / ".." / "shared" / "data" / "airwars-syria-dev.jsonl"


def load_documents(path: Path) -> list[Document]:
    docs: dict[str, Document] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for src in json.loads(line)["sources"]:
                docs.setdefault(src["id"], Document(
                    id=src["id"], raw_hash=src["id"], text=src.get("text") or "", lang=src.get("lang"),
                    published=src.get("published"), publisher=src.get("publisher"), title=src.get("title")))
    return list(docs.values())


def timed(fn, docs: list[Document]) -> tuple[float, int]:
    start = time.perf_counter()
    total = sum(fn(doc) for doc in docs)
    return time.perf_counter() - start, total


def timed_claims(docs: list[Document]) -> tuple[float, int]:
    """Extraction time over `docs`, each document's places found just before, untimed."""
    spent, total = 0.0, 0
    for doc in docs:
        places = find_places(doc)
        start = time.perf_counter()
        total += len(extract_claims(doc, places))
        spent += time.perf_counter() - start
    return spent, total


def main() -> int:
    if not DEV.exists():
        print(f"skipped: dev set not found at {DEV.resolve()} (needs the shared data checkout)")
        return 0
    docs = load_documents(DEV)
    chars = sum(len(d.text) for d in docs)
    word = re.compile(r"\w+")
    floor_s, tokens = timed(lambda d: len(word.findall(d.text)), docs)
    extract_claims(docs[0], find_places(docs[0]))  # load lexicons outside the timing
    extract_s, claims = timed_claims(docs)
    print(f"{len(docs)} documents, {chars:,} characters")
    print(f"tokenise (re \\w+)  : {len(docs) / floor_s:10.0f} docs/s  ({tokens:,} tokens)")
    print(f"extract_claims     : {len(docs) / extract_s:10.0f} docs/s  ({claims:,} claims)")
    print(f"ratio              : {extract_s / floor_s:10.1f}x the tokenisation floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
