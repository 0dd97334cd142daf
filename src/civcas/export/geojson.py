"""GeoJSON export: a FeatureCollection with a Point for each incident whose coordinates are known."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from civcas.export.jsonl import incident_to_json
from civcas.model import Incident


def write_geojson(incidents: Iterable[Incident], out: TextIO) -> int:
    features = []
    for incident in incidents:
        place = incident.place
        if not place or place.lat is None or place.lon is None:
            continue
        properties = incident_to_json(incident)
        del properties["claims"]  # the sentences belong in jsonl; keep the map layer light
        features.append(
            {
                "type": "Feature",
                "id": incident.id,
                # GeoJSON (RFC 7946) orders coordinates longitude first.
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": properties,
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)
