"""Places named as where something happens ("in X", "في X"), not as an actor ("Russian jets", "تركيا تقصف")."""

from __future__ import annotations

from bisect import bisect_right

from civcas.geo.cues import cue_ends_at, load_cues
from civcas.geo.tokens import tokenize
from civcas.model import Place


def located_starts(text: str, places: list[Place]) -> set[int]:
    """Start offsets of the places in `places` named right after a locative cue ("in Sudan", "في السودان"),
    unless that names where the wounded were taken ("hospitals in Turkey", "مشافٍ في تركيا")."""
    tokens = tokenize(text)
    if not tokens:
        return set()
    cues = load_cues()
    locative, treated = cues.ending["locative_before"], cues.ending["treated_before"]
    starts = [t.start for t in tokens]
    found = set()
    for place in places:
        k = bisect_right(starts, place.start) - 1
        if k > 0 and cue_ends_at(tokens, k, locative) and not cue_ends_at(tokens, k, treated):
            found.add(place.start)
    return found
