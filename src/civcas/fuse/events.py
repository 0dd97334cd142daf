"""Splitting one document's claims into the events it reports (the unit of clustering).

A report often covers several strikes ("rockets hit A on Friday ... on Saturday raids on
B"). Claims are grouped in text order; a claim joins an event of its document only when
its date and place fit it exactly, so one document's different places or days stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from civcas.model import Claim, Document, Place

from .facets import (
    DATE_RANK,
    GEO_RANK,
    Span,
    contains,
    date_span,
    name_key,
    named_area,
    published_span,
    same_place,
    span_gap,
)

TEXT_CHARS = 400  # enough wording for the similarity tie-breaker, bounded for speed


@dataclass
class DocEvent:
    """One event as one document tells it."""

    key: tuple[str, int]  # (document id, offset of its first claim): stable identity
    claims: list[Claim]
    span: Span | None
    place: Place | None
    actors: frozenset[str]
    strikes: frozenset[str]
    figures: frozenset[tuple[str, int]]
    text: str
    dated: bool = field(default=False)  # the date came from the text, not from publication
    url: str | None = None  # the page's address: a site's serial article number orders its pages in time
    weekday: int | None = None  # Monday = 0: the day's weekday, when the text names it but gives no date

    @property
    def doc_id(self) -> str:
        return self.key[0]


def claim_span(claim: Claim) -> Span | None:
    return date_span(claim.event_date, claim.date_precision)


def _finer_span(a: Span | None, b: Span | None) -> Span | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if DATE_RANK.get(b.precision, 9) < DATE_RANK.get(a.precision, 9) else a


def _finer_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if GEO_RANK.get(b.precision, 9) < GEO_RANK.get(a.precision, 9) else a


def _fits(span: Span | None, place: Place | None, weekday: int | None, claim: Claim) -> bool:
    if None not in (weekday, claim.event_weekday) and weekday != claim.event_weekday:
        return False  # "أمس الخميس ..." and "اليوم السبت ..." on an undated page are two days
    other_span = claim_span(claim)
    if _other_weekday(span, claim.event_weekday) or _other_weekday(other_span, weekday):
        return False  # "on Monday ... killed two" and "On June 2 (a Sunday), a man was killed"
    if span is not None and other_span is not None:
        if span_gap(span, other_span) > 0 or (span.is_day and other_span.is_day and span.lo != other_span.lo):
            return False
    other = claim.place
    if place is not None and other is not None:
        if _two_villages(place, other):
            return False
        if not (same_place(place, other) or contains(place, other) or contains(other, place)):
            return False
    return True


def _other_weekday(span: Span | None, weekday: int | None) -> bool:
    """Whether a day falls on another weekday than the one the text names."""
    return span is not None and span.is_day and weekday is not None and date.fromordinal(span.lo).weekday() != weekday


def _two_villages(a: Place, b: Place) -> bool:
    """Whether two places are villages the gazetteer lacks, of different names: one the
    geocoder placed at the area or town near it holds no other village the same report
    names ("امرأة في البارة ... مدنيان في كنصفرة المجاورة" are two strikes)."""
    if a.lat is not None and (a.lat, a.lon) == (b.lat, b.lon):
        return False  # one spot: a neighbourhood placed at its village ("حي X بالقرية")
    return _unknown_village(a) and _unknown_village(b) and name_key(a) != name_key(b)


def _unknown_village(place: Place) -> bool:
    return place.geonameid is None and place.precision in ("town", "district") and not named_area(place.name)


def split_document(claims: list[Claim], document: Document | None) -> list[DocEvent]:
    """The events one document reports, each with the claims that describe it."""
    groups: list[tuple[Span | None, Place | None, int | None, list[Claim]]] = []
    for claim in sorted(claims, key=lambda c: (c.start, c.end, c.kind, c.group)):
        # Prefer the event just being told (locality), then any earlier one.
        for index in range(len(groups) - 1, -1, -1):
            span, place, weekday, members = groups[index]
            if _fits(span, place, weekday, claim):
                members.append(claim)
                groups[index] = (_finer_span(span, claim_span(claim)), _finer_place(place, claim.place),
                                 weekday if weekday is not None else claim.event_weekday, members)
                break
        else:
            groups.append((claim_span(claim), claim.place, claim.event_weekday, [claim]))
    published = document.published if document is not None else None
    url = document.url if document is not None else None
    return [_event(span, place, members, published, url, weekday) for span, place, weekday, members in groups]


def _event(span: Span | None, place: Place | None, claims: list[Claim], published: str | None,
           url: str | None = None, weekday: int | None = None) -> DocEvent:
    dated = span is not None
    if span is None:
        span = published_span(published)
    sentences: list[str] = []
    for claim in claims:
        if claim.sentence and claim.sentence not in sentences:
            sentences.append(claim.sentence)
    return DocEvent(
        key=(claims[0].document_id, claims[0].start),
        claims=claims,
        span=span,
        place=place,
        actors=frozenset(b for c in claims for b in c.belligerents),
        strikes=frozenset(s for c in claims for s in c.strike_types),
        figures=frozenset((c.kind, c.min) for c in claims if c.min and c.group != "combatants" and not c.joint),
        text=" ".join(sentences)[:TEXT_CHARS],
        dated=dated,
        url=url,
        weekday=None if dated else weekday,
    )
