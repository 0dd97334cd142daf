"""What a place is named as, told by the words right before it: where something happens
("in X", "في X"), or where the victims come from ("من أهالي X", "displaced from X"), the
attackers fired from ("المتمركزة في X", "stationed in X") or the wounded were taken to ("إلى مشافي X")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from civcas.geo.cues import Cues, cue_ends_at, cue_start, cue_starts_at, load_cues
from civcas.geo.tokens import Token, tokenize
from civcas.model import Place

SETTLEMENT_CUE_WORDS = 3  # longest settlement cue between an origin cue and the name ("the village of")


@dataclass(frozen=True)
class PlaceRoles:
    """Start offsets of the places a text names as where something happens ("in Sudan",
    "في السودان"; not where the wounded were taken, "hospitals in Turkey") and as where
    victims come from ("من أهالي قرية X", "displaced from the town of X"), the attackers
    fired from ("قوات النظام المتمركزة في X") or the wounded were taken to: origins, not where it hit;
    and those named with a word for their kind."""

    # The places named as where things happen, by start offset, with the words of the phrase
    # naming them so ("in the village of" is four, "في" one): a strike word stands that much
    # further from its target.
    located: dict[int, int]
    origins: frozenset[int]
    # The places named with a word for their kind ("the village of X", "قرية X"): a report's
    # dateline gives way to a village so named ("RIVERTON – Forces bombarded overnight the village of X").
    kinds: frozenset[int]
    # The places named as where the speakers are ("officials in Turkey said") and as where the
    # wounded were treated ("hospitals in Turkey"; `_named_aside`).
    speakers: frozenset[int] = frozenset()
    treated: frozenset[int] = frozenset()


def place_roles(text: str, places: list[Place]) -> PlaceRoles:
    """The roles of `places` in `text`, read from the words right before each (one pass)."""
    tokens = tokenize(text)
    if not tokens:
        return PlaceRoles({}, frozenset(), frozenset())
    cues = load_cues()
    starts = [t.start for t in tokens]
    lead, origins, kinds = {}, set(), set()
    aside: dict[str, set[int]] = {"speakers": set(), "treated": set()}
    for place in places:
        k = bisect_right(starts, place.start) - 1
        if (how := _named_aside(tokens, k, bisect_left(starts, place.end), cues)) is not None:
            aside[how].add(place.start)
        if k <= 0:
            continue
        # "في جنوب تركيا", "in southern Turkey": the words before the side word say what it is
        side = cue_start(tokens, k, cues.ending["direction_before"]) or cue_start(tokens, k, cues.ending["region_before"])
        before = side if side else k
        if _comes_from(tokens, before, cues) or _comes_from(tokens, k, cues):
            origins.add(place.start)
            continue
        if cue_ends_at(tokens, k, cues.ending["settlement_before"]):
            kinds.add(place.start)
        words = _happens_there(tokens, before, cues)
        if words or (side and place.precision == "country" and not cue_ends_at(tokens, before, cues.ending["treated_before"])):
            # a side of a country ("شرق سوريا", "northern Iraq") is somewhere in it, never a party
            lead[place.start] = words + k - before
    return PlaceRoles(lead, frozenset(origins), frozenset(kinds), frozenset(aside["speakers"]), frozenset(aside["treated"]))


def _named_aside(tokens: list[Token], start: int, end: int, cues: Cues) -> str | None:
    """How the place at tokens [start, end) is named aside, not as where anything happened:
    "speakers" where the speakers are ("officials in Turkey said", "the Turkey-based monitor",
    "مصادر في تركيا"), "treated" where the wounded were treated or taken ("hospitals in Turkey",
    "نقلوا إلى مشافي تركيا"); else None."""
    if cue_ends_at(tokens, start, cues.ending["aside_before"]) or cue_starts_at(tokens, end, cues.starting["aside_after"]):
        return "speakers"
    if cue_ends_at(tokens, start, cues.ending["treated_before"]) or cue_ends_at(tokens, start, cues.ending["taken_to_before"]):
        return "treated"
    return None


def _happens_there(tokens: list[Token], k: int, cues: Cues) -> int:
    """Named as where something happens: "in X", or "in the village of X" with a kind word between;
    the words from the locative word to the name, else 0."""
    if cue_ends_at(tokens, k, cues.ending["treated_before"]):
        return 0
    if cue_ends_at(tokens, k, cues.ending["locative_before"]):
        return 1
    if not _kind_word_before(tokens, k, cues):
        return 0
    return next((k - j + 1 for j in range(k - 1, max(1, k - SETTLEMENT_CUE_WORDS) - 1, -1)
                 if cue_ends_at(tokens, j, cues.ending["locative_before"])), 0)


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
