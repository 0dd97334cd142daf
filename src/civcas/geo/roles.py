"""What a place is named as, told by the words right before it: where something happens
("in X", "في X") or where the victims come from ("من أهالي X", "displaced from X")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from civcas.geo.cues import Cues, cue_ends_at, load_cues
from civcas.geo.tokens import Token, tokenize
from civcas.model import Place

SETTLEMENT_CUE_WORDS = 3  # longest settlement cue between an origin cue and the name ("the village of")


def located_starts(text: str, places: list[Place]) -> set[int]:
    """Start offsets of the places named right after a locative cue ("in Sudan", "في السودان"),
    unless that names where the wounded were taken ("hospitals in Turkey", "مشافٍ في تركيا")."""

    def located(tokens: list[Token], k: int, cues: Cues) -> bool:
        return cue_ends_at(tokens, k, cues.ending["locative_before"]) and not cue_ends_at(tokens, k, cues.ending["treated_before"])

    return _after(text, places, located)


def origin_starts(text: str, places: list[Place]) -> set[int]:
    """Start offsets of the places named as an origin: right after an origin cue, or after one
    and a settlement cue ("من أهالي قرية X", "displaced from the town of X")."""

    def origin(tokens: list[Token], k: int, cues: Cues) -> bool:
        before, settlement = cues.ending["origin_before"], cues.ending["settlement_before"]
        return cue_ends_at(tokens, k, before) or (cue_ends_at(tokens, k, settlement) and any(
            cue_ends_at(tokens, j, before) for j in range(max(1, k - SETTLEMENT_CUE_WORDS), k)))

    return _after(text, places, origin)


def _after(text: str, places: list[Place], named_as: Callable[[list[Token], int, Cues], bool]) -> set[int]:
    """Start offsets of the places whose preceding words satisfy `named_as` (token k starts the place)."""
    tokens = tokenize(text)
    if not tokens:
        return set()
    cues = load_cues()
    starts = [t.start for t in tokens]
    found = set()
    for place in places:
        k = bisect_right(starts, place.start) - 1
        if k > 0 and named_as(tokens, k, cues):
            found.add(place.start)
    return found
