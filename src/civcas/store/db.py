"""Database URLs, engines and migrations."""

from __future__ import annotations

import os
import re
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

DEFAULT_URL = "sqlite:///civcas.db"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """A database that cannot be opened or migrated; the message says why."""


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the argument, else $CIVCAS_DB, else ./civcas.db.

    A bare path is taken as a SQLite file; `postgresql://` gets the psycopg 3
    driver, which is the one civcas installs.
    """
    url = url or os.environ.get("CIVCAS_DB") or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers (the review app) work while an ingest writes; foreign
    # keys are off by default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for `url` (see resolve_url), with the schema migrated to head."""
    resolved = resolve_url(url)
    try:
        engine = create_engine(resolved, future=True)
    except Exception as exc:  # an unknown scheme or a driver that is not installed
        shown = re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", resolved)  # never print a password
        raise StoreError(f"cannot use database URL {shown!r}: {exc}; "
                         "civcas speaks SQLite (a file path or sqlite:///…) and postgresql://…") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
    except Exception as exc:  # the driver's errors are many; one clear message beats them
        engine.dispose()
        raise StoreError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: {exc}") from exc
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (a no-op when it is there)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
