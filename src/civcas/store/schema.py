"""Tables. One schema for SQLite and PostgreSQL; Alembic migrations in migrations/ follow it.

Lists (belligerents, reasons, ranges) are JSON columns: they are read whole with
their row and never queried inside, except belligerents, which filters use
through a LIKE on the JSON text (portable across both databases).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(512), primary_key=True),
    Column("raw_hash", String(64), nullable=False, index=True),
    Column("url", Text),
    Column("publisher", Text),
    Column("source_type", String(64)),
    Column("lang", String(16)),
    Column("published", String(40)),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("reason", Text),
    Column("ingested_at", String(40), nullable=False),
)


def _place_columns(prefix: str) -> list[Column]:
    """A resolved place, flattened (model.Place)."""
    return [
        Column(f"{prefix}name", Text),
        Column(f"{prefix}country", String(2)),
        Column(f"{prefix}admin1", Text),
        Column(f"{prefix}lat", Float),
        Column(f"{prefix}lon", Float),
        Column(f"{prefix}precision", String(16)),
        Column(f"{prefix}geonameid", Integer),
        Column(f"{prefix}start", Integer),
        Column(f"{prefix}end", Integer),
        Column(f"{prefix}text", Text),
    ]


mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    *_place_columns(""),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("grp", String(64), nullable=False),
    Column("actor", Text),
    Column("min", Integer),
    Column("max", Integer),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("event_date", String(10)),
    Column("date_precision", String(8)),
    Column("event_weekday", Integer),
    *_place_columns("place_"),
    Column("belligerents", JSON, nullable=False),
    Column("strike_types", JSON, nullable=False),
    Column("site_types", JSON, nullable=False),
    Column("speaker", Text),
    Column("speaker_kind", String(16), nullable=False),
    Column("stance", String(16), nullable=False),
    Column("joint", Boolean, nullable=False, server_default=false()),
    UniqueConstraint("document_id", "start", "end", "kind", "grp", name="uq_claim_span"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("date", String(10), index=True),
    Column("date_precision", String(8)),
    *_place_columns("place_"),
    Column("belligerents", JSON, nullable=False),
    Column("strike_types", JSON, nullable=False),
    Column("ranges", JSON, nullable=False),
    Column("civilians_killed_min", Integer),  # denormalised for filtering and sorting
    Column("grade", String(16), nullable=False),
    Column("grade_reasons", JSON, nullable=False),
    Column("contested", Boolean, nullable=False),
    Column("contest_reasons", JSON, nullable=False),
    Column("review_state", String(16), nullable=False),
    Column("source_count", Integer, nullable=False),
    Column("updated_at", String(40), nullable=False),
)
Index("ix_incidents_country", incidents.c.place_country)

incident_claims = Table(
    "incident_claims",
    metadata,
    Column("incident_id", String(64), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True),
)

# --- review (users, audit, edits) ---

review_users = Table(
    "review_users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(128), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

review_tokens = Table(
    "review_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("review_users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 of the token; the token itself is never kept
    Column("created_at", String(40), nullable=False),
)

# Who did what, when, before -> after. No foreign keys: the trail outlives merged incidents.
review_audit = Table(
    "review_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(64), index=True),
    Column("document_id", String(512)),
    Column("user_name", String(128), nullable=False),
    Column("at", String(40), nullable=False),
    Column("action", String(32), nullable=False),
    Column("field", String(64)),
    Column("before", JSON),
    Column("after", JSON),
)

# The latest value a reviewer set for one field of one incident, re-applied after fusion re-runs.
review_edits = Table(
    "review_edits",
    metadata,
    Column("incident_id", String(64), primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("value", JSON),
    Column("user_name", String(128), nullable=False),
    Column("at", String(40), nullable=False),
)

review_settings = Table(
    "review_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# The review list sorts 100k+ incidents by date or toll, newest/largest first with unknowns last
# (ORDER BY col DESC NULLS LAST, id DESC). SQLite walks a plain index backwards for that order;
# PostgreSQL needs the order spelled out in the index.
for _name, _column in (("date", incidents.c.date), ("killed", incidents.c.civilians_killed_min)):
    Index(f"ix_incidents_{_name}_id", _column, incidents.c.id).ddl_if(dialect="sqlite")
    Index(f"ix_incidents_{_name}_id_desc", _column.desc().nulls_last(), incidents.c.id.desc()).ddl_if(dialect="postgresql")
