"""The review app: FastAPI with the pages, the API, static files and the security middleware."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import ClassVar

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from civcas.review import api, pages
from civcas.review.assets import leaflet_dir, world_outlines
from civcas.review.throttle import LoginThrottle
from civcas.store import Store
from civcas.store.review import NotFound, ReviewError, ReviewStore

STATIC = Path(__file__).with_name("static")
# Everything is served from this origin; no CDN, no inline scripts (document text is untrusted).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
SESSION_HOURS = 12


class SecurityHeaders:
    """Headers on every response (plain ASGI: BaseHTTPMiddleware would cost a task per request)."""

    HEADERS: ClassVar[dict[str, str]] = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
               "Referrer-Policy": "no-referrer"}  # no-referrer: source URLs a reviewer opens stay private

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in self.HEADERS.items():
                    headers[key] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(store: Store, secret: str | None = None, secure_cookies: bool = False) -> FastAPI:
    """The app over one store. The cookie-signing key is kept in the database unless given."""
    reviews = ReviewStore(store)
    reviews.analyze()
    app = FastAPI(title="civcas review", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Incidents, claims, documents, exports and review actions. "
                              "Scripts authenticate with `Authorization: Bearer <token>` (`civcas user token NAME`).")
    app.state.reviews = reviews
    app.state.login_throttle = LoginThrottle()
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret or reviews.setting("session_secret", secrets.token_urlsafe(48)),
        session_cookie="civcas_session",
        max_age=SESSION_HOURS * 3600,
        same_site="strict",
        https_only=secure_cookies,  # Starlette always sets HttpOnly; Secure only where served over HTTPS
    )

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.error_page(request, HTTPException(exc.status_code, exc.detail))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return await http_error(request, StarletteHTTPException(404, str(exc)))

    @app.exception_handler(ReviewError)
    async def refused(request: Request, exc: ReviewError) -> Response:
        return await http_error(request, StarletteHTTPException(400, str(exc)))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        # jsonable: pydantic's error context can hold exceptions
        errors = [{k: e.get(k) for k in ("loc", "msg", "type")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static/app", StaticFiles(directory=STATIC), name="static")
    vendor = leaflet_dir()
    if vendor is not None:
        app.mount("/static/leaflet", StaticFiles(directory=vendor), name="leaflet")

    @app.get("/static/world.geojson", include_in_schema=False)
    def outlines() -> Response:
        body = world_outlines()
        if body is None:
            raise HTTPException(404, "country outlines not installed (npm install -g world-atlas@2)")
        return Response(body, media_type="application/geo+json", headers={"Cache-Control": "max-age=86400"})

    return app
