"""Fusion at scale: 10k, 100k and 1M synthetic claims, blocked clustering vs naive all-pairs.

Claims are generated deterministically (seeded) from invented incidents: dates spread
over five years, towns in invented regions, 1-15 reports per incident sharing one
wording (as copies do) with figures that sometimes differ, some reports naming only
the region, giving no date or a month, or a date one day off, some blaming another
party, and some covering two incidents.

    python bench/bench_fuse.py            # 10k, 100k, 1M
    python bench/bench_fuse.py 10000      # chosen sizes

Each size runs in its own process so peak memory (max RSS of that process minus its
size after generating the claims) is the fusion's own.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from itertools import combinations

from civcas.fuse import document_events, fuse
from civcas.fuse.cluster import cluster_events
from civcas.model import Claim, Document, Place

SEED = 20240308
NAIVE_MAX = 10_000  # all-pairs is quadratic: compare on a size it can finish
REGIONS = 14
TOWNS_PER_REGION = 150
ACTORS = ["Russian Military", "Syrian Regime", "Turkish Military", "US-led Coalition", "Unknown"]
STRIKES = ["airstrike", "drone strike", "artillery/shelling", "rocket"]
TEMPLATES = [
    "{n} civilians were killed when {s} hit {p} on {d}, local sources said.",
    "A {s} on {p} killed {n} people, including children, a medic told reporters.",
    "Activists reported that {n} civilians died in {p} after a {s}.",
    "The civil defence said its teams recovered {n} bodies in {p}.",
]


def _gazetteer(rng: random.Random) -> tuple[list[Place], list[Place]]:
    towns, regions = [], []
    for r in range(REGIONS):
        lat0, lon0 = 32.5 + (r % 5) * 1.0, 35.8 + (r // 5) * 1.5
        name = f"Region{r}"
        regions.append(Place(name, 0, len(name), "SY", name, lat0 + 0.5, lon0 + 0.7, "region", 100000 + r))
        for t in range(TOWNS_PER_REGION):
            town = f"Town{r}-{t}"
            towns.append(Place(town, 0, len(town), "SY", name, lat0 + rng.random(), lon0 + rng.random() * 1.4, "town", 200000 + r * 1000 + t))
    return towns, regions


def _event(rng: random.Random, towns: list[Place]) -> tuple:
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(5 * 365))
    killed = max(1, int(rng.expovariate(1 / 6)))
    return day, rng.choice(towns), rng.choice(ACTORS), rng.choice(STRIKES), killed, rng.choice(TEMPLATES)


def _report(rng, doc_id, event, region_of, offset) -> list[Claim]:
    """One document's claims about one event, with the usual vagueness and noise."""
    day, town, actor, strike, killed, sentence = event
    roll = rng.random()
    place = region_of[town.admin1] if roll < 0.15 else town
    when, precision = day.isoformat(), "day"
    if roll > 0.95:
        when, precision = None, None
    elif roll > 0.92:
        when, precision = day.replace(day=1).isoformat(), "month"
    elif roll > 0.85:
        when = (day + timedelta(days=1)).isoformat()
    figure = killed if rng.random() < 0.7 else max(1, killed + rng.randint(-2, 3))
    text = sentence.format(n=figure, s=strike, p=town.name, d=day.isoformat())
    blamed = [actor] if rng.random() < 0.85 else [rng.choice(ACTORS)]
    claims = []
    for kind, group, low in (("killed", "civilians", figure), ("injured", "civilians", figure * 2), ("killed", "children", max(1, figure // 3))):
        if kind == "killed" and group == "civilians" or rng.random() < 0.5:
            claims.append(Claim(doc_id, kind, group, low, None, offset, offset + 3, str(low), text,
                                event_date=when, date_precision=precision, place=place, belligerents=blamed,
                                strike_types=[strike], speaker_kind="local"))
            offset += 40
    return claims


def synthetic(n_claims: int, seed: int = SEED) -> tuple[list[Claim], dict[str, Document], list[list[str]]]:
    """Claims, their documents, and the true incidents as lists of document ids."""
    rng = random.Random(seed)
    towns, regions = _gazetteer(rng)
    region_of = {r.name: r for r in regions}
    claims: list[Claim] = []
    documents: dict[str, Document] = {}
    truth: list[list[str]] = []
    while len(claims) < n_claims:
        event = _event(rng, towns)
        truth.append([])
        for r in range(min(15, 1 + int(rng.expovariate(1 / 3)))):
            doc_id = f"e{len(truth)}-r{r}"
            doc_claims = _report(rng, doc_id, event, region_of, 0)
            truth[-1].append(doc_id)
            if len(truth) > 1 and rng.random() < 0.05:
                # A round-up report: this document also covers the previous incident.
                doc_claims += _report(rng, doc_id, previous, region_of, 1000)
                truth[-2].append(doc_id)
            published = (event[0] + timedelta(days=rng.randint(0, 2))).isoformat()
            documents[doc_id] = Document(doc_id, doc_id, doc_claims[0].sentence, publisher=f"outlet{rng.randrange(40)}", published=published)
            claims.extend(doc_claims)
        previous = event
    kept = claims[:n_claims]
    known = {c.document_id for c in kept}
    return kept, {d: documents[d] for d in known}, [[d for d in docs if d in known] for docs in truth]


def pairwise_f1(predicted: list[list[str]], truth: list[list[str]]) -> tuple[float, float, float]:
    def pairs(groups):
        return {p for g in groups for p in combinations(sorted(set(g)), 2)}

    found, gold = pairs(predicted), pairs(truth)
    hits = len(found & gold)
    precision, recall = hits / max(1, len(found)), hits / max(1, len(gold))
    return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(n_claims: int, naive: bool) -> dict:
    claims, documents, truth = synthetic(n_claims)
    base = _rss_mb()
    t0 = time.perf_counter()
    if naive:
        # Clustering alone, both ways, on the same events: the comparison blocking buys.
        events = document_events(claims, documents)
        blocked = cluster_events(events)
        t1 = time.perf_counter()
        all_pairs = cluster_events(events, blocked=False)
        t2 = time.perf_counter()
        same = sorted(sorted(e.key for e in c.events) for c in blocked) == sorted(sorted(e.key for e in c.events) for c in all_pairs)
        return {"n": n_claims, "blocked_s": t1 - t0, "naive_s": t2 - t1, "same_clusters": same}
    incidents = fuse(claims, documents)
    seconds = time.perf_counter() - t0
    for _ in range(2 if n_claims <= 100_000 else 0):
        # Small sizes are repeated (best time kept) so machine noise does not skew the ratios.
        t0 = time.perf_counter()
        fuse(claims, documents)
        seconds = min(seconds, time.perf_counter() - t0)
    precision, recall, f1 = pairwise_f1([i.document_ids for i in incidents], truth)
    return {"n": n_claims, "seconds": seconds, "peak_mb": _rss_mb() - base, "incidents": len(incidents),
            "documents": len(documents), "true_incidents": len(truth), "p": precision, "r": recall, "f1": f1}


def _child(n_claims: int, naive: bool = False) -> dict:
    args = [sys.executable, __file__, "--one", str(n_claims)] + (["--naive"] if naive else [])
    return json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)


def main(sizes: list[int]) -> None:
    print(f"{'claims':>9} {'docs':>8} {'incidents':>9} {'true':>8} {'seconds':>8} {'peak MB':>8} {'time/linear':>11}"
          f" {'pair P':>6} {'pair R':>6} {'pair F1':>7}")
    first = None
    for n in sizes:
        r = _child(n)
        first = first or r
        ratio = (r["seconds"] / first["seconds"]) / (n / first["n"])
        print(f"{n:>9} {r['documents']:>8} {r['incidents']:>9} {r['true_incidents']:>8} {r['seconds']:>8.2f} {r['peak_mb']:>8.0f}"
              f" {ratio:>11.2f} {r['p']:>6.3f} {r['r']:>6.3f} {r['f1']:>7.3f}")
    print("(the synthetic ledger spans a fixed five years in one country, so larger sizes are also denser:\n"
          " more incidents per day and region to tell apart, which costs time and pairwise precision)")
    c = _child(min(sizes[0], NAIVE_MAX), naive=True)
    print(f"\nclustering {c['n']} claims: blocked {c['blocked_s']:.2f}s, naive all-pairs {c['naive_s']:.2f}s "
          f"({c['naive_s'] / c['blocked_s']:.0f}x); same clusters: {c['same_clusters']}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(run_one(int(sys.argv[2]), "--naive" in sys.argv)))
    else:
        main([int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000])
