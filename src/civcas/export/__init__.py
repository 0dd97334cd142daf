"""Exports: JSON Lines (the contract in DESIGN.md), ACLED-like CSV, GeoJSON."""

from civcas.export.csv import write_csv
from civcas.export.geojson import write_geojson
from civcas.export.jsonl import incident_to_json, write_jsonl

FORMATS = {"jsonl": write_jsonl, "csv": write_csv, "geojson": write_geojson}

__all__ = ["FORMATS", "incident_to_json", "write_csv", "write_geojson", "write_jsonl"]
