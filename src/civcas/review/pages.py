"""The HTML pages: login, incident list, map, timeline, incident page, and the review forms behind them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from civcas.lang import load as load_language
from civcas.model import Claim, Incident, Range
from civcas.review.auth import (
    check_csrf,
    check_password,
    csrf_token,
    current_user,
    new_token,
    require,
)
from civcas.review.highlight import segments
from civcas.review.timeline import chart
from civcas.store.review import (
    GRADES,
    PRECISIONS,
    RANGE_PREFIX,
    SORTS,
    STATES,
    ListQuery,
    ReviewError,
    ReviewStore,
    User,
)

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))  # autoescape is on
GEO_PRECISIONS = ("exact", "town", "district", "region", "country")
# Names monitors use (DESIGN.md, "Vocabularies"), as the lexicon spells them, so that every
# name the extractor can give is offered: suggestions in the filter and edit forms.
BELLIGERENTS = (*load_language("en").table("belligerents"), "Unknown")
STRIKE_TYPES = ("airstrike", "drone strike", "artillery/shelling", "rocket", "missile", "ground attack",
                "IED/explosion", "gunfire")
LIST_KEYS = ("since", "until", "country", "admin1", "belligerent", "grade", "review_state", "min_killed", "q", "sort", "order")


def range_text(r: Range | None) -> str:
    if r is None:
        return "–"
    if r.max is None:
        return f"{r.min}+"
    return str(r.min) if r.max == r.min else f"{r.min}–{r.max}"


def shown(value: Any) -> str:
    """An audit value as JSON text (escaped by the template like any other text)."""
    return "" if value is None else json.dumps(value, ensure_ascii=False)


templates.env.filters["range"] = range_text
templates.env.filters["shown"] = shown


def _reviews(request: Request) -> ReviewStore:
    return request.app.state.reviews


def _render(request: Request, template: str, user: User | None, status: int = 200, **context: Any) -> HTMLResponse:
    context |= {"user": user, "csrf": csrf_token(request), "flash": request.session.pop("flash", None)}
    return templates.TemplateResponse(request, template, context, status_code=status)


def _viewer(request: Request) -> User:
    return require(request, "viewer")


def _redirect(url: str, flash: tuple[str, str] | None = None, request: Request | None = None) -> RedirectResponse:
    if flash and request is not None:
        request.session["flash"] = list(flash)
    return RedirectResponse(url, status_code=303)


def _local(url: str | None, fallback: str = "/") -> str:
    """Only same-site paths are followed after login (no open redirects)."""
    if not url or not url.startswith("/") or url.startswith("//") or urlsplit(url).netloc or "\\" in url:
        return fallback
    return url


def query_from(params: dict[str, str]) -> ListQuery:
    """The list filters from a query string typed by a person: blanks and malformed values are ignored."""
    def text(key: str, limit: int = 200) -> str | None:
        value = (params.get(key) or "").strip()
        return value[:limit] or None

    def number(key: str, default: int | None, low: int, high: int) -> int | None:
        try:
            return min(max(int(params.get(key, "")), low), high)
        except ValueError:
            return default

    def day(key: str) -> str | None:
        value = text(key, 10)
        return value if value and len(value) == 10 and value[4] == "-" and value[7] == "-" else None

    return ListQuery(
        since=day("since"), until=day("until"), country=text("country", 2), admin1=text("admin1"),
        belligerent=text("belligerent"), grade=text("grade") if text("grade") in GRADES else None,
        review_state=text("review_state") if text("review_state") in STATES else None,
        min_killed=number("min_killed", None, 0, 10**9), q=text("q"),
        sort=params.get("sort") if params.get("sort") in SORTS else "date", descending=params.get("order") != "asc",
        page=number("page", 1, 1, 10**6) or 1, per_page=number("per_page", 50, 1, 200) or 50,
    )


def _link(params: dict[str, str], **changes: Any) -> str:
    merged = {k: v for k, v in params.items() if k in (*LIST_KEYS, "page", "per_page") and v}
    merged.update({k: str(v) for k, v in changes.items() if v is not None})
    return "?" + urlencode(merged)


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    return _render(request, "login.html", current_user(request), next=_local(next))


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, str(form.get("csrf", "")))
    name, password = str(form.get("name", ""))[:128], str(form.get("password", ""))[:1000]
    target = _local(str(form.get("next", "/")))
    throttle, address = request.app.state.login_throttle, request.client.host if request.client else "-"
    wait = throttle.retry_after(name, address)
    if wait:
        # The password is not checked at all: a locked account tells a guesser nothing.
        response = _render(request, "login.html", None, status=429, next=target, name=name,
                           error=f"too many failed logins: try again in {(wait + 59) // 60} min")
        response.headers["Retry-After"] = str(wait)
        return response
    user = check_password(_reviews(request), name, password)
    if user is None:
        throttle.failed(name, address)
        return _render(request, "login.html", None, status=401, next=target, error="wrong name or password", name=name)
    throttle.succeeded(name)
    request.session.clear()  # a fresh session on login (no session fixation)
    token = new_token()
    _reviews(request).add_token(user.name, token)
    request.session["token"] = token
    return _redirect(target)


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, str(form.get("csrf", "")))
    token = request.session.get("token")
    if isinstance(token, str):
        _reviews(request).remove_token(token)
    request.session.clear()
    return _redirect("/login")


@router.get("/")
def incident_list(request: Request) -> Response:
    user = _viewer(request)
    params = dict(request.query_params)
    q = query_from(params)
    found = _reviews(request).list_incidents(q)
    return _render(request, "list.html", user, page=found, q=q, params=params, link=lambda **c: _link(params, **c),
                   grades=GRADES, states=STATES, belligerents=BELLIGERENTS, countries=_reviews(request).countries())


@router.get("/map")
def map_page(request: Request) -> Response:
    user = _viewer(request)
    params = dict(request.query_params)
    return _render(request, "map.html", user, q=query_from(params), api_query=_link(params),
                   grades=GRADES, states=STATES, belligerents=BELLIGERENTS, countries=_reviews(request).countries())


@router.get("/timeline")
def timeline_page(request: Request) -> Response:
    user = _viewer(request)
    params = dict(request.query_params)
    q = query_from(params)
    return _render(request, "timeline.html", user, q=q, chart=chart(_reviews(request).weekly_killed(q)),
                   grades=GRADES, states=STATES, belligerents=BELLIGERENTS, countries=_reviews(request).countries())


def _claims_by_range(incident: Incident) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {key: [] for key in incident.ranges}
    for c in incident.claims:
        out.setdefault(f"{c.group}_{c.kind}", []).append(c)
    return out


def _safe_url(url: str | None) -> str | None:
    """Links to sources only for http(s) URLs (document data is untrusted: no javascript: links)."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


@router.get("/incidents/{incident_id}")
def incident_page(request: Request, incident_id: str) -> Response:
    user = _viewer(request)
    reviews = _reviews(request)
    incident = reviews.incident(incident_id)
    docs = {d.id: d for d in reviews.store.documents(incident.document_ids)}
    texts = {
        doc_id: segments(doc.text, [c for c in incident.claims if c.document_id == doc_id]) for doc_id, doc in docs.items()
    }
    return _render(
        request, "incident.html", user, incident=incident, docs=docs, texts=texts,
        urls={d.id: _safe_url(d.url) for d in docs.values()}, anchors={d: f"doc-{n}" for n, d in enumerate(docs, 1)}, by_range=_claims_by_range(incident),
        audit=reviews.audit(incident.id, incident.document_ids), grades=GRADES, precisions=PRECISIONS,
        geo_precisions=GEO_PRECISIONS, belligerents=BELLIGERENTS, strike_types=STRIKE_TYPES,
        can_review=user.can("reviewer"),
    )


# review forms ------------------------------------------------------------------


def _int(value: str, label: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise ReviewError(f"{label}: {value[:20]!r} is not a whole number") from None


def _float(value: str, label: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ReviewError(f"{label}: {value[:20]!r} is not a number") from None


def _names(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def changes_from_form(form: dict[str, str]) -> dict[str, Any]:
    """Field changes from the edit form (every field is sent; unchanged ones are skipped by the store)."""
    out: dict[str, Any] = {}
    if "date" in form:
        out["date"] = form["date"].strip() or None
    if "date_precision" in form:
        out["date_precision"] = form["date_precision"] or None
    for key in ("belligerents", "strike_types"):
        if key in form:
            out[key] = _names(form[key])
    if form.get("grade"):
        out["grade"] = form["grade"]
    if "place_name" in form:
        name = form["place_name"].strip()
        out["place"] = None if not name else {
            "name": name, "country": form.get("place_country", "").strip().upper() or None,
            "admin1": form.get("place_admin1", "").strip() or None,
            "lat": _float(form.get("place_lat", ""), "latitude"), "lon": _float(form.get("place_lon", ""), "longitude"),
            "precision": form.get("place_precision") or "town",
            "geonameid": _int(form.get("place_geonameid", ""), "GeoNames id"),
        }
    for name, value in form.items():
        if name.startswith("range.") and name.endswith(".min"):
            key = name[len("range."):-len(".min")]
            low = _int(value, key.replace("_", " "))
            high = _int(form.get(f"range.{key}.max", ""), key.replace("_", " "))
            out[RANGE_PREFIX + key] = None if low is None else {"min": low, "max": high}
    new_key = form.get("new_range_key", "").strip()
    if new_key:
        low = _int(form.get("new_range_min", ""), new_key)
        if low is None:
            raise ReviewError("a new range needs its lowest figure")
        out[RANGE_PREFIX + new_key] = {"min": low, "max": _int(form.get("new_range_max", ""), new_key)}
    return out


async def _review_form(request: Request) -> tuple[User, dict[str, str]]:
    """The reviewer and the form fields, after the role and CSRF checks."""
    user = require(request, "reviewer")
    form = await request.form()
    check_csrf(request, str(form.get("csrf", "")))
    fields: dict[str, str] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            fields[key] = value if key not in fields else f"{fields[key]},{value}"
    return user, fields


@router.post("/incidents/{incident_id}/edit")
async def edit_form(request: Request, incident_id: str) -> Response:
    user, form = await _review_form(request)
    back = f"/incidents/{incident_id}"
    try:
        _reviews(request).edit(incident_id, changes_from_form(form), user.name)
    except ReviewError as exc:
        return _redirect(back + "#edit", ("error", str(exc)), request)
    return _redirect(back + "#audit", ("ok", "saved"), request)


@router.post("/incidents/{incident_id}/confirm")
async def confirm_form(request: Request, incident_id: str) -> Response:
    user, _ = await _review_form(request)
    _reviews(request).confirm(incident_id, user.name)
    return _redirect(f"/incidents/{incident_id}#audit", ("ok", "confirmed"), request)


@router.post("/incidents/{incident_id}/merge")
async def merge_form(request: Request, incident_id: str) -> Response:
    user, form = await _review_form(request)
    try:
        _reviews(request).merge(incident_id, form.get("source", "").strip(), user.name)
    except ReviewError as exc:
        return _redirect(f"/incidents/{incident_id}#merge", ("error", str(exc)), request)
    return _redirect(f"/incidents/{incident_id}#audit", ("ok", "merged"), request)


@router.post("/incidents/{incident_id}/split")
async def split_form(request: Request, incident_id: str) -> Response:
    user, form = await _review_form(request)
    try:
        ids = [int(v) for v in _names(form.get("claim", ""))]
        new = _reviews(request).split(incident_id, ids, user.name)
    except (ReviewError, ValueError) as exc:
        return _redirect(f"/incidents/{incident_id}#claims", ("error", str(exc)), request)
    return _redirect(f"/incidents/{new.id}", ("ok", f"claims moved from {incident_id} into this new incident"), request)


@router.post("/documents/irrelevant")
async def irrelevant_form(request: Request) -> Response:
    user, form = await _review_form(request)
    document_id = form.get("document_id", "")
    back = _local(form.get("next"), "/")
    try:
        _reviews(request).mark_irrelevant(document_id, user.name)
    except ReviewError as exc:
        return _redirect(back, ("error", str(exc)), request)
    return _redirect(back, ("ok", "document set aside: the next fusion run ignores its claims"), request)


def error_page(request: Request, exc: HTTPException) -> Response:
    """401 sends people to the login page; other errors get a short page."""
    if exc.status_code == 401:
        return _redirect("/login?" + urlencode({"next": _local(request.url.path + ("?" + request.url.query if request.url.query else ""))}))
    return _render(request, "error.html", current_user(request), status=exc.status_code, message=str(exc.detail))
