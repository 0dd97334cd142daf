"""The data model every stage speaks (DESIGN.md, "Data model").

Stages pass these plain dataclasses to each other; only `store/` knows how
they are kept in SQL. Offsets (`start`, `end`) are character offsets into the
document's clean text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DocumentStatus = Literal["ok", "empty", "junk", "failed"]
# "attack": a report of a strike that names no harm ("Russian jets struck Kafr Nabl at dawn"):
# a statement of responsibility, with no figure, that ties the report to its incident.
HarmKind = Literal["killed", "injured", "missing", "detained", "attack"]
Stance = Literal["asserts", "denies", "disputes"]
SpeakerKind = Literal["local", "official", "belligerent", "media", "ngo", "medical", "unknown"]
Precision = Literal["day", "week", "month", "year"]
GeoPrecision = Literal["exact", "town", "district", "region", "country"]

# Victim groups; a named actor's fighters are group "combatants" with `actor` set.
GROUPS = ("civilians", "children", "women", "men", "combatants", "unknown")
KINDS = ("killed", "injured", "missing", "detained")  # harm kinds, which carry figures and ranges


@dataclass
class RawDocument:
    """What ingest hands to clean: one input, before any interpretation."""

    source: str  # where it came from, for messages: a path, "stdin:3", a WARC record URI
    raw: bytes  # the bytes as read (for the raw hash); HTML or text
    id: str | None = None  # the caller's external id, when given
    text: str | None = None  # plain text, when the input gave text
    html: str | None = None  # HTML, when the input gave HTML
    url: str | None = None
    publisher: str | None = None
    published: str | None = None  # as given; clean normalises it
    title: str | None = None
    lang: str | None = None
    source_type: str | None = None


@dataclass
class Document:
    """A cleaned document: the unit everything downstream points to."""

    id: str
    raw_hash: str
    text: str
    status: DocumentStatus = "ok"
    reason: str | None = None
    url: str | None = None
    publisher: str | None = None
    source_type: str | None = None
    lang: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, or None
    title: str | None = None


@dataclass
class Place:
    """A place mention resolved against the gazetteer."""

    name: str
    start: int
    end: int
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision = "town"
    geonameid: int | None = None
    text: str = ""  # the mention as written


# Weekday names for pages and exports, fixed rather than the locale's (calendar.day_name).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Claim:
    """One statement of harm in one document, tied to its span and speaker."""

    document_id: str
    kind: HarmKind
    group: str
    min: int | None
    max: int | None  # None = open-ended ("at least seven")
    start: int
    end: int
    text: str  # the figure's span as written
    sentence: str
    sentence_start: int = 0
    actor: str | None = None  # whose fighters, for group "combatants"
    event_date: str | None = None  # ISO date
    date_precision: Precision | None = None
    event_weekday: int | None = None  # Monday = 0: the weekday the text names for a day it gives nothing to place
    place: Place | None = None
    belligerents: list[str] = field(default_factory=list)
    strike_types: list[str] = field(default_factory=list)
    site_types: list[str] = field(default_factory=list)
    speaker: str | None = None
    speaker_kind: SpeakerKind = "unknown"
    stance: Stance = "asserts"
    # The figure bounds this kind from a total of killed and injured together ("killed and
    # injured 15": 1 to 14 killed); it counts none of them exactly.
    joint: bool = False
    id: int | None = None  # set by the store

    @property
    def weekday_name(self) -> str | None:
        """`event_weekday` in words ("Saturday"), for a claim without a date: a date's own
        weekday is the date's to tell."""
        if self.event_date is not None or self.event_weekday not in range(len(WEEKDAYS)):
            return None
        return WEEKDAYS[self.event_weekday]


@dataclass
class Range:
    min: int
    max: int | None  # None = no upper bound reported

    def to_json(self) -> dict:
        return {"min": self.min, "max": self.max}

    def __str__(self) -> str:
        """As monitors write it: "7", "5–7", or "12+" when open-ended."""
        if self.max is None:
            return f"{self.min}+"
        return str(self.min) if self.max == self.min else f"{self.min}–{self.max}"


@dataclass
class Incident:
    """A cluster of claims about one event."""

    id: str
    claims: list[Claim]
    date: str | None = None
    date_precision: Precision | None = None
    place: Place | None = None
    belligerents: list[str] = field(default_factory=list)
    strike_types: list[str] = field(default_factory=list)
    ranges: dict[str, Range] = field(default_factory=dict)  # "civilians_killed" -> Range
    grade: str = "weak"
    grade_reasons: list[str] = field(default_factory=list)
    contested: bool = False
    contest_reasons: list[str] = field(default_factory=list)
    review_state: str = "unreviewed"

    @property
    def document_ids(self) -> list[str]:
        return sorted({c.document_id for c in self.claims})
