"""The place a document is mostly about, from its resolved mentions."""

from __future__ import annotations

from civcas.model import Place

# Coarser levels only count when the text names nothing finer.
LEVELS = (("exact", "town", "district"), ("region",), ("country",))


def main_place(places: list[Place]) -> Place | None:
    """The first place the document names at the finest level it reaches.

    News puts the event in its headline and lead (the inverted pyramid): what a
    report names later is background, earlier strikes, a roundup's other towns
    or where the wounded were taken, however often it recurs. A fallback for a
    claim whose own sentence and paragraph name no place finer than a governorate.
    """
    for level in LEVELS:
        pool = [p for p in places if p.precision in level]
        if pool:
            return min(pool, key=lambda p: p.start)
    return None
