"""Places named as where victims come from ("من أهالي X", "displaced from X"), not where they were hit."""

from __future__ import annotations

from bisect import bisect_right

from civcas.geo.cues import cue_ends_at, load_cues
from civcas.geo.tokens import tokenize
from civcas.model import Place

SETTLEMENT_CUE_WORDS = 3  # longest settlement cue between an origin cue and the name ("the village of")


def origin_starts(text: str, places: list[Place]) -> set[int]:
    """Start offsets of the places in `places` that the text names as an origin: right after an
    origin cue, or after one and a settlement cue ("من أهالي قرية X", "displaced from the town of X")."""
    tokens = tokenize(text)
    if not tokens:
        return set()
    cues = load_cues()
    origin, settlement = cues.ending["origin_before"], cues.ending["settlement_before"]
    starts = [t.start for t in tokens]
    found = set()
    for place in places:
        k = bisect_right(starts, place.start) - 1
        if k <= 0:
            continue
        if cue_ends_at(tokens, k, origin) or (cue_ends_at(tokens, k, settlement) and any(
                cue_ends_at(tokens, j, origin) for j in range(max(1, k - SETTLEMENT_CUE_WORDS), k))):
            found.add(place.start)
    return found
