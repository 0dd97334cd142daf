"""Review queries: accounts and tokens, the incident list, reviewer edits, merges and splits, the audit trail.

Every review action runs in one transaction that changes the incident, keeps
the field's new value in review_edits (so it can be re-applied) and writes an
audit row (who, when, before -> after). Edited incidents leave the
"unreviewed" state, which is what makes Store.replace_incidents keep them.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import date as Date
from typing import Any

from sqlalchemy import (
    Connection,
    Text,
    and_,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from civcas.model import GROUPS, KINDS, Claim, Incident, Place, Range
from civcas.store.schema import (
    claims,
    documents,
    incident_claims,
    incidents,
    review_audit,
    review_edits,
    review_settings,
    review_tokens,
    review_users,
)
from civcas.store.store import Store, _incident_row, _row_claim, like_literal

ROLES = ("viewer", "reviewer", "admin")
STATES = ("unreviewed", "reviewed", "edited")
GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
PRECISIONS = ("day", "week", "month", "year")
GEO_PRECISIONS = ("exact", "town", "district", "region", "country")
RANGE_PREFIX = "range:"  # per-range fields: "range:civilians_killed"
SORTS = {
    "date": incidents.c.date,
    "killed": incidents.c.civilians_killed_min,
    "grade": incidents.c.grade,
    "sources": incidents.c.source_count,
    "updated": incidents.c.updated_at,
    "place": incidents.c.place_name,
}
COUNT_CAP = 1_000
COUNT_SECONDS = 5.0
_PLACE_KEYS = ("name", "country", "admin1", "lat", "lon", "precision", "geonameid")


class ReviewError(ValueError):
    """A review action that cannot be done; the message says why (shown to the reviewer)."""


class NotFound(ReviewError):
    pass


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class User:
    id: int
    name: str
    role: str
    password_hash: str

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass
class AuditEntry:
    id: int
    incident_id: str | None
    document_id: str | None
    user: str
    at: str
    action: str
    field: str | None
    before: Any
    after: Any


@dataclass
class ListQuery:
    """Filters, sort and page of the incident list (the web page and GET /api/incidents)."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    admin1: str | None = None
    belligerent: str | None = None
    grade: str | None = None
    review_state: str | None = None
    min_killed: int | None = None
    q: str | None = None  # part of a place name
    sort: str = "date"
    descending: bool = True
    page: int = 1
    per_page: int = 50


@dataclass
class ListPage:
    items: list[Incident]
    sources: dict[str, int]  # incident id -> number of documents (claims are not loaded for the list)
    total: int  # at most COUNT_CAP
    query: ListQuery = field(default_factory=ListQuery)
    exact: bool = True  # False when there are more than COUNT_CAP

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


# Field codecs: how each editable field reads from an Incident and writes to the incidents row.


def _place_json(place: Place | None) -> dict | None:
    return {k: getattr(place, k) for k in _PLACE_KEYS} if place else None


def field_value(incident: Incident, name: str) -> Any:
    """The JSON value of one editable field of an incident."""
    if name.startswith(RANGE_PREFIX):
        found = incident.ranges.get(name[len(RANGE_PREFIX):])
        return found.to_json() if found else None
    if name == "place":
        return _place_json(incident.place)
    if name in ("date", "date_precision", "grade"):
        return getattr(incident, name)
    if name in ("belligerents", "strike_types", "grade_reasons"):
        return list(getattr(incident, name))
    raise ReviewError(f"unknown field {name!r}")


def _check_range(value: Any) -> Range | None:
    if value is None:
        return None
    try:
        low, high = value["min"], value.get("max")
    except (TypeError, KeyError):
        raise ReviewError("a range is {min, max}") from None
    if not isinstance(low, int) or low < 0 or (high is not None and (not isinstance(high, int) or high < low)):
        raise ReviewError("a range needs whole numbers with 0 <= min <= max (max empty = open-ended)")
    return Range(low, high)


def _check_strings(value: Any, name: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ReviewError(f"{name} is a list of names")
    return [v.strip() for v in value]


def _check_place(value: Any) -> Place | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("name"), str) or not value["name"].strip():
        raise ReviewError("a place needs a name")
    lat, lon = value.get("lat"), value.get("lon")
    for v, bound in ((lat, 90), (lon, 180)):
        if v is not None and (not isinstance(v, (int, float)) or isinstance(v, bool) or not -bound <= v <= bound):
            raise ReviewError("latitude must be within ±90 and longitude within ±180")
    precision = value.get("precision") or "town"
    if precision not in GEO_PRECISIONS:
        raise ReviewError(f"geo precision is one of {', '.join(GEO_PRECISIONS)}")
    country = value.get("country")
    if country is not None and (not isinstance(country, str) or len(country) != 2):
        raise ReviewError("country is a two-letter ISO code")
    geonameid = value.get("geonameid")
    if geonameid is not None and (not isinstance(geonameid, int) or isinstance(geonameid, bool)):
        raise ReviewError("geonameid is a number")
    return Place(name=value["name"].strip(), start=0, end=0, country=country.upper() if country else None,
                 admin1=value.get("admin1") or None, lat=lat, lon=lon, precision=precision, geonameid=geonameid)


def _check_date(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return Date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ReviewError("a date is YYYY-MM-DD") from None


def apply_field(incident: Incident, name: str, value: Any) -> None:
    """Set one field on an incident, after checking the value (raises ReviewError)."""
    if name.startswith(RANGE_PREFIX):
        key = name[len(RANGE_PREFIX):]
        group, _, kind = key.rpartition("_")
        if group not in GROUPS or kind not in KINDS:
            raise ReviewError(f"unknown range {key!r}: a victim group and a harm kind, like civilians_killed")
        checked = _check_range(value)
        if checked is None:
            incident.ranges.pop(key, None)
        else:
            incident.ranges[key] = checked
    elif name == "date":
        incident.date = _check_date(value)
    elif name == "date_precision":
        if value is not None and value not in PRECISIONS:
            raise ReviewError(f"date precision is one of {', '.join(PRECISIONS)}")
        incident.date_precision = value
    elif name == "place":
        incident.place = _check_place(value)
    elif name == "grade":
        if value not in GRADES:
            raise ReviewError(f"grade is one of {', '.join(GRADES)}")
        incident.grade = value
    elif name in ("belligerents", "strike_types", "grade_reasons"):
        setattr(incident, name, _check_strings(value, name))
    else:
        raise ReviewError(f"unknown field {name!r}")


def ranges_from_claims(found: Iterable[Claim]) -> dict[str, Range]:
    """Ranges of asserted figures: the largest lower bound, and an upper bound only when every
    source gave one. A bound from a total of killed and injured together counts only where
    no figure counts that kind."""
    out: dict[str, Range] = {}
    asserted = [c for c in found if c.stance == "asserts" and c.min is not None]
    counted = {f"{c.group}_{c.kind}" for c in asserted if not c.joint}
    for c in asserted:
        key = f"{c.group}_{c.kind}"
        if c.joint and key in counted:
            continue
        old = out.get(key)
        if old is None:
            out[key] = Range(c.min, c.max)
            continue
        high = None if old.max is None or c.max is None else max(old.max, c.max, c.min, old.min)
        out[key] = Range(max(old.min, c.min), high)
    return out


def _combine(a: dict[str, Range], b: dict[str, Range]) -> dict[str, Range]:
    out = dict(a)
    for key, r in b.items():
        old = out.get(key)
        if old is None:
            out[key] = r
        else:
            high = None if old.max is None or r.max is None else max(old.max, r.max)
            out[key] = Range(max(old.min, r.min), high)
    return out


class ReviewStore:
    """Review data over a civcas Store (same engine, same transactions)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.engine = store.engine
        self._counts: dict[tuple, tuple[float, int]] = {}  # list filters -> (when counted, how many)

    # accounts --------------------------------------------------------------

    def add_user(self, name: str, role: str, password_hash: str) -> User:
        if role not in ROLES:
            raise ReviewError(f"role is one of {', '.join(ROLES)}")
        if not name or len(name) > 128 or name != name.strip():
            raise ReviewError("a user name is 1 to 128 characters without surrounding spaces")
        with self.engine.begin() as conn:
            if conn.scalar(select(review_users.c.id).where(review_users.c.name == name)) is not None:
                raise ReviewError(f"user {name!r} exists")
            conn.execute(insert(review_users).values(name=name, role=role, password_hash=password_hash, created_at=_now()))
        found = self.user(name)
        assert found is not None
        return found

    def user(self, name: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(review_users).where(review_users.c.name == name)).first()
        return User(row.id, row.name, row.role, row.password_hash) if row else None

    def users(self) -> list[User]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(review_users).order_by(review_users.c.name))
            return [User(r.id, r.name, r.role, r.password_hash) for r in rows]

    def set_password_hash(self, name: str, password_hash: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(review_users).where(review_users.c.name == name).values(password_hash=password_hash))

    def add_token(self, name: str, token: str) -> None:
        """Keep an API token for a user (only its hash is stored)."""
        user = self.user(name)
        if user is None:
            raise NotFound(f"no user {name!r}")
        with self.engine.begin() as conn:
            conn.execute(insert(review_tokens).values(user_id=user.id, token_hash=_token_hash(token), created_at=_now()))

    def remove_token(self, token: str) -> None:
        """Forget one token (a browser session's, at logout)."""
        with self.engine.begin() as conn:
            conn.execute(delete(review_tokens).where(review_tokens.c.token_hash == _token_hash(token)))

    def revoke(self, name: str) -> int:
        """Forget every token and browser session of a user; returns how many there were."""
        user = self.user(name)
        if user is None:
            raise NotFound(f"no user {name!r}")
        with self.engine.begin() as conn:
            return conn.execute(delete(review_tokens).where(review_tokens.c.user_id == user.id)).rowcount

    def user_by_token(self, token: str) -> User | None:
        query = (
            select(review_users)
            .join(review_tokens, review_tokens.c.user_id == review_users.c.id)
            .where(review_tokens.c.token_hash == _token_hash(token))
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return User(row.id, row.name, row.role, row.password_hash) if row else None

    def setting(self, key: str, default: str) -> str:
        """A stored setting, storing `default` the first time (e.g. the cookie signing key)."""
        with self.engine.begin() as conn:
            found = conn.scalar(select(review_settings.c.value).where(review_settings.c.key == key))
            if found is not None:
                return found
            conn.execute(insert(review_settings).values(key=key, value=default))
        return default

    # reading ---------------------------------------------------------------

    def _where(self, q: ListQuery) -> list:
        conds = []
        if q.since:
            conds.append(incidents.c.date >= q.since)
        if q.until:
            conds.append(incidents.c.date <= q.until)
        if q.country:
            conds.append(incidents.c.place_country == q.country.upper())
        if q.admin1:
            conds.append(func.lower(incidents.c.place_admin1) == q.admin1.lower())
        if q.grade:
            conds.append(incidents.c.grade == q.grade)
        if q.review_state:
            conds.append(incidents.c.review_state == q.review_state)
        if q.min_killed is not None:
            conds.append(incidents.c.civilians_killed_min >= q.min_killed)
        if q.belligerent:
            conds.append(func.lower(cast(incidents.c.belligerents, Text)).like(f"%{like_literal(q.belligerent.lower())}%", escape="\\"))
        if q.q:
            conds.append(func.lower(incidents.c.place_name).like(f"%{like_literal(q.q.lower())}%", escape="\\"))
        return conds

    def list_incidents(self, q: ListQuery) -> ListPage:
        """One page of incidents (without their claims), filtered and sorted, and how many match."""
        where = self._where(q)
        column = SORTS.get(q.sort, incidents.c.date)
        # Unknowns (no date, no figure) last either way; the id breaks ties in the same direction,
        # which is the order of the list indexes (schema.py), so a page is an index walk.
        if q.descending:
            order = [column.desc().nulls_last(), incidents.c.id.desc()]
        else:
            order = [column.asc().nulls_last(), incidents.c.id.asc()]
        query = (select(*_LIST_COLUMNS).where(*where).order_by(*order)
                 .limit(q.per_page).offset((max(q.page, 1) - 1) * q.per_page))
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
            total = self._count(conn, q, where)
        exact = not where or total <= COUNT_CAP
        items = [_listed_incident(r) for r in rows]
        return ListPage(items, {r.id: r.source_count for r in rows}, total if exact else COUNT_CAP, q, exact)

    def _count(self, conn: Connection, q: ListQuery, where: list) -> int:
        """How many incidents match, remembered for COUNT_SECONDS per filter (people page through one list).

        The whole table is counted exactly; a filtered set up to COUNT_CAP + 1, since an exact
        count scans every match.
        """
        key = (q.since, q.until, q.country, q.admin1, q.belligerent, q.grade, q.review_state, q.min_killed, q.q)
        now = time.monotonic()
        found = self._counts.get(key)
        if found is not None and now - found[0] <= COUNT_SECONDS:
            return found[1]
        if where:
            counted = select(func.count()).select_from(select(incidents.c.id).where(*where).limit(COUNT_CAP + 1).subquery())
        else:
            counted = select(func.count()).select_from(incidents)
        total = conn.scalar(counted) or 0
        if len(self._counts) >= 1000:  # many different filters: start afresh rather than grow
            self._counts.clear()
        self._counts[key] = (now, total)
        return total

    def analyze(self) -> None:
        """Refresh the planner's statistics on incidents (a fraction of a second per 100k).

        Without them SQLite takes the country index for "country = SY" even when
        every incident is in Syria, and sorts the whole table for each page.
        """
        with self.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE incidents")

    def map_points(self, q: ListQuery, limit: int = 5000) -> list[dict]:
        """Located incidents for the map: the figures a marker shows, newest first."""
        cols = [incidents.c.id, incidents.c.date, incidents.c.place_name, incidents.c.place_lat, incidents.c.place_lon,
                incidents.c.civilians_killed_min, incidents.c.grade, incidents.c.belligerents]
        query = (
            select(*cols)
            .where(*self._where(q), incidents.c.place_lat.is_not(None), incidents.c.place_lon.is_not(None))
            .order_by(incidents.c.date.desc(), incidents.c.id)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [
                {"id": r.id, "date": r.date, "place": r.place_name, "lat": r.place_lat, "lon": r.place_lon,
                 "killed": r.civilians_killed_min, "grade": r.grade, "belligerents": list(r.belligerents)}
                for r in conn.execute(query)
            ]

    def weekly_killed(self, q: ListQuery) -> dict[str, Counter]:
        """Civilians killed (lower bounds) per ISO week (its Monday) and belligerent label."""
        query = select(incidents.c.date, incidents.c.belligerents, incidents.c.civilians_killed_min).where(
            *self._where(q), incidents.c.date.is_not(None), incidents.c.civilians_killed_min.is_not(None)
        )
        weeks: dict[str, Counter] = {}
        with self.engine.connect() as conn:
            for day, belligerents, killed in conn.execute(query):
                try:
                    d = Date.fromisoformat(day)
                except ValueError:
                    continue
                monday = (d - timedelta(days=d.weekday())).isoformat()
                label = " / ".join(sorted(belligerents)) or "Unknown"
                weeks.setdefault(monday, Counter())[label] += killed
        return weeks

    def countries(self) -> list[str]:
        query = select(incidents.c.place_country).where(incidents.c.place_country.is_not(None)).distinct()
        with self.engine.connect() as conn:
            return sorted(conn.scalars(query))

    def incident(self, incident_id: str) -> Incident:
        found = self.store.incident(incident_id)
        if found is None or found.id != incident_id:
            raise NotFound(f"no incident {incident_id!r}")
        return found

    def claim(self, claim_id: int) -> Claim:
        with self.engine.connect() as conn:
            row = conn.execute(select(claims).where(claims.c.id == claim_id)).first()
        if row is None:
            raise NotFound(f"no claim {claim_id}")
        return _row_claim(row)

    def claims_page(self, document_id: str | None, offset: int, limit: int) -> list[Claim]:
        query = select(claims).order_by(claims.c.id).offset(offset).limit(limit)
        if document_id:
            query = query.where(claims.c.document_id == document_id)
        with self.engine.connect() as conn:
            return [_row_claim(r) for r in conn.execute(query)]

    def incidents_of_claims(self, claim_ids: Iterable[int]) -> dict[int, str]:
        ids = list(claim_ids)
        if not ids:
            return {}
        query = select(incident_claims.c.claim_id, incident_claims.c.incident_id).where(incident_claims.c.claim_id.in_(ids))
        with self.engine.connect() as conn:
            return {c: i for c, i in conn.execute(query)}

    def reviewed_claim_ids(self) -> set[int]:
        """Claims that belong to reviewed or edited incidents: a fusion re-run should leave them out,
        or they would turn up a second time in a fresh unreviewed incident."""
        query = (
            select(incident_claims.c.claim_id)
            .join(incidents, incidents.c.id == incident_claims.c.incident_id)
            .where(incidents.c.review_state != "unreviewed")
        )
        with self.engine.connect() as conn:
            return set(conn.scalars(query))

    def audit(self, incident_id: str | None = None, document_ids: Iterable[str] = ()) -> list[AuditEntry]:
        """The trail of an incident (and of its documents), oldest first."""
        conds = []
        if incident_id is not None:
            conds.append(review_audit.c.incident_id == incident_id)
        docs = list(document_ids)
        if docs:
            conds.append(and_(review_audit.c.incident_id.is_(None), review_audit.c.document_id.in_(docs)))
        query = select(review_audit).order_by(review_audit.c.id)
        if conds:
            query = query.where(or_(*conds))
        with self.engine.connect() as conn:
            return [
                AuditEntry(r.id, r.incident_id, r.document_id, r.user_name, r.at, r.action, r.field, r.before, r.after)
                for r in conn.execute(query)
            ]

    # review actions ----------------------------------------------------------

    def edit(self, incident_id: str, changes: dict[str, Any], user: str) -> Incident:
        """Set fields of an incident; each change is kept and audited. Unchanged values are skipped."""
        now = _now()
        with self.engine.begin() as conn:
            [incident] = self._locked(conn, incident_id)
            before = {name: field_value(incident, name) for name in changes}
            for name, value in changes.items():
                apply_field(incident, name, value)
            after = {name: field_value(incident, name) for name in changes}
            changed = [n for n in changes if before[n] != after[n]]
            if not changed:
                return incident
            incident.review_state = "edited"
            self._write(conn, incident, now)
            for name in changed:
                self._keep_edit(conn, incident_id, name, after[name], user, now)
                self._log(conn, user, now, "edit", incident_id=incident_id, field=name, before=before[name], after=after[name])
        self._counts.clear()
        return incident

    def confirm(self, incident_id: str, user: str, fields: Iterable[str] | None = None) -> Incident:
        """A reviewer accepts the incident as it stands: its fields are kept as if edited to their values."""
        now = _now()
        with self.engine.begin() as conn:
            [incident] = self._locked(conn, incident_id)
            names = list(fields) if fields is not None else self._editable(incident)
            values = {n: field_value(incident, n) for n in names}
            state_before = incident.review_state
            if incident.review_state == "unreviewed":
                incident.review_state = "reviewed"
            self._write(conn, incident, now)
            for name, value in values.items():
                self._keep_edit(conn, incident_id, name, value, user, now)
            self._log(conn, user, now, "confirm", incident_id=incident_id, before={"review_state": state_before},
                      after={"review_state": incident.review_state, "fields": names})
        self._counts.clear()
        return incident

    def merge(self, target_id: str, source_id: str, user: str) -> Incident:
        """Fold one incident into another: claims move over, ranges combine, the source is removed."""
        if target_id == source_id:
            raise ReviewError("an incident cannot be merged into itself")
        now = _now()
        with self.engine.begin() as conn:
            target, source = self._locked(conn, target_id, source_id)
            before = {"claims": len(target.claims), "ranges": {k: r.to_json() for k, r in target.ranges.items()}}
            known = {c.id for c in target.claims}
            target.claims += [c for c in source.claims if c.id not in known]
            target.ranges = _combine(target.ranges, source.ranges)
            target.belligerents = sorted(set(target.belligerents) | set(source.belligerents))
            target.strike_types = sorted(set(target.strike_types) | set(source.strike_types))
            target.review_state = "edited"
            conn.execute(delete(incident_claims).where(incident_claims.c.incident_id == source_id))
            conn.execute(delete(incidents).where(incidents.c.id == source_id))
            conn.execute(delete(review_edits).where(review_edits.c.incident_id == source_id))
            self._write(conn, target, now, claims_too=True)
            for name in ("belligerents", "strike_types", *(RANGE_PREFIX + k for k in target.ranges)):
                self._keep_edit(conn, target_id, name, field_value(target, name), user, now)
            after = {"claims": len(target.claims), "ranges": {k: r.to_json() for k, r in target.ranges.items()}}
            self._log(conn, user, now, "merge", incident_id=target_id, field=source_id, before=before, after=after)
            self._log(conn, user, now, "merged-into", incident_id=source_id, field=target_id, before=None, after=None)
        self._counts.clear()
        return target

    def split(self, incident_id: str, claim_ids: list[int], user: str) -> Incident:
        """Move some claims into a new incident (same date and place, ranges from the moved claims)."""
        source = self.incident(incident_id)
        wanted = set(claim_ids)
        moving = [c for c in source.claims if c.id in wanted]
        if not moving or len(moving) != len(wanted):
            raise ReviewError("choose claims of this incident to move")
        if len(moving) == len(source.claims):
            raise ReviewError("moving every claim leaves nothing behind; edit the incident instead")
        new_id = "r" + hashlib.sha1(f"{incident_id}:{sorted(wanted)}".encode()).hexdigest()[:15]
        with self.engine.connect() as conn:
            taken = conn.scalar(select(incidents.c.id).where(incidents.c.id == new_id)) is not None
        if taken:
            raise ReviewError("these claims were split off already")
        staying = [c for c in source.claims if c.id not in wanted]
        new = Incident(
            id=new_id, claims=moving, date=source.date, date_precision=source.date_precision, place=source.place,
            belligerents=sorted({b for c in moving for b in c.belligerents}) or list(source.belligerents),
            strike_types=sorted({s for c in moving for s in c.strike_types}) or list(source.strike_types),
            ranges=ranges_from_claims(moving), grade="weak" if len({c.document_id for c in moving}) == 1 else source.grade,
            grade_reasons=[f"split from {incident_id} by {user}"], review_state="edited",
        )
        before_ranges = {k: r.to_json() for k, r in source.ranges.items()}
        source.claims = staying
        source.ranges = ranges_from_claims(staying) or source.ranges
        source.review_state = "edited"
        now = _now()
        with self.engine.begin() as conn:
            conn.execute(insert(incidents).values(**_incident_row(new, now)))
            conn.execute(
                update(incident_claims)
                .where(incident_claims.c.incident_id == incident_id, incident_claims.c.claim_id.in_(list(wanted)))
                .values(incident_id=new_id)
            )
            self._write(conn, source, now)
            for target in (source, new):
                for name in self._editable(target):
                    self._keep_edit(conn, target.id, name, field_value(target, name), user, now)
            self._log(conn, user, now, "split", incident_id=incident_id, field=new_id,
                      before={"ranges": before_ranges, "claims": sorted(wanted)},
                      after={"ranges": {k: r.to_json() for k, r in source.ranges.items()}})
            self._log(conn, user, now, "split-from", incident_id=new_id, field=incident_id, before=None,
                      after={"claims": sorted(wanted)})
        self._counts.clear()
        return new

    def mark_irrelevant(self, document_id: str, user: str) -> list[str]:
        """Set a document aside (status junk): fusion ignores its claims. Returns the incidents that cited it."""
        with self.engine.begin() as conn:
            row = conn.execute(select(documents.c.status, documents.c.reason).where(documents.c.id == document_id)).first()
            if row is None:
                raise NotFound(f"no document {document_id!r}")
            cited = sorted(set(conn.scalars(
                select(incident_claims.c.incident_id)
                .join(claims, claims.c.id == incident_claims.c.claim_id)
                .where(claims.c.document_id == document_id)
            )))
            if row.status == "junk":
                return cited  # set aside already; nothing to record
            now = _now()
            reason = f"marked irrelevant by {user}"
            conn.execute(update(documents).where(documents.c.id == document_id).values(status="junk", reason=reason))
            before, after = {"status": row.status, "reason": row.reason}, {"status": "junk", "reason": reason}
            self._log(conn, user, now, "irrelevant", document_id=document_id, before=before, after=after)
            for incident_id in cited:
                self._log(conn, user, now, "irrelevant", incident_id=incident_id, document_id=document_id,
                          before=before, after=after)
        return cited

    def reapply_edits(self) -> int:
        """Re-apply every kept edit to the incident it belongs to (after a fusion run rebuilt incidents)."""
        with self.engine.connect() as conn:
            rows = list(conn.execute(select(review_edits).order_by(review_edits.c.incident_id, review_edits.c.field)))
        by_incident: dict[str, dict[str, Any]] = {}
        for r in rows:
            by_incident.setdefault(r.incident_id, {})[r.field] = r.value
        n = 0
        now = _now()
        for incident_id, values in by_incident.items():
            incident = self.store.incident(incident_id)
            if incident is None or incident.id != incident_id:
                continue
            for name, value in values.items():
                apply_field(incident, name, value)
            if incident.review_state == "unreviewed":
                incident.review_state = "edited"
            with self.engine.begin() as conn:
                self._write(conn, incident, now)
            n += 1
        self._counts.clear()
        return n

    # internals ----------------------------------------------------------------

    @staticmethod
    def _editable(incident: Incident) -> list[str]:
        return ["date", "date_precision", "place", "belligerents", "strike_types", "grade",
                *(RANGE_PREFIX + k for k in sorted(incident.ranges))]

    def _locked(self, conn: Connection, *incident_ids: str) -> list[Incident]:
        """Lock incidents' rows for the transaction on `conn`, then read them.

        Two reviewers saving one incident at once are then applied one after
        the other, instead of the later write (of a stale read) undoing the
        earlier. Rows are locked in id order, so two locks never deadlock.
        """
        for incident_id in sorted(set(incident_ids)):
            conn.execute(update(incidents).where(incidents.c.id == incident_id).values(updated_at=incidents.c.updated_at))
        return [self.incident(i) for i in incident_ids]

    @staticmethod
    def _write(conn: Connection, incident: Incident, now: str, claims_too: bool = False) -> None:
        """Store an incident's fields (its claims were loaded with it, so the source count is right)."""
        if claims_too:
            links = [{"incident_id": incident.id, "claim_id": c.id} for c in incident.claims if c.id is not None]
            conn.execute(delete(incident_claims).where(incident_claims.c.incident_id == incident.id))
            if links:
                conn.execute(insert(incident_claims), links)
        conn.execute(update(incidents).where(incidents.c.id == incident.id).values(**_incident_row(incident, now)))

    @staticmethod
    def _keep_edit(conn: Connection, incident_id: str, name: str, value: Any, user: str, now: str) -> None:
        conn.execute(delete(review_edits).where(review_edits.c.incident_id == incident_id, review_edits.c.field == name))
        conn.execute(insert(review_edits).values(incident_id=incident_id, field=name, value=value, user_name=user, at=now))

    @staticmethod
    def _log(conn: Connection, user: str, now: str, action: str, incident_id: str | None = None,
             document_id: str | None = None, field: str | None = None, before: Any = None, after: Any = None) -> None:
        conn.execute(insert(review_audit).values(incident_id=incident_id, document_id=document_id, user_name=user, at=now,
                                                 action=action, field=field, before=before, after=after))


# What a list row shows; reading whole rows (reasons, mention offsets) costs more than the query.
_LIST_COLUMNS = (incidents.c.id, incidents.c.date, incidents.c.date_precision, incidents.c.place_name,
                 incidents.c.place_country, incidents.c.place_admin1, incidents.c.place_lat, incidents.c.place_lon,
                 incidents.c.place_precision, incidents.c.belligerents, incidents.c.strike_types, incidents.c.ranges,
                 incidents.c.grade, incidents.c.contested, incidents.c.review_state, incidents.c.source_count)


def _listed_incident(row) -> Incident:
    """An incident for the list: its figures and place, without claims or reasons."""
    place = None
    if row.place_name is not None:
        place = Place(name=row.place_name, start=0, end=0, country=row.place_country, admin1=row.place_admin1,
                      lat=row.place_lat, lon=row.place_lon, precision=row.place_precision or "town")
    return Incident(id=row.id, claims=[], date=row.date, date_precision=row.date_precision, place=place,
                    belligerents=list(row.belligerents), strike_types=list(row.strike_types),
                    ranges={k: Range(v["min"], v["max"]) for k, v in row.ranges.items()}, grade=row.grade,
                    contested=bool(row.contested), review_state=row.review_state)


def _token_hash(token: str) -> str:
    # Tokens are long random strings, so a fast hash is enough (unlike passwords).
    return hashlib.sha256(token.encode()).hexdigest()
