"""How well two descriptions of harm fit one event: hard vetoes and soft evidence.

Each function returns None when the two cannot be the same event, else a score.
Weights are in one place so the clustering threshold reads against them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from civcas.model import Place

from .facets import NEARBY_KM, Span, contains, distance_km, is_point, same_place, span_gap

# Soft evidence weights. Same day + same town (2.0) clears LINK on its own;
# a one-day gap or a nearby town needs corroboration (shared actor, figure, wording).
DATE_SAME_DAY = 1.0
DATE_NEXT_DAY = 0.4
DATE_COARSE = 0.4  # a month/week date holding the other
DATE_UNKNOWN = 0.1  # no date is compatible with anything, but only weakly
PLACE_SAME = 1.0
# Naming the same area is weaker evidence the coarser the area: many strikes share a region.
PLACE_SAME_AREA = {"district": 0.6, "region": 0.4, "country": 0.15}
PLACE_NEAR = 0.7
PLACE_CONTAINS = 0.4
PLACE_UNKNOWN = 0.1
ACTOR_SHARED = 0.2
ACTOR_DISJOINT = -0.2  # competing attribution is common within one event: a nudge, not a veto
STRIKE_SHARED = 0.1
STRIKE_DISJOINT = -0.2
FIGURE_SHARED = 0.4
FIGURE_MORE = 0.3  # each further toll both report ("2 killed, 5 injured" twice) ...
FIGURE_MAX = 0.8  # ... up to this: agreeing tolls single out one strike among a town's many
COMMON_FIGURE = 2  # "one killed", "two injured" recur everywhere: a quarter of the weight
TEXT_WEIGHT = 0.4
LINK = 1.6
DAY_TOLERANCE = 1


def date_score(a: Span | None, b: Span | None) -> float | None:
    if a is None or b is None:
        return DATE_UNKNOWN
    gap = span_gap(a, b)
    if gap > DAY_TOLERANCE:
        return None
    if a.is_day and b.is_day:
        return DATE_SAME_DAY if gap == 0 else DATE_NEXT_DAY
    return DATE_COARSE if gap == 0 else DATE_UNKNOWN


def place_score(a: Place | None, b: Place | None) -> float | None:
    if a is None or b is None:
        return PLACE_UNKNOWN
    if same_place(a, b):
        if a.precision == b.precision:
            return PLACE_SAME_AREA.get(a.precision, PLACE_SAME)
        if {a.precision, b.precision} == {"town", "district"}:
            # One name as a town and as a district. A district without a gazetteer id is a
            # village the geocoder placed at a nearby town: the village named bare is the
            # same place. With an id it is "near X" for X: near it, not just in its area.
            district = a if a.precision == "district" else b
            return PLACE_SAME if district.geonameid is None else PLACE_NEAR
        return PLACE_CONTAINS
    if is_point(a) and is_point(b):
        km = distance_km(a, b)
        if km is not None and km <= NEARBY_KM:
            return PLACE_NEAR
        return None
    if contains(a, b) or contains(b, a):
        return PLACE_NEAR if capital(a, b) else PLACE_CONTAINS
    if "country" in (a.precision, b.precision):
        # A country is the vaguest place and, in reports of a war fought by foreign powers, often
        # the attacker's ("Turkish drones" -> Turkey): as good as no place, never a veto.
        return PLACE_UNKNOWN
    return None


def capital(a: Place, b: Place) -> bool:
    """A region and a town of one name: "in Aleppo" names the city at least as
    often as the governorate (Syria's governorates are named for their capitals)."""
    names = {(p.name or "").casefold() for p in (a, b)}
    return len(names) == 1 and {a.precision, b.precision} == {"region", "town"}


def set_score(a: set[str] | frozenset[str], b: set[str] | frozenset[str], shared: float, disjoint: float) -> float:
    if not a or not b:
        return 0.0
    return shared if a & b else disjoint


@lru_cache(maxsize=1)
def blocs() -> tuple[frozenset[str], ...]:
    data = json.loads((Path(__file__).parent / "data" / "blocs.json").read_text(encoding="utf-8"))
    return tuple(frozenset(bloc) for bloc in data["blocs"])


def actor_score(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """A shared party is evidence; parties apart are a nudge against, unless they fight side by
    side: whose jet struck (Russian or regime) is often unknown on the ground, so allies named
    by two sources tell nothing either way."""
    if a and b and not a & b and any(a <= bloc and b <= bloc for bloc in blocs()):
        return 0.0
    return set_score(a, b, ACTOR_SHARED, ACTOR_DISJOINT)


def figure_score(a: frozenset[tuple[str, int]] | set, b: frozenset[tuple[str, int]] | set) -> float:
    """Reporting the same toll is strong evidence, unless the toll is one anyone could report."""
    shared = a & b
    if not shared:
        return 0.0
    first = FIGURE_SHARED if max(n for _, n in shared) > COMMON_FIGURE else FIGURE_SHARED / 4
    return min(FIGURE_MAX, first + FIGURE_MORE * (len(shared) - 1))


def settle(score: float) -> float:
    """The weights are decimals: round their sum so 1.0 + 0.4 + 0.2 reaches LINK (1.6)."""
    return round(score, 6)


def text_score(a: str, b: str) -> float:
    """Wording similarity above chance, in [0, TEXT_WEIGHT]: the tie-breaker."""
    if not a or not b:
        return 0.0
    similarity = fuzz.token_set_ratio(a, b) / 100.0
    return TEXT_WEIGHT * max(0.0, (similarity - 0.5) / 0.5)
