"""The REST API under /api: incidents, claims, documents, exports and review actions (OpenAPI at /api/openapi.json)."""

from __future__ import annotations

import io
from typing import Annotated, Any, Literal

from fastapi import (
    APIRouter,
    Depends,
    Header,
    HTTPException,
    Path,
    Query,
    Request,
    Response,
)
from pydantic import BaseModel, ConfigDict, Field

from civcas.export import FORMATS, incident_to_json
from civcas.export.jsonl import claim_to_json
from civcas.model import Incident
from civcas.review.auth import check_csrf, hash_password, require
from civcas.review.places import search_places
from civcas.store import IncidentFilter
from civcas.store.review import (
    GRADES,
    RANGE_PREFIX,
    ROLES,
    SORTS,
    STATES,
    AuditEntry,
    ListQuery,
    ReviewStore,
    User,
)

router = APIRouter(prefix="/api")
MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}
Date = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


# Dependencies that do no I/O are async: FastAPI runs sync ones in the thread pool, one hop each.
async def reviews(request: Request) -> ReviewStore:
    return request.app.state.reviews


def viewer(request: Request) -> User:
    return require(request, "viewer")


def reviewer(request: Request, x_csrf_token: Annotated[str | None, Header()] = None) -> User:
    user = require(request, "reviewer")
    check_csrf(request, x_csrf_token)
    return user


def admin(request: Request, x_csrf_token: Annotated[str | None, Header()] = None) -> User:
    user = require(request, "admin")
    check_csrf(request, x_csrf_token)
    return user


async def list_query(
    since: Date = None,
    until: Date = None,
    country: Annotated[str | None, Query(max_length=2, description="ISO 3166-1 alpha-2")] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    belligerent: Annotated[str | None, Query(max_length=200, description="part of a belligerent's name")] = None,
    grade: Literal[GRADES] | None = None,  # type: ignore[valid-type]
    review_state: Literal[STATES] | None = None,  # type: ignore[valid-type]
    min_killed: Annotated[int | None, Query(ge=0, le=10**9)] = None,
    q: Annotated[str | None, Query(max_length=200, description="part of a place name")] = None,
    sort: Literal[tuple(SORTS)] = "date",  # type: ignore[valid-type]
    order: Literal["asc", "desc"] = "desc",
    page: Annotated[int, Query(ge=1, le=10**6)] = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 50,
) -> ListQuery:
    return ListQuery(since=since, until=until, country=country or None, admin1=admin1 or None,
                     belligerent=belligerent or None, grade=grade, review_state=review_state, min_killed=min_killed,
                     q=q or None, sort=sort, descending=order == "desc", page=page, per_page=per_page)


class RangeOut(BaseModel):
    min: int
    max: int | None


class IncidentSummary(BaseModel):
    id: str
    date: str | None
    place: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    belligerents: list[str]
    strike_types: list[str]
    civilians_killed: RangeOut | None
    civilians_injured: RangeOut | None
    grade: str
    contested: bool
    review_state: str
    source_count: int


class IncidentPage(BaseModel):
    total: int = Field(description="matching incidents (a filtered list is counted up to 1,000)")
    total_exact: bool = Field(description="false when more than `total` match")
    page: int
    per_page: int
    items: list[IncidentSummary]


class AuditOut(BaseModel):
    id: int
    incident_id: str | None
    document_id: str | None
    user: str
    at: str
    action: str
    field: str | None
    before: Any = None
    after: Any = None


def summary(incident: Incident, sources: int) -> IncidentSummary:
    p = incident.place
    ranges = {k: RangeOut(**r.to_json()) for k, r in incident.ranges.items()}
    return IncidentSummary(
        id=incident.id, date=incident.date, place=p.name if p else None, admin1=p.admin1 if p else None,
        country=p.country if p else None, lat=p.lat if p else None, lon=p.lon if p else None,
        belligerents=incident.belligerents, strike_types=incident.strike_types,
        civilians_killed=ranges.get("civilians_killed"), civilians_injured=ranges.get("civilians_injured"),
        grade=incident.grade, contested=incident.contested, review_state=incident.review_state, source_count=sources,
    )


def audit_out(entry: AuditEntry) -> AuditOut:
    return AuditOut(**vars(entry))


@router.get("/health", tags=["meta"])
def health() -> dict[str, str]:
    """Liveness, and the floor for latency benchmarks (no database work)."""
    return {"status": "ok"}


@router.get("/incidents", response_model=IncidentPage, tags=["incidents"])
def list_incidents(q: Annotated[ListQuery, Depends(list_query)], _: Annotated[User, Depends(viewer)],
                   store: Annotated[ReviewStore, Depends(reviews)]) -> IncidentPage:
    """Incidents, filtered, sorted and paged (claims are left out; get one incident for them)."""
    found = store.list_incidents(q)
    return IncidentPage(total=found.total, total_exact=found.exact, page=q.page, per_page=q.per_page,
                        items=[summary(i, found.sources[i.id]) for i in found.items])


@router.get("/incidents/{incident_id}", tags=["incidents"])
def get_incident(incident_id: str, _: Annotated[User, Depends(viewer)],
                 store: Annotated[ReviewStore, Depends(reviews)]) -> dict:
    """One incident in the export contract's shape, with claim ids and its audit trail."""
    incident = store.incident(incident_id)
    out = incident_to_json(incident)
    for claim, data in zip(incident.claims, out["claims"]):
        data["id"] = claim.id
    out["audit"] = [audit_out(e).model_dump() for e in store.audit(incident.id, incident.document_ids)]
    return out


@router.get("/incidents/{incident_id}/audit", response_model=list[AuditOut], tags=["incidents"])
def get_audit(incident_id: str, _: Annotated[User, Depends(viewer)],
              store: Annotated[ReviewStore, Depends(reviews)]) -> list[AuditOut]:
    incident = store.incident(incident_id)
    return [audit_out(e) for e in store.audit(incident.id, incident.document_ids)]


@router.get("/claims", tags=["claims"])
def list_claims(_: Annotated[User, Depends(viewer)], store: Annotated[ReviewStore, Depends(reviews)],
                document_id: Annotated[str | None, Query(max_length=512)] = None,
                offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict]:
    """Claims in id order, optionally of one document."""
    found = store.claims_page(document_id, offset, limit)
    owners = store.incidents_of_claims(c.id for c in found)
    return [claim_to_json(c) | {"id": c.id, "incident_id": owners.get(c.id)} for c in found]


@router.get("/claims/{claim_id}", tags=["claims"])
def get_claim(claim_id: Annotated[int, Path(ge=0, le=2**62)], _: Annotated[User, Depends(viewer)],
              store: Annotated[ReviewStore, Depends(reviews)]) -> dict:
    claim = store.claim(claim_id)
    return claim_to_json(claim) | {"id": claim.id, "incident_id": store.incidents_of_claims([claim.id]).get(claim.id)}


@router.get("/documents/{document_id:path}", tags=["documents"])
def get_document(document_id: str, _: Annotated[User, Depends(viewer)],
                 store: Annotated[ReviewStore, Depends(reviews)]) -> dict:
    """One document: metadata, status and its clean text (the offsets of claims point into it)."""
    found = store.store.documents([document_id])
    if not found:
        raise HTTPException(404, f"no document {document_id!r}")
    return vars(found[0])


@router.get("/export", tags=["exports"], responses={200: {"content": {m: {} for m in MEDIA.values()}}})
def export(q: Annotated[ListQuery, Depends(list_query)], _: Annotated[User, Depends(viewer)],
           store: Annotated[ReviewStore, Depends(reviews)],
           format: Literal["jsonl", "csv", "geojson"] = "jsonl") -> Response:
    """Every incident matching the filters (paging ignored) in an export format."""
    buffer = io.StringIO()
    FORMATS[format](matching(store, q), buffer)
    filename = f"civcas-incidents.{format}"
    return Response(buffer.getvalue(), media_type=MEDIA[format],
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def matching(store: ReviewStore, q: ListQuery) -> list[Incident]:
    """Whole incidents (with claims) for the filters; the store filters what it can, the rest is done here."""
    found = store.store.incidents(IncidentFilter(since=q.since, until=q.until, country=q.country,
                                                  belligerent=q.belligerent, grade=q.grade))
    def keep(i: Incident) -> bool:
        killed = i.ranges.get("civilians_killed")
        return ((not q.admin1 or (i.place and (i.place.admin1 or "").lower() == q.admin1.lower()))
                and (not q.review_state or i.review_state == q.review_state)
                and (q.min_killed is None or (killed is not None and killed.min >= q.min_killed))
                and (not q.q or (i.place and q.q.lower() in i.place.name.lower())))
    return [i for i in found if keep(i)]


@router.get("/map", tags=["incidents"])
def map_points(q: Annotated[ListQuery, Depends(list_query)], _: Annotated[User, Depends(viewer)],
               store: Annotated[ReviewStore, Depends(reviews)]) -> list[dict]:
    """Located incidents for the map (at most 5,000, newest first)."""
    return store.map_points(q)


@router.get("/timeline", tags=["incidents"])
def timeline(q: Annotated[ListQuery, Depends(list_query)], _: Annotated[User, Depends(viewer)],
             store: Annotated[ReviewStore, Depends(reviews)]) -> dict[str, dict[str, int]]:
    """Civilians killed (lower bounds) per week (its Monday) and belligerent."""
    return {week: dict(counts) for week, counts in sorted(store.weekly_killed(q).items())}


@router.get("/places", tags=["places"])
def places(q: Annotated[str, Query(min_length=1, max_length=100)], _: Annotated[User, Depends(viewer)]) -> list[dict]:
    """Gazetteer search (English or Arabic names) for the place editor."""
    return search_places(q)


# review actions ------------------------------------------------------------------


class PlaceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=300)
    country: str | None = Field(None, min_length=2, max_length=2)
    admin1: str | None = Field(None, max_length=300)
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    precision: Literal["exact", "town", "district", "region", "country"] = "town"
    geonameid: int | None = Field(None, ge=0, le=2**31 - 1)


class RangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min: int = Field(ge=0, le=10**7)
    max: int | None = Field(None, ge=0, le=10**7)


class EditIn(BaseModel):
    """Fields to set; fields left out stay as they are. A range set to null is removed."""

    model_config = ConfigDict(extra="forbid")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    date_precision: Literal["day", "week", "month", "year"] | None = None
    place: PlaceIn | None = None
    belligerents: list[Annotated[str, Field(min_length=1, max_length=200)]] | None = Field(None, max_length=50)
    strike_types: list[Annotated[str, Field(min_length=1, max_length=200)]] | None = Field(None, max_length=50)
    grade: Literal["confirmed", "fair", "weak", "contested", "discounted"] | None = None
    ranges: dict[Annotated[str, Field(pattern=r"^[a-z]+_[a-z]+$", max_length=64)], RangeIn | None] | None = None


def changes_of(body: EditIn) -> dict[str, Any]:
    """The store's field changes for an edit request (only the fields the caller sent)."""
    out: dict[str, Any] = {}
    for name in body.model_fields_set:
        value = getattr(body, name)
        if name == "ranges":
            for key, r in (value or {}).items():
                out[RANGE_PREFIX + key] = r.model_dump() if r else None
        elif name in ("belligerents", "strike_types", "grade") and value is None:
            raise HTTPException(422, f"{name} cannot be null")
        else:
            out[name] = value.model_dump() if isinstance(value, BaseModel) else value
    return out


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str = Field(min_length=1, max_length=64, description="the incident to fold into this one")


class SplitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    claim_ids: list[Annotated[int, Field(ge=0, le=2**62)]] = Field(min_length=1, max_length=1000)


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=128, pattern=r"^\S(.*\S)?$")
    role: Literal[ROLES]  # type: ignore[valid-type]
    password: str = Field(min_length=8, max_length=1000)


class UserOut(BaseModel):
    name: str
    role: str


WRITE_ERRORS = {400: {"description": "the action cannot be done"}, 401: {"description": "not logged in"},
                403: {"description": "role too low, or CSRF token missing"}, 404: {"description": "no such item"}}


@router.patch("/incidents/{incident_id}", tags=["review"], responses=WRITE_ERRORS)
def edit_incident(incident_id: str, body: EditIn, user: Annotated[User, Depends(reviewer)],
                  store: Annotated[ReviewStore, Depends(reviews)]) -> dict:
    """Edit fields of an incident; it becomes "edited" and later fusion runs keep it."""
    return incident_to_json(store.edit(incident_id, changes_of(body), user.name))


@router.post("/incidents/{incident_id}/confirm", tags=["review"], responses=WRITE_ERRORS)
def confirm_incident(incident_id: str, user: Annotated[User, Depends(reviewer)],
                     store: Annotated[ReviewStore, Depends(reviews)]) -> dict:
    """Accept an incident as it stands; it becomes "reviewed" and later fusion runs keep it."""
    return incident_to_json(store.confirm(incident_id, user.name))


@router.post("/incidents/{incident_id}/merge", tags=["review"], responses=WRITE_ERRORS)
def merge_incidents(incident_id: str, body: MergeIn, user: Annotated[User, Depends(reviewer)],
                    store: Annotated[ReviewStore, Depends(reviews)]) -> dict:
    """Fold another incident (body.source) into this one."""
    return incident_to_json(store.merge(incident_id, body.source, user.name))


@router.post("/incidents/{incident_id}/split", tags=["review"], responses=WRITE_ERRORS)
def split_incident(incident_id: str, body: SplitIn, user: Annotated[User, Depends(reviewer)],
                   store: Annotated[ReviewStore, Depends(reviews)]) -> dict:
    """Move claims of this incident into a new incident; returns the new one."""
    return incident_to_json(store.split(incident_id, body.claim_ids, user.name))


@router.post("/documents/{document_id:path}/irrelevant", tags=["review"], responses=WRITE_ERRORS)
def mark_irrelevant(document_id: str, user: Annotated[User, Depends(reviewer)],
                    store: Annotated[ReviewStore, Depends(reviews)]) -> dict:
    """Set a document aside: the next fusion run ignores its claims."""
    return {"document_id": document_id, "incidents": store.mark_irrelevant(document_id, user.name)}


@router.post("/users", tags=["accounts"], response_model=UserOut, status_code=201, responses=WRITE_ERRORS)
def add_user(body: UserIn, _: Annotated[User, Depends(admin)],
             store: Annotated[ReviewStore, Depends(reviews)]) -> UserOut:
    """Create an account (admins only)."""
    user = store.add_user(body.name, body.role, hash_password(body.password))
    return UserOut(name=user.name, role=user.role)
