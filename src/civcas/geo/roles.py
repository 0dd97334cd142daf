"""What a place is named as, told by the words right before it: where something happens
("in X", "في X"), or where the victims come from ("من أهالي X", "displaced from X"), the
attackers fired from ("المتمركزة في X", "stationed in X") or the wounded were taken to ("إلى مشافي X")."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from civcas.geo.cues import Cues, cue_ends_at, load_cues
from civcas.geo.tokens import Token, tokenize
from civcas.model import Place

SETTLEMENT_CUE_WORDS = 3  # longest settlement cue between an origin cue and the name ("the village of")


@dataclass(frozen=True)
class PlaceRoles:
    """Start offsets of the places a text names as where something happens ("in Sudan",
    "في السودان"; not where the wounded were taken, "hospitals in Turkey") and as where
    victims come from ("من أهالي قرية X", "displaced from the town of X"), the attackers
    fired from ("قوات النظام المتمركزة في X") or the wounded were taken to: origins, not where it hit."""

    located: frozenset[int]
    origins: frozenset[int]


def place_roles(text: str, places: list[Place]) -> PlaceRoles:
    """The roles of `places` in `text`, read from the words right before each (one pass)."""
    tokens = tokenize(text)
    if not tokens:
        return PlaceRoles(frozenset(), frozenset())
    cues = load_cues()
    starts = [t.start for t in tokens]
    located, origins = set(), set()
    for place in places:
        k = bisect_right(starts, place.start) - 1
        if k <= 0:
            continue
        if _happens_there(tokens, k, cues):
            located.add(place.start)
        if _comes_from(tokens, k, cues):
            origins.add(place.start)
    return PlaceRoles(frozenset(located), frozenset(origins))


def _happens_there(tokens: list[Token], k: int, cues: Cues) -> bool:
    """Named as where something happens: "in X", or "in the village of X" with a kind word between."""
    if cue_ends_at(tokens, k, cues.ending["treated_before"]):
        return False
    return cue_ends_at(tokens, k, cues.ending["locative_before"]) or (_kind_word_before(tokens, k, cues) and any(
        cue_ends_at(tokens, j, cues.ending["locative_before"]) for j in range(max(1, k - SETTLEMENT_CUE_WORDS), k)))


def _comes_from(tokens: list[Token], k: int, cues: Cues) -> bool:
    """Named as where the victims come from, where the attackers fired from, or where the wounded
    were taken ("نقلوا إلى مشافي مدينة X"): not where it hit."""
    for before in (cues.ending["origin_before"], cues.ending["fired_from_before"], cues.ending["taken_to_before"]):
        if cue_ends_at(tokens, k, before) or (_kind_word_before(tokens, k, cues) and any(
                cue_ends_at(tokens, j, before) for j in range(max(1, k - SETTLEMENT_CUE_WORDS), k))):
            return True
    return False


def _kind_word_before(tokens: list[Token], k: int, cues: Cues) -> bool:
    """Whether a word naming the place's kind ends right before token k: a settlement
    ("قرية", "town of") or an area named after its town ("ناحية", "منطقة"), as in "من أهالي
    ناحية X"."""
    return cue_ends_at(tokens, k, cues.ending["settlement_before"]) or cue_ends_at(tokens, k, cues.ending["district_before"])
