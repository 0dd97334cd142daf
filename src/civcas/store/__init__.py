"""Storage: the schema, its migrations and every query (SQLite by default, PostgreSQL by URL)."""

from civcas.store.db import DEFAULT_URL, StoreError, make_engine, resolve_url
from civcas.store.store import IncidentFilter, Store

__all__ = ["DEFAULT_URL", "IncidentFilter", "Store", "StoreError", "make_engine", "resolve_url"]
