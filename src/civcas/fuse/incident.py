"""Building an Incident from a cluster of claims: id, date, place, actors, ranges, grade."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from datetime import date

from civcas.geo.normalize import spelling_key
from civcas.model import Claim, Document, Incident, Place

from .facets import DATE_RANK, GEO_RANK
from .grade import contradictions, grade
from .ranges import ranges_with_sources


def claim_key(claim: Claim) -> tuple:
    return (claim.document_id, claim.start, claim.end, claim.kind, claim.group, claim.min or 0, claim.max or 0)


def incident_id(claims: list[Claim], documents: dict[str, Document]) -> str:
    """Derived from the earliest-published claim (then document id and offset), so any input
    order gives the same id, and later reports joining an incident usually leave it alone."""

    def published(claim: Claim) -> str:
        doc = documents.get(claim.document_id)
        return doc.published if doc is not None and doc.published else "~"  # undated sorts last

    _, doc_id, start = min((published(c), c.document_id, c.start) for c in claims)
    return "inc-" + hashlib.sha1(f"{doc_id}\x00{start}".encode("utf-8")).hexdigest()[:12]


def _support(claims: list[Claim], values) -> Counter:
    """How many distinct documents back each value."""
    seen = {(c.document_id, v) for c in claims for v in values(c)}
    return Counter(v for _, v in seen)


def _ordered(claims: list[Claim], values) -> list[str]:
    support = _support(claims, values)
    return sorted(support, key=lambda v: (-support[v], v))


def _date(claims: list[Claim], documents: dict[str, Document]) -> tuple[str | None, str | None]:
    """Most specific date, then most supported, then of equally supported days the earliest,
    unless they are two days in a row and a text names the later: then the later; else the
    first publication day.

    Of two days in a row that as many documents give, the earlier is the likelier slip: a
    post's date line shown in an archive's time zone, hours behind the region's, puts a
    strike after local midnight on the day before, and "last night" counted from such a
    line moves it back once more; a report naming the later day has no such route to it.
    Days further apart are no such slip, and the first is the likelier event (later
    reports tell of funerals and follow-ups)."""
    dated = [c for c in claims if c.event_date]
    if dated:
        finest = min(DATE_RANK.get(c.date_precision or "day", 9) for c in dated)
        pool = [c for c in dated if DATE_RANK.get(c.date_precision or "day", 9) == finest]
        support = _support(pool, lambda c: [c.event_date[:10]])
        most = max(support.values())
        tied = sorted(d for d in support if support[d] == most)
        later = tied[-1] if _adjacent_days(tied[0], tied[-1]) else None
        best = later if later and _named_in_text(pool, later, documents) else tied[0]
        precision = next(c.date_precision or "day" for c in pool if c.event_date[:10] == best)
        return best, precision
    published = sorted(
        documents[c.document_id].published[:10] for c in claims if c.document_id in documents and documents[c.document_id].published
    )
    # Without a date in the text the event is placed at publication, roughly.
    return (published[0], "week") if published else (None, None)


def _named_in_text(claims: list[Claim], day: str, documents: dict[str, Document]) -> bool:
    """Whether a text names the day, rather than its page's publication day standing in for
    an undated report: a next-day toll update ("the toll rose to 7") does not outvote the
    strike's own day."""
    return any(c.event_date[:10] == day and (documents.get(c.document_id) is None
               or (documents[c.document_id].published or "")[:10] != day) for c in claims)


def _adjacent_days(first: str, last: str) -> bool:
    try:
        return (date.fromisoformat(last) - date.fromisoformat(first)).days <= 1
    except ValueError:
        return False


# Tiers of precision, finest first: a town or exact spot, a district, a governorate, a country.
PLACE_TIERS = (("exact", "town"), ("district",), ("region",), ("country",))


def _identity(place: Place) -> tuple:
    """Mentions of one place share this. A settlement the gazetteer lacks is one place by its
    name, whether or not a sentence let us place it near a town (that changes its precision),
    and however each report spells it (see `spelling_key`: "دلبون" / "دليبون", "al-Batrouna" /
    "بطرونة") within one governorate."""
    if place.geonameid is not None:
        return ("g", place.geonameid)
    return ("n", spelling_key(place.name), _fold(place.admin1), _fold(place.country))


def _fold(text: str | None) -> str:
    return (text or "").casefold().strip()


def _place(claims: list[Claim]) -> Place | None:
    """The place most documents name at the finest tier reached, then (see below) a placed
    village, then the place most claims name; ties go to a place with coordinates (it can be
    mapped), then the finer one.

    Within a tier, support beats precision: a town several reports name is likelier the
    event's place than an exact spot one report names in passing. Mentions of one place
    count together at its finest tier, and it is given with coordinates when any has them.
    A village the gazetteer lacks, placed at the town its sentence names, is a settlement
    like the town; it and a neighbourhood placed at its town are the finer place when as
    many documents name each, and a placed village goes before a town as many documents
    name, however many claims (a roundup's other sentences) name the town: the report that
    names the village is the more precise one.
    """
    placed = [c for c in claims if c.place is not None]
    mentions: dict[tuple, list[Place]] = {}
    docs: dict[tuple, set[str]] = {}
    for c in placed:
        mentions.setdefault(_identity(c.place), []).append(c.place)
        docs.setdefault(_identity(c.place), set()).add(c.document_id)
    # One place's mentions may differ in spelling ("تل كابا" / "تل الكابا"): it is given by the
    # spelling most documents use, then most claims.
    spelled = _support(placed, lambda c: [(_identity(c.place), c.place.name)])
    said = Counter((_identity(c.place), c.place.name) for c in placed)
    best = {k: min(ps, key=lambda p: (p.lat is None, GEO_RANK.get(p.precision, 9), -spelled[(k, p.name)], -said[(k, p.name)],
                                      p.name))
            for k, ps in mentions.items()}
    tier_of = {k: min(_tier(p) for p in ps) for k, ps in mentions.items()}
    # A village or neighbourhood the gazetteer lacks, placed at a town the claims also name,
    # is that town's finer part.
    refines = {k: p.geonameid is None and p.lat is not None
               and any(o.geonameid is not None and (o.lat, o.lon) == (p.lat, p.lon) for o in best.values())
               for k, p in best.items()}
    for tier in range(len(PLACE_TIERS)):
        pool = [k for k in mentions if tier_of[k] == tier]
        if not pool:
            continue
        ranked = [(-len(docs[k]), not refines[k], not _placed_village(best[k]), -len(mentions[k]), best[k].lat is None,
                   GEO_RANK.get(best[k].precision, 9), repr(k), k) for k in pool]
        chosen = min(ranked)[-1]
        return _located(best[chosen], [best[k] for k in mentions if k != chosen], docs)
    return None


def _located(place: Place, others: list[Place], docs: dict[tuple, set[str]]) -> Place:
    """`place`, or when it has no coordinates (a village the gazetteer lacks) the coordinates of the
    area of its governorate that the claims also name, finest first, at that area's precision:
    a village named with "Jabal X" is mapped to the mountain, its name kept."""
    if place.lat is not None:
        return place
    areas = [o for o in others if o.lat is not None and o.precision != "country" and o.country == place.country
             and place.admin1 is not None and o.admin1 == place.admin1]
    if not areas:
        return place
    area = min(areas, key=lambda o: (GEO_RANK.get(o.precision, 9), -len(docs[_identity(o)])))
    precision = max(place.precision, area.precision, "district", key=lambda p: GEO_RANK.get(p, 9))
    return replace(place, lat=area.lat, lon=area.lon, precision=precision)


def _placed_village(place: Place) -> bool:
    """A settlement the gazetteer lacks that its sentence placed near a town (precision district):
    no GeoNames id and named as written (a well-known area of the gazetteer has its own name)."""
    return (place.geonameid is None and place.precision == "district" and place.lat is not None
            and place.name == place.text.replace("_", " "))


def _tier(place: Place) -> int:
    """The place's tier in PLACE_TIERS; a placed village goes with the towns."""
    if _placed_village(place):
        return 0
    return next((i for i, tier in enumerate(PLACE_TIERS) if place.precision in tier), len(PLACE_TIERS))


def build_incident(
    claims: list[Claim], documents: dict[str, Document], incident_id_: str | None = None, review_state: str = "unreviewed"
) -> Incident:
    claims = sorted(claims, key=claim_key)
    day, precision = _date(claims, documents)
    reasons = contradictions(claims, documents)
    grade_name, grade_reasons = grade(claims, documents, reasons)
    return Incident(
        id=incident_id_ or incident_id(claims, documents),
        claims=claims,
        date=day,
        date_precision=precision,
        place=_place(claims),
        belligerents=_ordered(claims, lambda c: c.belligerents),
        strike_types=_ordered(claims, lambda c: c.strike_types),
        ranges={key: rng for key, (rng, _) in ranges_with_sources(claims, documents).items()},
        grade=grade_name,
        grade_reasons=grade_reasons,
        contested=bool(reasons),
        contest_reasons=reasons,
        review_state=review_state,
    )
