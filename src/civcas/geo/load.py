"""Which gazetteer find_places uses: the bundled one plus the database's places."""

from __future__ import annotations

import warnings
from collections import defaultdict
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from civcas.geo import bundled
from civcas.geo.gazetteer import Entry, Gazetteer
from civcas.geo.tables import geo_names, geo_places

_default: Gazetteer | None = None
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


def _default_engine() -> Engine | None:
    """The civcas database ($CIVCAS_DB or ./civcas.db) when it exists; never created here."""
    from civcas.store.db import resolve_url

    url = make_url(resolve_url())
    if url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).is_file()):
        return None
    return create_engine(url)


def default_gazetteer() -> Gazetteer:
    """What find_places uses unless told otherwise; loaded once per process.

    A database that cannot be read costs its imported and local places, with a
    warning, not the geocoding: find_places still works from the bundled places.
    """
    global _default
    if _default is None:
        engine = _default_engine()
        try:
            _default = load_gazetteer(engine)
        except SQLAlchemyError as exc:
            warnings.warn(f"gazetteer: database places not loaded ({exc.__class__.__name__}: {exc}); using bundled places only", stacklevel=2)
            _default = bundled_gazetteer()
        finally:
            if engine is not None:
                engine.dispose()
    return _default


def set_default_gazetteer(gazetteer: Gazetteer | None) -> None:
    """Make find_places use `gazetteer` (None: load the default again on next use)."""
    global _default
    _default = gazetteer
