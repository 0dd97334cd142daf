"""Resolution: one gazetteer entry per mention, chosen from what the whole document says.

Strong mentions (a governorate, a country, a big town, a name of several words
or one the cue words vouch for) set the context: the countries and
governorates the document is about and anchor places. Each mention then takes
the candidate that fits its cue words, the context, the places nearby, and at
last population and the order of data/scope.txt. Weak mentions outside the
context are dropped.
"""

from __future__ import annotations

import math
from collections import Counter

from civcas.geo.gazetteer import SOURCE_RANK, Entry
from civcas.geo.scan import Mention
from civcas.geo.tokens import Token
from civcas.model import Place

NEARBY_KM = 60  # a candidate this close to an unambiguous place in the text is preferred
STRONG_POPULATION = 100_000  # a town this big is worth reporting even without context


def resolve(mentions: list[Mention], priority: dict[str, int]) -> tuple[list[Mention], Counter]:
    """Choose one entry per mention from the document's own context; drop unsupported weak ones.

    Strong mentions (see _strong) set the context: the countries and
    governorates the document is about, and anchor places. A weak mention (one
    word naming a small place, no cue) is kept only if its place lies in that
    context; a lone word like "عبر" matching a Yemeni hamlet in a report about
    Idlib is a false positive. With no strong mention at all, weak ones stay.
    Returns the kept mentions and the governorate support.
    """
    home = {country for country, rank in priority.items() if rank == 0}
    strong = [m for m in mentions if _strong(m, home)]
    admins: Counter[tuple[str, str | None]] = Counter()
    countries: Counter[str] = Counter()
    anchors: list[Entry] = []
    for m in strong:
        _add_support(m, admins, countries, anchors)
    # each place once: a long page names its towns hundreds of times, and every candidate is
    # measured against every anchor
    anchors = list({id(a): a for a in anchors}.values())
    for m in mentions:
        m.chosen = max(m.candidates, key=lambda e: _score(e, m, admins, countries, anchors, priority))
    weak = list({id(m.chosen): m.chosen for m in mentions if not _strong(m, home) and m.chosen is not None}.values())
    kept = [m for m in mentions if _keep(m, home, admins, countries, anchors, weak)]
    return kept, admins


def _keep(m: Mention, home: set[str], admins: Counter, countries: Counter, anchors: list[Entry], weak: list[Entry]) -> bool:
    entry = m.chosen
    if entry is None:
        return False
    if not m.exact and m.words == 1:
        # A one-word spelling variant must fall in a governorate the text names, or near a named place.
        return admins[(entry.country, entry.admin1)] > 0 or any(km(a, entry) <= NEARBY_KM for a in anchors)
    return _strong(m, home) or _supported(entry, admins, countries, anchors, weak, home if m.weak and not m.told_at else None)


def _strong(m: Mention, home: set[str]) -> bool:
    """A mention that stands on its own and sets the document's context.

    Spelling-variant (skeleton) matches never do. A one-word name does as a
    country, a governorate of the home country (first in scope.txt), a local
    place, or a big town whose name is not also a common word (الباب, عمان).
    A governorate abroad named by one word (أبين, Yemen) needs the context too.
    """
    if not m.exact:
        return False
    if m.words > 1 or m.settlement or m.role is not None:
        return True
    return any(
        e.kind == "country"
        or (e.kind == "admin1" and e.country in home)
        or e.source == "local"
        or (e.kind != "admin1" and e.population >= STRONG_POPULATION and not m.weak)
        for e in m.candidates[: m.n_exact]
    )


def _add_support(m: Mention, admins: Counter, countries: Counter, anchors: list[Entry]) -> None:
    named = m.candidates[: m.n_exact]  # what sounds alike is no evidence
    in_countries = {e.country for e in named}
    if len(in_countries) == 1:
        countries[next(iter(in_countries))] += 1
    admins.update(_area_support(named))
    if len(named) == 1 and named[0].kind in ("exact", "town", "district"):
        anchors.append(named[0])


def _area_support(named: list[Entry]) -> Counter:
    """The governorates a strong mention vouches for: its one area, or each governorate it may name."""
    areas = {(e.country, e.admin1) for e in named if e.kind != "country"}
    if len(areas) == 1:
        return Counter(areas)
    return Counter((e.country, e.admin1) for e in named if e.kind == "admin1")


def support_given(m: Mention, home: set[str]) -> Counter:
    """The governorate support `m` added in `resolve`: none unless it is strong."""
    return _area_support(m.candidates[: m.n_exact]) if _strong(m, home) else Counter()


def _supported(entry: Entry, admins: Counter, countries: Counter, anchors: list[Entry], weak: list[Entry],
               home: set[str] | None = None) -> bool:
    """Whether the document's context holds a weak mention's place. Two weak names vouch for
    each other only as neighbours: everyday words match hamlets all over a country ("مشافٍ",
    "الحصين" in Yemen), two villages of one area lie close together. With nothing else to go
    by it stays, unless it is an everyday word not told as where something happened (`home`
    given) naming a place abroad: "ربك" in a condolence post is "your Lord", not a Sudanese town,
    while "غارة على رفح" is Rafah."""
    return (
        (not countries and (home is None or entry.country in home))
        or countries[entry.country] > 0
        or admins[(entry.country, entry.admin1)] > 0
        or any(other.name != entry.name and km(other, entry) <= NEARBY_KM for other in weak)
        or any(km(a, entry) <= NEARBY_KM for a in anchors)
    )


def _score(entry: Entry, m: Mention, admins: Counter, countries: Counter, anchors: list[Entry], priority: dict[str, int]) -> tuple:
    """Higher is better: trust, cue fit, the document's governorates, nearby places,
    its countries, exact spelling; then, with nothing else to go by, a big place by
    population, else the country first in scope.txt, else population."""
    near = any(a is not entry and km(a, entry) <= NEARBY_KM for a in anchors)
    big = entry.population >= STRONG_POPULATION
    return (
        SOURCE_RANK[entry.source],
        _kind_fits(entry, m),
        admins[(entry.country, entry.admin1)] if entry.kind != "country" else 0,
        near,
        countries[entry.country],
        m.exact and entry in m.candidates[: m.n_exact],
        big,
        entry.population if big else 0,
        -priority.get(entry.country, len(priority)),
        entry.population,
        -(entry.geonameid or 0),
    )


def _kind_fits(entry: Entry, m: Mention) -> bool:
    """Whether the entry's kind is what the cue words ask for, when the candidates offer it.

    "X province", "ريف X": the governorate. "city of X", "near X", "مدينة X", "X city":
    the town. A governorate's name alone ("Idlib", "إدلب") is read as the
    governorate: news uses it for the province at least as often as for the
    city, and the coarser reading is the safe one.
    """
    wanted = _wanted_kind(m)
    if wanted is None:
        return True
    if wanted == "country":
        return entry.kind == "country"
    if entry.kind == "country":
        return True
    # Only what the words themselves name counts as offered: a governorate that merely
    # sounds alike (Shabwah for "Shahba region") does not displace the town.
    offered = any((e.kind == "admin1") == (wanted == "admin1") for e in m.candidates[: m.n_exact or len(m.candidates)])
    if not offered:
        return True
    return (entry.kind == "admin1") == (wanted == "admin1") and (entry in m.candidates[: m.n_exact] or not m.n_exact)


def _wanted_kind(m: Mention) -> str | None:
    if m.settlement or m.role == "near":
        return "town"
    if m.role in ("admin", "region"):
        return "admin1"
    exact_kinds = {e.kind for e in m.candidates[: m.n_exact]}
    if "country" in exact_kinds:
        return "country"  # "Lebanon" is the country, whatever hamlet shares the name
    if "admin1" in exact_kinds:
        return "town" if m.town_named else "admin1"  # "Idlib city": the governorate's namesake town
    return None


def km(a: Entry, b: Entry) -> float:
    lat = math.radians((a.lat + b.lat) / 2)
    dx = math.radians(b.lon - a.lon) * math.cos(lat)
    dy = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(dx, dy)


def to_place(text: str, tokens: list[Token], m: Mention) -> Place:
    entry = m.chosen
    assert entry is not None
    precision = entry.precision
    if m.role == "near" and entry.kind in ("exact", "town"):
        precision = "district"
    elif m.role in ("region", "admin") and entry.kind != "country":
        precision = "region"
    start, end = tokens[m.start].start, tokens[m.end - 1].end
    return Place(
        name=entry.name,
        start=start,
        end=end,
        country=entry.country,
        admin1=entry.admin1,
        lat=entry.lat,
        lon=entry.lon,
        precision=precision,
        geonameid=entry.geonameid,
        text=text[start:end],
    )
