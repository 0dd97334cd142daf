"""Which gazetteer find_places uses: the bundled one, plus a database's imported and local places."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Engine, inspect, select

from civcas.geo import bundled
from civcas.geo.gazetteer import Entry, Gazetteer
from civcas.geo.tables import geo_names, geo_places

_bundled: Gazetteer | None = None


def bundled_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    global _bundled
    if _bundled is None:
        _bundled = bundled.load()
    return _bundled


def database_entries(engine: Engine) -> list[Entry]:
    """Imported and local places in the database (none when its tables are absent)."""
    if not inspect(engine).has_table("geo_places"):
        return []
    names: dict[int, list[str]] = defaultdict(list)
    with engine.connect() as connection:
        for place_id, name in connection.execute(select(geo_names.c.place_id, geo_names.c.name)):
            names[place_id].append(name)
        rows = connection.execute(select(geo_places).order_by(geo_places.c.id)).all()
    return [
        Entry(
            name=row.name,
            country=row.country,
            lat=row.lat,
            lon=row.lon,
            kind=row.kind,
            admin1=row.admin1,
            admin1_code=row.admin1_code,
            population=row.population or 0,
            geonameid=row.geonameid,
            source=row.source,
            names=names.get(row.id, []),
        )
        for row in rows
    ]


def load_gazetteer(engine: Engine | None = None) -> Gazetteer:
    """The bundled gazetteer plus the places stored in `engine`'s database."""
    base = bundled_gazetteer()
    extra = database_entries(engine) if engine is not None else []
    return base.extend(extra) if extra else base
