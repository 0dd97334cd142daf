"""GeoNames dump import, local places and the `gazetteer` CLI, on small files written here."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from civcas.geo import find_places, load_gazetteer
from civcas.geo.cli import app
from civcas.geo.dumps import import_alternate_names, import_places, kind_of
from civcas.geo.local import add_local_place
from civcas.geo.tables import geo_names, geo_places
from civcas.model import Document
from civcas.store.db import make_engine

# GeoNames column order: geonameid, name, asciiname, alternatenames, latitude, longitude,
# feature class, feature code, country code, cc2, admin1, admin2, admin3, admin4,
# population, elevation, dem, timezone, modification date. All places invented.
ROWS = [
    ("9100001", "Khirbat Zaytūnat al Qaṣr", "Khirbat Zaytunat al Qasr", "Zaytunat al-Qasr,Khirbet Zeitouneh", "35.7011", "36.5522", "P", "PPL", "SY", "", "12", "", "", "", "0"),
    ("9100002", "Tall Samrāʼ", "Tall Samra", "Tell Samra,تل سمراء", "36.4011", "37.2522", "P", "PPL", "SY", "", "09", "", "", "", "120"),
    ("9100003", "Mustashfá Wādī al Qaṣr", "Mustashfa Wadi al Qasr", "", "35.7100", "36.5600", "S", "HSP", "SY", "", "12", "", "", "", "0"),
    ("9100004", "Jabal Zaytūnah", "Jabal Zaytunah", "Jebel Zeitouneh", "35.7500", "36.5000", "T", "MT", "SY", "", "12", "", "", "", "0"),
]
ALTERNATES = [
    ("1", "9100001", "ar", "خربة زيتونة القصر", "", "", "", "", "", ""),
    ("2", "9100001", "link", "https://example.org/zaytunat", "", "", "", "", "", ""),
    ("3", "9100001", "en", "Old Zaytunah", "", "", "", "1", "", ""),  # historic: skipped
]


@pytest.fixture
def dumps(tmp_path):
    places = tmp_path / "SY.txt"
    places.write_text("".join("\t".join(row + ("", "", "Asia/Damascus", "2024-01-01")) + "\n" for row in ROWS), encoding="utf-8")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("".join("\t".join(row) + "\n" for row in ALTERNATES), encoding="utf-8")
    return places, alternates


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def find(text: str, gazetteer):
    return find_places(Document(id="t", raw_hash="", text=text), gazetteer)


def test_feature_kinds():
    assert kind_of("P", "PPL") == "town"
    assert kind_of("A", "ADM1") == "admin1"
    assert kind_of("T", "MT") == "district"
    assert kind_of("S", "HSP") is None


def test_import_then_find_a_village(engine, dumps):
    places, alternates = dumps
    before = find("Shells hit Khirbet Zeitouneh in Idlib.", load_gazetteer(engine))
    assert not any(p.geonameid == 9100001 for p in before)

    summary = import_places(engine, places)
    assert (summary.places, summary.countries) == (3, ("SY",))  # the hospital is not kept
    assert import_alternate_names(engine, alternates) == 1  # the link and the historic name are not

    gazetteer = load_gazetteer(engine)
    [village] = [p for p in find("Shells hit Khirbet Zeitouneh in Idlib.", gazetteer) if p.geonameid == 9100001]
    assert (village.text, village.admin1, village.country, village.precision) == ("Khirbet Zeitouneh", "Idlib", "SY", "town")
    assert (village.lat, village.lon) == (35.7011, 36.5522)
    [arabic] = [p for p in find("قصف على خربة زيتونة القصر في ريف إدلب", gazetteer) if p.geonameid == 9100001]
    assert arabic.text == "خربة زيتونة القصر"


def test_reimport_replaces(engine, dumps):
    places, _ = dumps
    import_places(engine, places)
    import_places(engine, places)
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(geo_places)).scalar() == 3
        names = connection.execute(select(func.count()).select_from(geo_names)).scalar()
    import_places(engine, places)
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(geo_names)).scalar() == names


def test_country_filter(engine, dumps):
    places, _ = dumps
    assert import_places(engine, places, countries=["IQ"]).places == 0


def test_local_place_wins(engine, dumps):
    places, _ = dumps
    import_places(engine, places)
    # A reviewer puts the village 2 km from where GeoNames has it, under a local spelling too.
    add_local_place(engine, "Zaytunat al-Qasr", 35.7200, 36.5600, "SY", "Idlib", "exact", aliases=["Zeitounet el Qasr", "زيتونة القصر"])
    gazetteer = load_gazetteer(engine)
    for text, mention in [("Shells hit Zaytunat al-Qasr.", "Zaytunat al-Qasr"), ("Shells hit Zeitounet el Qasr.", "Zeitounet el Qasr"), ("قصف زيتونة القصر", "زيتونة القصر")]:
        [place] = [p for p in find(text, gazetteer) if p.text == mention]
        assert (place.lat, place.precision, place.geonameid) == (35.72, "exact", None), text


def test_local_place_validates(engine):
    with pytest.raises(ValueError):
        add_local_place(engine, "Nowhere", 95.0, 36.0, "SY")
    with pytest.raises(ValueError):
        add_local_place(engine, "Nowhere", 35.0, 36.0, "SY", precision="street")


def test_cli_import_and_search(tmp_path, dumps):
    places, alternates = dumps
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    result = runner.invoke(app, ["import", str(places), str(alternates), "--db", db])
    assert result.exit_code == 0, result.output
    assert "3 places" in result.output and "1 alternate names" in result.output
    result = runner.invoke(app, ["search", "Tell Samra", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    [hit] = json.loads(result.output)
    assert (hit["geonameid"], hit["source"], hit["admin1"]) == (9100002, "geonames", "Aleppo")
    assert runner.invoke(app, ["search", "Qwxzv Unheard", "--db", db]).exit_code == 1
