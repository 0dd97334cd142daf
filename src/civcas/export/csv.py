"""CSV export with ACLED-like column names, one incident a row.

ACLED codes one event per row with `event_date`, `country`, `admin1`,
`location`, `latitude`, `longitude`, `geo_precision`, `actor1`, `fatalities`,
`source` and `notes`; civcas adds its ranges and grade beside them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from civcas.model import Incident

# ACLED's geo_precision: 1 = exact town, 2 = near a town / district, 3 = region.
_GEO_PRECISION = {"exact": 1, "town": 1, "district": 2, "region": 3, "country": 3}
_SUB_EVENT = {
    "airstrike": "Air/drone strike",
    "drone strike": "Air/drone strike",
    "artillery/shelling": "Shelling/artillery/missile attack",
    "rocket": "Shelling/artillery/missile attack",
    "missile": "Shelling/artillery/missile attack",
    "ground attack": "Armed clash",
    "IED/explosion": "Remote explosive/landmine/IED",
    "gunfire": "Attack",
}

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities", "civilians_killed_min", "civilians_killed_max",
    "civilians_injured_min", "civilians_injured_max", "children_killed_min", "children_killed_max",
    "grade", "contested", "document_ids",
]
# ACLED's time_precision: 1 = day, 2 = week, 3 = month or coarser.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _bounds(incident: Incident, key: str) -> tuple:
    found = incident.ranges.get(key)
    return (found.min, found.max) if found else (None, None)


def incident_row(incident: Incident) -> dict:
    place = incident.place
    killed_min, killed_max = _bounds(incident, "civilians_killed")
    injured_min, injured_max = _bounds(incident, "civilians_injured")
    children_min, children_max = _bounds(incident, "children_killed")
    strike = incident.strike_types[0] if incident.strike_types else None
    speakers = sorted({c.speaker for c in incident.claims if c.speaker})
    return {
        "event_id_cnty": incident.id,
        "event_date": incident.date,
        "year": incident.date[:4] if incident.date else None,
        "time_precision": _TIME_PRECISION.get(incident.date_precision or ""),
        "event_type": "Explosions/Remote violence" if strike in {None, "airstrike", "drone strike", "artillery/shelling", "rocket", "missile", "IED/explosion"} else "Violence against civilians",
        "sub_event_type": _SUB_EVENT.get(strike or ""),
        "actor1": "; ".join(incident.belligerents),
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "location": place.name if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": _GEO_PRECISION.get(place.precision) if place else None,
        "source": "; ".join(speakers),
        "notes": "; ".join(incident.contest_reasons),
        "fatalities": killed_min,
        "civilians_killed_min": killed_min,
        "civilians_killed_max": killed_max,
        "civilians_injured_min": injured_min,
        "civilians_injured_max": injured_max,
        "children_killed_min": children_min,
        "children_killed_max": children_max,
        "grade": incident.grade,
        "contested": incident.contested,
        "document_ids": " ".join(incident.document_ids),
    }


def write_csv(incidents: Iterable[Incident], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for incident in incidents:
        writer.writerow(incident_row(incident))
        n += 1
    return n
