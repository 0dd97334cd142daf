"""JSON Lines export: DESIGN.md's incident export contract, one incident a line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from civcas.model import Claim, Incident

# Ranges the contract names; each is null when no figure was reported.
CONTRACT_RANGES = ("civilians_killed", "civilians_injured", "children_killed", "women_killed", "combatants_killed")


def claim_to_json(claim: Claim) -> dict:
    return {
        "document_id": claim.document_id,
        "kind": claim.kind,
        "group": claim.group,
        "actor": claim.actor,
        "min": claim.min,
        "max": claim.max,
        "speaker": claim.speaker,
        "speaker_kind": claim.speaker_kind,
        "stance": claim.stance,
        "joint": claim.joint,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "sentence": claim.sentence,
        "event_date": claim.event_date,
        "event_weekday": claim.weekday_name,
        "place": claim.place.name if claim.place else None,
    }


def incident_to_json(incident: Incident) -> dict:
    place = incident.place
    out = {
        "id": incident.id,
        "date": incident.date,
        "date_precision": incident.date_precision,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "place": place.name if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "belligerents": list(incident.belligerents),
        "strike_types": list(incident.strike_types),
    }
    for key in CONTRACT_RANGES:
        found = incident.ranges.get(key)
        out[key] = found.to_json() if found else None
    out.update(
        {
            "ranges": {k: r.to_json() for k, r in sorted(incident.ranges.items())},
            "grade": incident.grade,
            "grade_reasons": list(incident.grade_reasons),
            "contested": incident.contested,
            "contest_reasons": list(incident.contest_reasons),
            "review_state": incident.review_state,
            "document_ids": incident.document_ids,
            "claims": [claim_to_json(c) for c in incident.claims],
        }
    )
    return out


def write_jsonl(incidents: Iterable[Incident], out: TextIO) -> int:
    n = 0
    for incident in incidents:
        out.write(json.dumps(incident_to_json(incident), ensure_ascii=False) + "\n")
        n += 1
    return n
