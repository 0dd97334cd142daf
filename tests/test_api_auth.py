"""Authorisation: every role (anonymous, viewer, reviewer, admin) against every write endpoint, and reads."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from civcas.review.app import create_app
from civcas.review.auth import hash_password, new_token
from civcas.review.synthetic import fill
from civcas.store import Store
from civcas.store.review import ReviewStore

ROLES = ("anonymous", "viewer", "reviewer", "admin")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One database with data, accounts and tokens (argon2 hashing is slow on purpose: do it once)."""
    path = tmp_path_factory.mktemp("auth") / "template.db"
    store = Store(f"sqlite:///{path}")
    incidents = fill(store, 4, sources=3)
    reviews = ReviewStore(store)
    tokens = {}
    for role in ROLES[1:]:
        reviews.add_user(f"{role}-user", role, hash_password("a good password"))
        tokens[role] = new_token()
        reviews.add_token(f"{role}-user", tokens[role])
    incidents = [store.incident(i.id) for i in incidents]
    store.close()
    return path, tokens, incidents


@pytest.fixture
def setup(template, tmp_path):
    path, tokens, incidents = template
    shutil.copy(path, tmp_path / "auth.db")
    store = Store(f"sqlite:///{tmp_path / 'auth.db'}")
    client = TestClient(create_app(store, secret="test-secret"))
    yield client, tokens, incidents, store
    store.close()


def _writes(incidents) -> list[tuple[str, str, dict | None]]:
    """(method, path, json body) of every write endpoint, each valid for a reviewer."""
    a, b, c = incidents[0], incidents[1], incidents[2]
    return [
        ("PATCH", f"/api/incidents/{a.id}", {"ranges": {"civilians_killed": {"min": 1, "max": 2}}}),
        ("POST", f"/api/incidents/{a.id}/confirm", None),
        ("POST", f"/api/incidents/{a.id}/merge", {"source": b.id}),
        ("POST", f"/api/incidents/{c.id}/split", {"claim_ids": [c.claims[0].id]}),
        ("POST", f"/api/documents/{c.claims[-1].document_id}/irrelevant", None),
        ("POST", "/api/users", {"name": "newcomer", "role": "viewer", "password": "long enough"}),
    ]


NEEDED = {"/api/users": "admin"}  # every other write needs a reviewer


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("index", range(6))
def test_every_role_against_every_write_endpoint(setup, role, index):
    client, tokens, incidents, _ = setup
    method, path, body = _writes(incidents)[index]
    headers = {"Authorization": f"Bearer {tokens[role]}"} if role in tokens else {}
    response = client.request(method, path, json=body, headers=headers)
    needed = NEEDED.get(path, "reviewer")
    if role == "anonymous":
        assert response.status_code == 401
    elif ROLES.index(role) < ROLES.index(needed):
        assert response.status_code == 403, response.text
    else:
        assert response.status_code in (200, 201), response.text


@pytest.mark.parametrize("role", ("anonymous", "viewer"))
def test_refused_writes_change_nothing_and_leave_no_trail(setup, role):
    client, tokens, incidents, store = setup
    headers = {"Authorization": f"Bearer {tokens[role]}"} if role in tokens else {}
    for method, path, body in _writes(incidents):
        client.request(method, path, json=body, headers=headers)
    reviews = ReviewStore(store)
    assert reviews.audit() == []
    assert all(i.review_state == "unreviewed" for i in store.incidents())
    assert reviews.user("newcomer") is None


@pytest.mark.parametrize("role", ROLES)
def test_reads_need_an_account(setup, role):
    client, tokens, incidents, _ = setup
    headers = {"Authorization": f"Bearer {tokens[role]}"} if role in tokens else {}
    for path in ("/api/incidents", f"/api/incidents/{incidents[0].id}", "/api/claims", "/api/export?format=csv", "/api/map"):
        assert client.get(path, headers=headers).status_code == (401 if role == "anonymous" else 200), path
    assert client.get("/api/health").status_code == 200


def test_a_wrong_token_is_anonymous(setup):
    client, _, incidents, _ = setup
    response = client.post(f"/api/incidents/{incidents[0].id}/confirm", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401


def _login(client: TestClient, name: str) -> str:
    """Log in through the form; returns the session's CSRF token."""
    page = client.get("/login")
    csrf = page.text.split('name="csrf" value="')[1].split('"')[0]
    response = client.post("/login", data={"name": name, "password": "a good password", "csrf": csrf, "next": "/"},
                           follow_redirects=False)
    assert response.status_code == 303
    return client.get("/").text.split('name="csrf" value="')[1].split('"')[0]


def test_cookie_sessions_need_the_csrf_token_for_api_writes(setup):
    client, _, incidents, _ = setup
    csrf = _login(client, "reviewer-user")
    path = f"/api/incidents/{incidents[0].id}/confirm"
    assert client.post(path).status_code == 403
    assert client.post(path, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post(path, headers={"X-CSRF-Token": csrf}).status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_review_forms_by_role(setup, role):
    client, _, incidents, store = setup
    target = incidents[0].id
    csrf = _login(client, f"{role}-user") if role != "anonymous" else "x"
    response = client.post(f"/incidents/{target}/confirm", data={"csrf": csrf}, follow_redirects=False)
    state = store.incident(target).review_state
    if role in ("reviewer", "admin"):
        assert response.status_code == 303 and state == "reviewed"
    else:
        assert response.status_code in (303, 403) and state == "unreviewed"
        if role == "anonymous":
            assert response.headers["location"].startswith("/login")


def test_forms_refuse_a_missing_csrf_token(setup):
    client, _, incidents, store = setup
    _login(client, "admin-user")
    response = client.post(f"/incidents/{incidents[0].id}/confirm", data={}, follow_redirects=False)
    assert response.status_code == 403
    assert store.incident(incidents[0].id).review_state == "unreviewed"


def test_session_cookie_is_signed_httponly_and_samesite(setup):
    client, _, _, _ = setup
    csrf = client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    login = client.post("/login", data={"name": "viewer-user", "password": "a good password", "csrf": csrf},
                        follow_redirects=False)
    header = login.headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=strict" in header
    assert client.get("/api/incidents").status_code == 200
    # A tampered cookie is not a session.
    value = client.cookies.get("civcas_session")
    client.cookies.set("civcas_session", value[:-4] + ("AAAA" if not value.endswith("AAAA") else "BBBB"))
    assert client.get("/api/incidents").status_code == 401


def test_logging_out_ends_the_session_even_for_a_copied_cookie(setup):
    client, _, incidents, _ = setup
    csrf = _login(client, "reviewer-user")
    copied = dict(client.cookies)
    assert client.get("/api/incidents").status_code == 200
    assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    replay = TestClient(client.app, cookies=copied)
    assert replay.post(f"/api/incidents/{incidents[0].id}/confirm", headers={"X-CSRF-Token": csrf}).status_code == 401


def test_revoking_a_user_ends_their_sessions_and_tokens(setup):
    client, tokens, _, store = setup
    _login(client, "reviewer-user")
    assert ReviewStore(store).revoke("reviewer-user") == 2  # the API token and the browser session
    assert client.post("/api/incidents/x/confirm", headers={"Authorization": f"Bearer {tokens['reviewer']}"}).status_code == 401
