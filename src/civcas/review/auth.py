"""Who is asking: password hashing, sessions, API tokens, roles and CSRF."""

from __future__ import annotations

import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request

from civcas.store.review import ReviewStore, User

_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(reviews: ReviewStore, name: str, password: str) -> User | None:
    """The user, when the password is right; rehashes when argon2's parameters have moved on."""
    user = reviews.user(name)
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user and _hasher.check_needs_rehash(user.password_hash):
        reviews.set_password_hash(name, _hasher.hash(password))
    return user


def new_token() -> str:
    return secrets.token_urlsafe(32)


def current_user(request: Request) -> User | None:
    """The user behind a Bearer token, else behind the session cookie, else None."""
    reviews: ReviewStore = request.app.state.reviews
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        user = reviews.user_by_token(header[7:].strip())
        request.state.via_token = user is not None
        return user
    # A browser session holds a token like a script's, kept server-side, so logging out
    # (or `civcas user revoke`) ends it even if a copy of the cookie survives.
    token = request.session.get("token")
    return reviews.user_by_token(token) if isinstance(token, str) else None


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use; forms send it back."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, sent: str | None) -> None:
    """Cookie-authenticated writes must carry the session's token (token-authenticated API calls need not)."""
    if getattr(request.state, "via_token", False):
        return
    expected = request.session.get("csrf")
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(expected, sent):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def require(request: Request, role: str) -> User:
    """The current user if they hold `role` (or a higher one); 401 when nobody is logged in, 403 when too low."""
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "log in or send an API token (Authorization: Bearer …)", headers={"WWW-Authenticate": "Bearer"})
    if not user.can(role):
        raise HTTPException(403, f"this needs the {role} role; you are {user.role}")
    return user
