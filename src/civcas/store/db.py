"""Database URLs, engines and migrations."""

from __future__ import annotations

import os
import re
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
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
    # First, so that switching a new file to WAL waits for another process's
    # migration like everything else. WAL lets readers (the review app) work
    # while an ingest writes; foreign keys are off by default in SQLite.
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
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
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        # Most opens find the schema at head: they must not queue for the write
        # lock behind an ingest or a gazetteer import that holds it.
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
    with engine.begin() as connection:
        _lock_for_migration(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


MIGRATION_LOCK = 0x63697663  # "civc": PostgreSQL's advisory lock key for civcas migrations


def _lock_for_migration(connection) -> None:
    """Hold the database's write lock until the migration commits.

    Two processes opening a new database at once (an ingest and the review
    app, say) would otherwise both see no schema and both create it, and the
    second would fail on a table the first had just made. The one that waits
    finds the schema at head and has nothing to do.
    """
    if connection.dialect.name == "sqlite":
        # pysqlite defers BEGIN until the first write and runs DDL outside any
        # transaction; an explicit IMMEDIATE begin takes the write lock now and
        # waits for another holder under the busy timeout.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        # Read committed, so the waiter sees the schema the holder committed
        # even where the server's default isolation is stricter.
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
