"""The place a document is mostly about, from its resolved mentions."""

from __future__ import annotations

from collections import Counter

from civcas.model import Place

# Coarser levels only count when the text names nothing finer.
LEVELS = (("exact", "town", "district"), ("region",), ("country",))


def place_identity(place: Place) -> tuple:
    """Mentions of one place share this: its GeoNames id, else its name and governorate."""
    if place.geonameid is not None:
        return ("g", place.geonameid)
    return ("n", place.name, place.admin1, place.country, place.lat, place.lon)


def main_place(places: list[Place]) -> Place | None:
    """The most mentioned place at the finest level the document reaches; ties go to the first named.

    Returns its first mention. A fallback for a claim whose own sentence and
    paragraph name no place finer than a governorate.
    """
    for level in LEVELS:
        pool = [p for p in places if p.precision in level]
        if not pool:
            continue
        counts = Counter(place_identity(p) for p in pool)
        first: dict[tuple, Place] = {}
        for p in sorted(pool, key=lambda p: p.start):
            first.setdefault(place_identity(p), p)
        best = max(counts, key=lambda k: (counts[k], -first[k].start))
        return first[best]
    return None
