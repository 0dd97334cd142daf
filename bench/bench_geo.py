"""Geocoding speed and gazetteer cost, against a naive baseline in the same run.

    python bench/bench_geo.py            # the shared dev set's documents
    python bench/bench_geo.py --sample 200

Prints:
- the bundled gazetteer's load time from its cache file (and build time when the
  cache was cold) and the memory it holds (tracemalloc peak while loading);
- find_places over every document of ../shared/data/airwars-syria-dev.jsonl on
  one core: documents, characters and mentions per second;
- the baseline, a naive scan that looks every gazetteer name up as a substring
  of the text (what a first attempt does), timed on a sample of documents, and
  the speed ratio per character.

Skips (exit 0 with a message) when the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

from civcas.geo import bundled, find_places
from civcas.geo.gazetteer import Gazetteer
from civcas.model import Document

DEV_SET = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "airwars-syria-dev.jsonl"


def documents(path: Path) -> list[Document]:
    """Every distinct source of the dev set as a Document (text only)."""
    seen: dict[str, Document] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            for source in json.loads(line)["sources"]:
                if source["id"] not in seen:
                    seen[source["id"]] = Document(id=source["id"], raw_hash="", text=source.get("text") or "", lang=source.get("lang"))
    return list(seen.values())


def load_cost() -> tuple[Gazetteer, float, float, float | None]:
    """(gazetteer, load seconds, MiB held, build seconds or None when the cache was warm).

    The load is timed untraced; memory comes from a second, traced load.
    """
    built = None
    if not bundled.cache_path().is_file():
        start = time.perf_counter()
        bundled.load()  # builds and caches
        built = time.perf_counter() - start
    start = time.perf_counter()
    gazetteer = bundled.load()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    bundled.load()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return gazetteer, seconds, peak / 2**20, built


def naive_names(gazetteer: Gazetteer) -> list[str]:
    """Every distinct name of at least four characters, as a naive scanner would search them."""
    names = {n for e in gazetteer.entries for n in e.names if len(n) >= 4}
    return sorted(names)


def naive_scan(docs: list[Document], names: list[str]) -> int:
    found = 0
    for doc in docs:
        text = doc.text
        found += sum(1 for name in names if name in text)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=100, help="documents the (slow) baseline scans")
    args = parser.parse_args()
    if not DEV_SET.is_file():
        print(f"skipped: the shared dev set is not at {DEV_SET.resolve()}")
        return 0

    gazetteer, load_s, held_mib, built_s = load_cost()
    print(f"gazetteer: {len(gazetteer)} places, {len(gazetteer.index)} keys")
    if built_s is not None:
        print(f"  first build (cold cache): {built_s:.2f} s")
    print(f"  load from cache: {load_s:.3f} s, memory held: {held_mib:.1f} MiB (tracemalloc peak)")

    docs = documents(DEV_SET)
    chars = sum(len(d.text) for d in docs)
    find_places(docs[0], gazetteer)  # warm the lazily loaded cue and stoplist data
    start = time.perf_counter()
    mentions = sum(len(find_places(doc, gazetteer)) for doc in docs)
    ours = time.perf_counter() - start
    print(f"find_places: {len(docs)} documents, {chars:,} chars, {mentions:,} mentions in {ours:.2f} s")
    print(f"  {mentions / ours:,.0f} mentions/s, {chars / ours / 1e6:.2f} M chars/s, {len(docs) / ours:,.0f} docs/s")

    names = naive_names(gazetteer)
    sample = docs[: args.sample]
    sample_chars = sum(len(d.text) for d in sample)
    start = time.perf_counter()
    naive_hits = naive_scan(sample, names)
    naive = time.perf_counter() - start
    print(f"baseline (substring scan of {len(names):,} names) on {len(sample)} documents, {sample_chars:,} chars: {naive:.2f} s, {naive_hits:,} hits")
    ours_rate = chars / ours
    naive_rate = sample_chars / naive
    print(f"  {naive_rate / 1e6:.3f} M chars/s; find_places is {ours_rate / naive_rate:.1f}x faster per character")
    return 0


if __name__ == "__main__":
    sys.exit(main())
