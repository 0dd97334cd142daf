"""The facets a claim is clustered on: its date as a day interval and its place.

Dates become closed intervals of proleptic ordinals so that precision is honoured
without special cases: a "month" date is the interval of its days, and two dates
are compatible when their intervals come within the tolerance of each other.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from civcas.geo import bundled_gazetteer
from civcas.geo.normalize import (
    MIN_SPELLING_SKELETON,
    arabic_key,
    arabic_tokens,
    cross_script_skeleton,
    is_arabic,
    latin_key,
    latin_tokens,
    skeleton,
)
from civcas.model import Place

GEO_RANK = {"exact": 0, "town": 1, "district": 2, "region": 3, "country": 4}
DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# Places at or finer than this rank are "points" that can be compared by distance.
POINT_RANK = GEO_RANK["town"]
NEARBY_KM = 10.0
# A district here is a town's countryside ("near X", "the X countryside"), placed at the town:
# it reaches about twice as far as the town's own neighbourhood.
DISTRICT_KM = 2 * NEARBY_KM
_INITIAL_VOWEL = re.compile(r"^[aeiou]")


@dataclass(frozen=True)
class Span:
    """An event date as an interval of day ordinals, with how it was known."""

    lo: int
    hi: int
    precision: str  # "day" | "week" | "month" | "year" | "published" (a fallback guess)

    @property
    def is_day(self) -> bool:
        return self.precision == "day"


@lru_cache(maxsize=65536)
def date_span(iso: str | None, precision: str | None) -> Span | None:
    """The interval an ISO date with a precision stands for; None when unparseable."""
    if not iso:
        return None
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return None
    precision = precision or "day"
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return Span(day.replace(day=1).toordinal(), day.replace(day=last).toordinal(), "month")
    if precision == "year":
        return Span(date(day.year, 1, 1).toordinal(), date(day.year, 12, 31).toordinal(), "year")
    if precision == "week":
        return Span(day.toordinal() - 3, day.toordinal() + 3, "week")
    return Span(day.toordinal(), day.toordinal(), "day")


def published_span(published: str | None) -> Span | None:
    """A weak guess from the publication date: events are reported on the day or soon after."""
    span = date_span(published, "day")
    if span is None:
        return None
    return Span(span.lo - 2, span.hi, "published")


def span_gap(a: Span, b: Span) -> int:
    """Days between two intervals; 0 when they overlap."""
    return max(0, max(a.lo, b.lo) - min(a.hi, b.hi))


def is_point(place: Place | None) -> bool:
    return place is not None and GEO_RANK.get(place.precision, 4) <= POINT_RANK


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance, or None when either place lacks coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _norm(text: str | None) -> str:
    return (text or "").casefold().strip()


def name_key(place: Place) -> str:
    """What the spellings of a place's name share, however its mentions resolved."""
    return _spelling_key(place.name or "")


@lru_cache(maxsize=65536)
def _spelling_key(name: str) -> str:
    """A name's Latin consonant skeleton when long enough to be telling, so that a village
    the gazetteer lacks meets itself across scripts ("عزمارين" / "Azmarin") and however its
    long vowels are written; three consonants suffice, as incident places are compared
    (`spelling_key`); else its words folded, so that spacing and a
    hashtag's underscores ("#كفر_نوران") do not set it apart."""
    if is_arabic(name):
        sk = cross_script_skeleton(name)
    else:
        sk = _INITIAL_VOWEL.sub("a", skeleton(latin_tokens(name)))  # an initial vowel is an alef, which carries any
    return "sk:" + sk if len(sk) >= MIN_SPELLING_SKELETON else _folded(name)


@lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    if is_arabic(name):
        return "ar:" + arabic_key(arabic_tokens(name))
    return "en:" + latin_key(latin_tokens(name))


def folded_name(place: Place) -> str:
    """A place's name with letter variants, articles, case and spacing folded away, but its
    vowels kept: "al-Millbrook" and "Millbrook" meet, "Millbrook" and "Mellbrak" do not."""
    return _folded(place.name or "")


def _apart(a: str | None, b: str | None) -> bool:
    return bool(a and b and _norm(a) != _norm(b))


def same_place(a: Place, b: Place) -> bool:
    """One place: the same gazetteer entry, else the same name with nothing known setting
    them apart. The geocoder resolves one village unevenly (with its governorate and
    country in one sentence, bare in the next), so a missing field is no conflict."""
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    if not a.name or name_key(a) != name_key(b):
        return False
    if (a.geonameid is not None or b.geonameid is not None) and folded_name(a) != folded_name(b):
        # A gazetteer town is known by its spelling: an unknown place whose name only shares
        # its consonants (three may be all of them) is another name, not a variant of it.
        return False
    if _apart(a.country, b.country) or _apart(a.admin1, b.admin1):
        return False
    km = distance_km(a, b)
    return km is None or km <= NEARBY_KM


def contains(outer: Place, inner: Place) -> bool:
    """Whether a coarser place (region, district, country) can hold a finer one."""
    if _countryside_village(outer, inner):
        return True
    if GEO_RANK.get(outer.precision, 4) <= GEO_RANK.get(inner.precision, 4):
        return False
    if outer.country and inner.country and _norm(outer.country) != _norm(inner.country):
        return False
    if outer.precision == "country":
        return True
    if outer.precision == "district" and not named_area(outer.name):
        # A town's countryside ("near X", "ريف X") or a village placed at its town reaches
        # about twice as far as the town; a named area (a plain, a mountain range) can be
        # larger and keeps the governorate test below.
        km = distance_km(outer, inner)
        if km is not None and km > DISTRICT_KM:
            return False
    if outer.admin1 and inner.admin1:
        return _norm(outer.admin1) == _norm(inner.admin1)
    if outer.precision == "region":
        # A region with no admin1 recorded is its own admin1.
        return _norm(outer.name) == _norm(inner.admin1)
    return False


@lru_cache(maxsize=4096)
def named_area(name: str) -> bool:
    """Whether the name is one of the gazetteer's areas: a district with no GeoNames id
    (geo/data/areas.tsv), such as Sahl al-Ghab or Qalamoun."""
    return any(e.kind == "district" and e.geonameid is None and e.name == name for e in bundled_gazetteer().lookup(name))


def _countryside_village(outer: Place, inner: Place) -> bool:
    """The countryside of a town (a district the gazetteer knows, "near X") holds a village
    the geocoder placed at that town ("the village of Y in the X countryside"): both
    are districts, but the village has no gazetteer entry and stands at the town itself."""
    if outer.precision != "district" or inner.precision != "district":
        return False
    if outer.geonameid is None or inner.geonameid is not None or _apart(outer.admin1, inner.admin1):
        return False
    return outer.lat is not None and (outer.lat, outer.lon) == (inner.lat, inner.lon)
