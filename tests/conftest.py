"""Shared fixtures: databases (SQLite always, PostgreSQL where a server answers) and the shared dev set."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
PG_ADMIN_URL = os.environ.get("CIVCAS_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _postgres_reason() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when they can."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        psycopg.connect(PG_ADMIN_URL.replace("+psycopg", ""), connect_timeout=3).close()
    except Exception as exc:  # any failure to connect means: skip, and say why
        return f"no PostgreSQL server reachable at {PG_ADMIN_URL} ({type(exc).__name__}: {str(exc).strip()[:120]})"
    return None


@pytest.fixture(scope="session")
def postgres_server() -> str:
    reason = _postgres_reason()
    if reason:
        pytest.skip(reason)
    return PG_ADMIN_URL


@pytest.fixture
def postgres_url(postgres_server: str):
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    import psycopg

    name = f"civcas_test_{uuid.uuid4().hex[:12]}"
    admin = postgres_server.replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as conn:
        # template0: concurrent test runs copying template1 at once make PostgreSQL refuse.
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    yield postgres_server.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """Each store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def dev_set() -> Path:
    path = SHARED_DATA / "airwars-syria-dev.jsonl"
    if not path.is_file():
        pytest.skip(f"the shared dev set is not at {path}")
    return path
