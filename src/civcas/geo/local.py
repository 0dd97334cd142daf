"""Local places: what reviewers confirm or correct, kept in the database and preferred next time."""

from __future__ import annotations

from sqlalchemy import Engine, insert

from civcas.geo.gazetteer import KIND_PRECISION
from civcas.geo.tables import geo_names, geo_places

_KIND_OF_PRECISION = {p: k for k, p in KIND_PRECISION.items()}


def add_local_place(
    engine: Engine,
    name: str,
    lat: float,
    lon: float,
    country: str,
    admin1: str | None = None,
    precision: str = "town",
    aliases: list[str] | None = None,
) -> int:
    """Store a reviewer's place under `name` and `aliases`; returns its row id.

    Local places outrank bundled and imported ones for every name they carry,
    so a corrected village wins from the next lookup on.
    """
    if precision not in _KIND_OF_PRECISION:
        raise ValueError(f"unknown precision {precision!r}; one of {', '.join(_KIND_OF_PRECISION)}")
    if not -90 <= lat <= 90 or not -180 <= lon <= 180:
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    with engine.begin() as connection:
        place_id = connection.execute(
            insert(geo_places).values(
                source="local",
                name=name,
                country=country.upper(),
                admin1=admin1,
                lat=lat,
                lon=lon,
                kind=_KIND_OF_PRECISION[precision],
                population=0,
            )
        ).inserted_primary_key[0]
        names = list(dict.fromkeys([name, *(aliases or [])]))
        connection.execute(insert(geo_names), [{"place_id": place_id, "name": n} for n in names])
    return place_id
