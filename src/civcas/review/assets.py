"""Static assets from installed packages: Leaflet (PyPI xstatic-leaflet) and Natural Earth outlines (npm world-atlas).

Nothing is fetched at run time. The country outlines ship as TopoJSON in the
npm package world-atlas; they are decoded here to GeoJSON once per process.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

WORLD_ATLAS_FILE = "countries-110m.json"
_REPO = Path(__file__).resolve().parents[3]


def leaflet_dir() -> Path | None:
    """Where leaflet.js and leaflet.css are, or None when xstatic-leaflet is not installed."""
    try:
        from xstatic.pkg import leaflet
    except ImportError:
        return None
    return Path(leaflet.BASE_DIR)


def world_atlas_path() -> Path | None:
    """The Natural Earth 110m countries TopoJSON: $CIVCAS_WORLD_ATLAS, else an npm install of world-atlas."""
    explicit = os.environ.get("CIVCAS_WORLD_ATLAS")
    candidates = [Path(explicit)] if explicit else []
    for root in (_REPO, Path.cwd(), Path("/usr/local/lib"), Path("/usr/lib")):
        candidates.append(root / "node_modules" / "world-atlas" / WORLD_ATLAS_FILE)
    return next((p for p in candidates if p.is_file()), None)


def _decode_arcs(topology: dict) -> list[list[list[float]]]:
    """Absolute lon/lat arcs from quantised, delta-encoded TopoJSON arcs."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, 4), round(y * sy + ty, 4)])
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    points: list[list[float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]  # a negative index means the arc reversed
        points.extend(arc if not points else arc[1:])  # consecutive arcs share their joining point
    return points


def topojson_to_geojson(topology: dict, name: str) -> dict:
    """One TopoJSON object (Polygon/MultiPolygon geometries) as a GeoJSON FeatureCollection."""
    arcs = _decode_arcs(topology)
    features = []
    for geometry in topology["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates = [_ring(r, arcs) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[_ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "id": geometry.get("id"), "properties": geometry.get("properties", {}),
                         "geometry": {"type": kind, "coordinates": coordinates}})
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def world_outlines() -> bytes | None:
    """The country outlines as GeoJSON bytes, or None when world-atlas is not installed."""
    path = world_atlas_path()
    if path is None:
        return None
    topology = json.loads(path.read_text(encoding="utf-8"))
    return json.dumps(topojson_to_geojson(topology, "countries"), separators=(",", ":")).encode()
