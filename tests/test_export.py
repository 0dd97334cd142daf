"""Exports: the JSONL contract of DESIGN.md, ACLED-like CSV, valid GeoJSON."""

from __future__ import annotations

import csv
import io
import json

from civcas.export import write_csv, write_geojson, write_jsonl
from civcas.model import Claim, Incident, Place, Range

CONTRACT_KEYS = {
    "id", "date", "date_precision", "country", "admin1", "place", "lat", "lon", "geo_precision", "belligerents",
    "strike_types", "civilians_killed", "civilians_injured", "children_killed", "women_killed", "combatants_killed",
    "grade", "contested", "contest_reasons", "document_ids", "claims",
}
CLAIM_KEYS = {"document_id", "kind", "group", "min", "max", "speaker", "speaker_kind", "stance", "start", "end", "text"}


def _incident(place: Place | None) -> Incident:
    claim = Claim(document_id="d2", kind="killed", group="civilians", min=24, max=None, start=120, end=140,
                  text="at least 24 civilians", sentence="Jets killed at least 24 civilians, activists said.",
                  speaker="local activists", speaker_kind="local")
    other = Claim(document_id="d1", kind="killed", group="combatants", actor="ISIS", min=300, max=300, start=5,
                  end=18, text="300 militants", sentence="The ministry said it killed 300 militants.",
                  speaker="the defence ministry", speaker_kind="belligerent")
    return Incident(id="inc-1", claims=[claim, other], date="2016-10-21", date_precision="day", place=place,
                    belligerents=["Russian Military"], strike_types=["airstrike"],
                    ranges={"civilians_killed": Range(24, 30), "combatants_killed": Range(300, 300)},
                    grade="contested", grade_reasons=["competing claims"], contested=True,
                    contest_reasons=["the ministry says militants; local activists say civilians"])


MAYADIN = Place(name="Al Mayadin", start=0, end=10, country="SY", admin1="Deir ez-Zor", lat=35.02, lon=40.45)


def test_jsonl_follows_the_contract():
    buffer = io.StringIO()
    assert write_jsonl([_incident(MAYADIN)], buffer) == 1
    row = json.loads(buffer.getvalue())
    assert CONTRACT_KEYS <= set(row)
    assert CLAIM_KEYS <= set(row["claims"][0])
    assert row["civilians_killed"] == {"min": 24, "max": 30}
    assert row["civilians_injured"] is None and row["children_killed"] is None
    assert row["combatants_killed"] == {"min": 300, "max": 300}
    assert (row["country"], row["admin1"], row["place"], row["lat"], row["lon"]) == ("SY", "Deir ez-Zor", "Al Mayadin", 35.02, 40.45)
    assert row["document_ids"] == ["d1", "d2"]
    assert row["claims"][0]["max"] is None  # "at least 24" stays open
    assert row["contested"] is True and row["grade"] == "contested"


def test_jsonl_gives_an_undated_claims_weekday_in_words():
    incident = _incident(MAYADIN)
    incident.claims[0].event_weekday = 5
    buffer = io.StringIO()
    write_jsonl([incident], buffer)
    claims = json.loads(buffer.getvalue())["claims"]
    assert [c["event_weekday"] for c in claims] == ["Saturday", None]
    # A dated claim's weekday is its date's; a stored weekday out of range names none.
    incident.claims[0].event_date, incident.claims[1].event_weekday = "2024-03-08", 7
    assert [c.weekday_name for c in incident.claims] == [None, None]


def test_jsonl_without_a_place_has_null_geography():
    buffer = io.StringIO()
    write_jsonl([_incident(None)], buffer)
    row = json.loads(buffer.getvalue())
    assert [row[k] for k in ("country", "admin1", "place", "lat", "lon", "geo_precision")] == [None] * 6


def test_csv_has_acled_like_columns_and_one_row_per_incident():
    buffer = io.StringIO()
    write_csv([_incident(MAYADIN), _incident(None)], buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert len(rows) == 2
    first = rows[0]
    assert first["event_date"] == "2016-10-21" and first["year"] == "2016"
    assert first["latitude"] == "35.02" and first["longitude"] == "40.45" and first["geo_precision"] == "1"
    assert first["actor1"] == "Russian Military" and first["fatalities"] == "24"
    assert first["sub_event_type"] == "Air/drone strike"


def test_geojson_is_a_feature_collection_of_known_points():
    buffer = io.StringIO()
    assert write_geojson([_incident(MAYADIN), _incident(None)], buffer) == 1
    data = json.loads(buffer.getvalue())
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [40.45, 35.02]}  # longitude first
    assert feature["properties"]["civilians_killed"] == {"min": 24, "max": 30}
