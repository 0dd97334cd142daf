"""Gazetteer tables in the civcas database: places from GeoNames dumps and reviewers' local places.

Defined on civcas.store.schema.metadata; migration 0003 creates them.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from civcas.store.schema import metadata

geo_places = Table(
    "geo_places",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(16), nullable=False),  # "geonames" (an imported dump) or "local" (a reviewer's)
    Column("geonameid", Integer),
    Column("name", Text, nullable=False),
    Column("country", String(2), nullable=False),
    Column("admin1_code", String(20)),
    Column("admin1", Text),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("kind", String(16), nullable=False),  # town | district | admin1 | country
    Column("feature_code", String(10)),
    Column("population", Integer, nullable=False, default=0),
)
Index("ix_geo_places_source_country", geo_places.c.source, geo_places.c.country)
Index("ix_geo_places_geonameid", geo_places.c.geonameid)

geo_names = Table(
    "geo_names",
    metadata,
    Column("place_id", Integer, ForeignKey("geo_places.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),
)

