"""The store: model objects in, model objects out. The only module that writes SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Engine, Text, cast, delete, func, insert, select

from civcas.model import Claim, Document, Incident, Place, Range
from civcas.store.db import make_engine
from civcas.store.schema import claims, documents, incident_claims, incidents, mentions

_PLACE_FIELDS = ("name", "country", "admin1", "lat", "lon", "precision", "geonameid", "start", "end", "text")
# SQLite allows 32766 bound parameters per statement; stay well below for IN lists.
_CHUNK = 900


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def like_literal(text: str) -> str:
    """User input for a LIKE pattern, its wildcards escaped (use with escape="\\")."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _place_row(place: Place | None, prefix: str) -> dict:
    return {f"{prefix}{f}": (getattr(place, f) if place else None) for f in _PLACE_FIELDS}


def _row_place(row, prefix: str) -> Place | None:
    values = {f: row._mapping[f"{prefix}{f}"] for f in _PLACE_FIELDS}
    if values["name"] is None:
        return None
    values["text"] = values["text"] or ""
    values["start"] = values["start"] or 0
    values["end"] = values["end"] or 0
    return Place(**values)


def _claim_row(claim: Claim) -> dict:
    return {
        "document_id": claim.document_id,
        "kind": claim.kind,
        "grp": claim.group,
        "actor": claim.actor,
        "min": claim.min,
        "max": claim.max,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start,
        "event_date": claim.event_date,
        "date_precision": claim.date_precision,
        "event_weekday": claim.event_weekday,
        **_place_row(claim.place, "place_"),
        "belligerents": list(claim.belligerents),
        "strike_types": list(claim.strike_types),
        "site_types": list(claim.site_types),
        "speaker": claim.speaker,
        "speaker_kind": claim.speaker_kind,
        "stance": claim.stance,
        "joint": claim.joint,
    }


def _row_claim(row) -> Claim:
    m = row._mapping
    return Claim(
        id=m["id"],
        document_id=m["document_id"],
        kind=m["kind"],
        group=m["grp"],
        actor=m["actor"],
        min=m["min"],
        max=m["max"],
        start=m["start"],
        end=m["end"],
        text=m["text"],
        sentence=m["sentence"],
        sentence_start=m["sentence_start"],
        event_date=m["event_date"],
        date_precision=m["date_precision"],
        event_weekday=m["event_weekday"],
        place=_row_place(row, "place_"),
        belligerents=list(m["belligerents"]),
        strike_types=list(m["strike_types"]),
        site_types=list(m["site_types"]),
        speaker=m["speaker"],
        speaker_kind=m["speaker_kind"],
        stance=m["stance"],
        joint=bool(m["joint"]),
    )


def _row_document(row) -> Document:
    m = row._mapping
    return Document(**{k: m[k] for k in Document.__dataclass_fields__})


def _incident_row(incident: Incident, now: str) -> dict:
    killed = incident.ranges.get("civilians_killed")
    return {
        "id": incident.id,
        "date": incident.date,
        "date_precision": incident.date_precision,
        **_place_row(incident.place, "place_"),
        "belligerents": list(incident.belligerents),
        "strike_types": list(incident.strike_types),
        "ranges": {k: r.to_json() for k, r in sorted(incident.ranges.items())},
        "civilians_killed_min": killed.min if killed else None,
        "grade": incident.grade,
        "grade_reasons": list(incident.grade_reasons),
        "contested": incident.contested,
        "contest_reasons": list(incident.contest_reasons),
        "review_state": incident.review_state,
        "source_count": len(incident.document_ids),
        "updated_at": now,
    }


def _row_incident(row, incident_claims_: list[Claim]) -> Incident:
    m = row._mapping
    return Incident(
        id=m["id"],
        claims=incident_claims_,
        date=m["date"],
        date_precision=m["date_precision"],
        place=_row_place(row, "place_"),
        belligerents=list(m["belligerents"]),
        strike_types=list(m["strike_types"]),
        ranges={k: Range(v["min"], v["max"]) for k, v in m["ranges"].items()},
        grade=m["grade"],
        grade_reasons=list(m["grade_reasons"]),
        contested=bool(m["contested"]),
        contest_reasons=list(m["contest_reasons"]),
        review_state=m["review_state"],
    )


def _link_claims(conn, incident_id: str, incident_claims_: list[Claim]) -> None:
    """Link stored claims to an incident, except those some incident holds already."""
    ids = [c.id for c in incident_claims_ if c.id is not None]
    held: set[int] = set()
    for chunk in _chunks(ids):
        held.update(conn.scalars(select(incident_claims.c.claim_id).where(incident_claims.c.claim_id.in_(chunk))))
    links = [{"incident_id": incident_id, "claim_id": i} for i in ids if i not in held]
    if links:
        conn.execute(insert(incident_claims), links)


def _insert_incidents(conn, new: list[Incident], now: str) -> None:
    """Insert incidents and link them to their (stored) claims."""
    for incident in new:
        conn.execute(insert(incidents), _incident_row(incident, now))
        _link_claims(conn, incident.id, incident.claims)


@dataclass
class IncidentFilter:
    since: str | None = None
    until: str | None = None
    country: str | None = None
    belligerent: str | None = None
    grade: str | None = None
    limit: int | None = None


class Store:
    """A civcas database (SQLite file or PostgreSQL), migrated on open."""

    def __init__(self, url: str | None = None, engine: Engine | None = None) -> None:
        self.engine = engine or make_engine(url)

    @property
    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    # documents -----------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these document ids are stored already."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(list(set(ids))):
                found.update(conn.scalars(select(documents.c.id).where(documents.c.id.in_(chunk))))
        return found

    def add_documents(self, items: list[tuple[Document, list[Place], list[Claim]]]) -> list[str]:
        """Store documents with their place mentions and claims, all or nothing.

        Documents whose id is stored already are skipped (ingest is idempotent);
        returns the ids actually added.
        """
        now = _now()
        with self.engine.begin() as conn:
            ids = [doc.id for doc, _, _ in items]
            existing: set[str] = set()
            for chunk in _chunks(ids):
                existing.update(conn.scalars(select(documents.c.id).where(documents.c.id.in_(chunk))))
            added: list[str] = []
            doc_rows, mention_rows, claim_rows = [], [], []
            for doc, places, doc_claims in items:
                if doc.id in existing:
                    continue
                existing.add(doc.id)  # the same id twice in one batch counts once
                added.append(doc.id)
                doc_rows.append({**{k: getattr(doc, k) for k in Document.__dataclass_fields__}, "ingested_at": now})
                mention_rows += [{"document_id": doc.id, "kind": "place", **_place_row(p, "")} for p in places]
                claim_rows += [_claim_row(c) for c in doc_claims]
            if doc_rows:
                conn.execute(insert(documents), doc_rows)
            if mention_rows:
                conn.execute(insert(mentions), mention_rows)
            if claim_rows:
                conn.execute(insert(claims), claim_rows)
        return added

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        query = select(documents).order_by(documents.c.id)
        with self.engine.connect() as conn:
            if ids is None:
                return [_row_document(r) for r in conn.execute(query)]
            out: list[Document] = []
            for chunk in _chunks(sorted(set(ids))):
                out += [_row_document(r) for r in conn.execute(query.where(documents.c.id.in_(chunk)))]
            return out

    def document_counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents.c.status, func.count()).group_by(documents.c.status))
            return {status: n for status, n in rows}

    def places(self, document_id: str) -> list[Place]:
        query = select(mentions).where(mentions.c.document_id == document_id).order_by(mentions.c.start)
        with self.engine.connect() as conn:
            return [p for p in (_row_place(r, "") for r in conn.execute(query)) if p]

    # claims and incidents ---------------------------------------------------

    def claims(self) -> list[Claim]:
        """Every claim of every usable document, in a stable order."""
        query = (
            select(claims)
            .join(documents, documents.c.id == claims.c.document_id)
            .where(documents.c.status == "ok")
            .order_by(claims.c.document_id, claims.c.start, claims.c.id)
        )
        with self.engine.connect() as conn:
            return [_row_claim(r) for r in conn.execute(query)]

    def unassigned_claims(self) -> list[Claim]:
        """Claims of usable documents that belong to no incident yet, in a stable order."""
        linked = select(incident_claims.c.claim_id)
        query = (
            select(claims)
            .join(documents, documents.c.id == claims.c.document_id)
            .where(documents.c.status == "ok", claims.c.id.not_in(linked))
            .order_by(claims.c.document_id, claims.c.start, claims.c.id)
        )
        with self.engine.connect() as conn:
            return [_row_claim(r) for r in conn.execute(query)]

    def save_incidents(self, updated: list[Incident], created: list[Incident]) -> None:
        """Store an incremental fusion result in one transaction.

        `created` incidents are inserted. `updated` ones gain their new claims;
        an unreviewed one also takes the new figures, while one a reviewer has
        touched keeps every field as the reviewer left it. A claim already in
        an incident (a reviewer moved it meanwhile) is never linked twice, and
        an incident merged away meanwhile is not brought back: its new claims
        stay unassigned for the next run to place.
        """
        now = _now()
        with self.engine.begin() as conn:
            for incident in updated:
                state = conn.scalar(select(incidents.c.review_state).where(incidents.c.id == incident.id))
                if state is None:
                    continue
                row = _incident_row(incident, now)
                if state != "unreviewed":
                    row = {"source_count": row["source_count"], "updated_at": now}
                conn.execute(incidents.update().where(incidents.c.id == incident.id).values(**row))
                _link_claims(conn, incident.id, incident.claims)
            _insert_incidents(conn, created, now)

    def replace_incidents(self, fused: list[Incident]) -> None:
        """Swap the unreviewed incidents for a new fusion result, in one transaction.

        Reviewed incidents stay as they are (a reviewer has the last word);
        fused incidents whose id a reviewed one holds are dropped.
        """
        now = _now()
        with self.engine.begin() as conn:
            kept = set(conn.scalars(select(incidents.c.id).where(incidents.c.review_state != "unreviewed")))
            unreviewed = select(incidents.c.id).where(incidents.c.review_state == "unreviewed")
            conn.execute(delete(incident_claims).where(incident_claims.c.incident_id.in_(unreviewed)))
            conn.execute(delete(incidents).where(incidents.c.review_state == "unreviewed"))
            _insert_incidents(conn, [i for i in fused if i.id not in kept], now)

    def incident_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(incidents))

    def incidents(self, where: IncidentFilter | None = None) -> list[Incident]:
        """Incidents with their claims, newest first."""
        where = where or IncidentFilter()
        query = select(incidents).order_by(incidents.c.date.desc(), incidents.c.id)
        if where.since:
            query = query.where(incidents.c.date >= where.since)
        if where.until:
            query = query.where(incidents.c.date <= where.until)
        if where.country:
            query = query.where(func.upper(incidents.c.place_country) == where.country.upper())
        if where.grade:
            query = query.where(incidents.c.grade == where.grade.lower())
        if where.belligerent:
            # Part of a name, taken literally: % and _ in it are not wildcards.
            query = query.where(func.lower(cast(incidents.c.belligerents, Text)).like(f"%{like_literal(where.belligerent.lower())}%", escape="\\"))
        if where.limit:
            query = query.limit(where.limit)
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
            by_incident = self._claims_of(conn, [r._mapping["id"] for r in rows])
        return [_row_incident(r, by_incident[r._mapping["id"]]) for r in rows]

    def incident(self, incident_id: str) -> Incident | None:
        """One incident by id, or by a unique id prefix (as typed from a table)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
            if row is None:
                prefixed = list(conn.execute(select(incidents).where(incidents.c.id.startswith(incident_id)).limit(2)))
                if len(prefixed) != 1:
                    return None
                row = prefixed[0]
            found = row._mapping["id"]
            return _row_incident(row, self._claims_of(conn, [found])[found])

    @staticmethod
    def _claims_of(conn, incident_ids: list[str]) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = defaultdict(list)
        for chunk in _chunks(incident_ids):
            query = (
                select(incident_claims.c.incident_id, claims)
                .join(claims, claims.c.id == incident_claims.c.claim_id)
                .where(incident_claims.c.incident_id.in_(chunk))
                .order_by(claims.c.document_id, claims.c.start, claims.c.id)
            )
            for row in conn.execute(query):
                out[row._mapping["incident_id"]].append(_row_claim(row))
        return out
