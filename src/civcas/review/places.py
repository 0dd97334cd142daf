"""Gazetteer search for the place editor (the geo stage's bundled gazetteer, loaded once)."""

from __future__ import annotations

from functools import lru_cache

from civcas.geo.gazetteer import Gazetteer


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    from civcas.geo.bundled import load

    return load()


def search_places(query: str, limit: int = 10) -> list[dict]:
    """Places whose name matches `query` (English or Arabic, fuzzy), best first, as place fields."""
    query = query.strip()[:100]
    if len(query) < 2:
        return []
    return [
        {"name": e.name, "country": e.country, "admin1": e.admin1, "lat": e.lat, "lon": e.lon,
         "precision": e.precision, "geonameid": e.geonameid}
        for e in _gazetteer().search(query, limit=limit)
    ]
