"""schemathesis against the OpenAPI schema: generated requests to every operation, as an admin, never a 5xx.

Bounded (a few examples per operation, no deadline) so it runs in well under a minute.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from civcas.review.app import create_app
from civcas.review.auth import new_token
from civcas.review.synthetic import fill
from civcas.store import Store
from civcas.store.review import ReviewStore

TOKEN = new_token()




def _app():
    """The app over a scratch database with invented incidents and an admin's token."""
    path = Path(tempfile.mkdtemp(prefix="civcas-schema-")) / "schema.db"
    store = Store(f"sqlite:///{path}")
    fill(store, 20, sources=3)
    reviews = ReviewStore(store)
    reviews.add_user("admin", "admin", "not-a-real-hash")
    reviews.add_token("admin", TOKEN)
    return create_app(store, secret="schema-test")


# Built at import: schemathesis' pytest integration parametrises from a schema object (one test per operation).
schema = schemathesis.openapi.from_asgi("/api/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error])
