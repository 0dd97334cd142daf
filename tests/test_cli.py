"""The command line as a user meets it: demo, ingest, incidents, show, export, errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from civcas.cli import app

runner = CliRunner()


def _run(*args: str, db: str):
    return runner.invoke(app, [*args, "--db", db], catch_exceptions=False)


@pytest.fixture
def demo_db(tmp_path) -> str:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    result = _run("demo", db=db)
    assert result.exit_code == 0, result.output
    return db


def test_demo_prints_incidents_and_the_database(demo_db, tmp_path):
    again = _run("demo", db=demo_db)
    assert again.exit_code == 0
    assert "Incidents" in again.stdout and "demo.db" in again.stdout
    assert "0 new" in again.stderr  # the second run adds nothing
    rows = [json.loads(line) for line in _run("incidents", "--json", db=demo_db).stdout.splitlines()]
    assert len(rows) >= 5
    assert any(r["civilians_killed"] for r in rows)
    assert {d for r in rows for d in r["document_ids"]} >= {"sample-en-01"}


def test_show_and_export(demo_db, tmp_path):
    first = json.loads(_run("incidents", "--json", "--limit", "1", db=demo_db).stdout)
    shown = _run("show", first["id"], db=demo_db)
    assert shown.exit_code == 0 and first["claims"][0]["sentence"].strip()[:30] in " ".join(shown.stdout.split())
    for fmt in ("jsonl", "csv", "geojson"):
        out = tmp_path / f"out.{fmt}"
        result = _run("export", "--format", fmt, "--output", str(out), db=demo_db)
        assert result.exit_code == 0 and out.stat().st_size > 0
    assert json.loads((tmp_path / "out.geojson").read_text())["type"] == "FeatureCollection"


def test_unknown_incident_and_format_are_clear_errors(demo_db):
    missing = _run("show", "no-such-incident", db=demo_db)
    assert missing.exit_code == 1 and "no incident" in missing.stderr
    bad = _run("export", "--format", "xlsx", db=demo_db)
    assert bad.exit_code == 1 and "unknown format" in bad.stderr
    since = _run("incidents", "--since", "2024-13-01", db=demo_db)
    assert since.exit_code == 2 and "not a date" in since.stderr


def test_a_database_that_cannot_be_opened_is_a_clear_error(tmp_path):
    result = _run("incidents", db=f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}")
    assert result.exit_code == 1 and "cannot open database" in result.stderr


def test_ingest_reports_failures_and_keeps_the_rest(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Shelling killed three civilians in Saraqib on Monday, medics said.", encoding="utf-8")
    (inputs / "bad.jsonl").write_text('{"id": "ok-1", "text": "Airstrikes killed 4 civilians in Ariha."}\nnot json\n', encoding="utf-8")
    (inputs / "blob.html").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    db = f"sqlite:///{tmp_path / 'x.db'}"
    result = _run("ingest", str(inputs), "--json", db=db)
    summary = json.loads(result.stdout)
    assert summary["new"] == 2 and summary["failed"] == 2
    assert {f["source"].rsplit("/", 1)[-1] for f in summary["failures"]} == {"bad.jsonl:2", "blob.html"}
    assert json.loads(_run("ingest", str(inputs), "--json", db=db).stdout)["duplicate"] == 2


def test_bad_gold_files_and_unwritable_outputs_are_clear_errors(tmp_path, demo_db):
    for name, content in (("empty.jsonl", b""), ("utf16.jsonl", "\ufeff{}".encode("utf-16")), ("bad.jsonl", b"{\"x\": 1}\n")):
        (tmp_path / name).write_bytes(content)
        result = runner.invoke(app, ["eval", str(tmp_path / name)])
        assert result.exit_code == 1 and "error:" in result.stderr, name
    result = _run("export", "--output", str(tmp_path / "no" / "such" / "dir.jsonl"), db=demo_db)
    assert result.exit_code == 1 and "cannot write" in result.stderr
    unknown = _run("incidents", db="foo://nowhere")
    assert unknown.exit_code == 1 and "cannot use database URL" in unknown.stderr
    (tmp_path / "SY.txt").write_bytes(b"\xff\xfe\x00garbage")
    dump = runner.invoke(app, ["gazetteer", "import", str(tmp_path / "SY.txt"), "--db", demo_db])
    assert dump.exit_code == 1 and "not a UTF-8 GeoNames dump" in dump.stderr


def test_errors_quote_what_they_name_literally_and_unwrapped(tmp_path, demo_db):
    # An id is user input: markup in it is printed as written, not interpreted.
    shown = _run("show", "[bold]x[/]", db=demo_db)
    assert shown.exit_code == 1 and "no incident '[bold]x[/]'" in shown.stderr
    # A long path stays on one line, so a script can grep the whole message.
    deep = tmp_path / ("d" * 120)
    deep.mkdir()
    (deep / "SY.txt").write_bytes(b"\xff\xfe\x00garbage")
    dump = runner.invoke(app, ["gazetteer", "import", str(deep / "SY.txt"), "--db", demo_db])
    assert f"{deep / 'SY.txt'}: not a UTF-8 GeoNames dump" in dump.stderr


def test_gazetteer_search_prints_place_names_as_written(tmp_path):
    from civcas.geo.local import add_local_place
    from civcas.store.db import make_engine

    db = f"sqlite:///{tmp_path / 'g.db'}"
    engine = make_engine(db)
    add_local_place(engine, "Zaytunat [b]", 35.72, 36.56, "SY", "Idlib", "exact")
    engine.dispose()
    found = runner.invoke(app, ["gazetteer", "search", "Zaytunat", "--db", db])
    assert found.exit_code == 0 and "Zaytunat [b]" in found.stdout


def test_a_total_of_dead_and_wounded_is_shown_and_exported_as_bounds(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "joint-1", "published": "2024-03-06", "lang": "en",
                                "text": "Mortar fire on Oakdale killed and wounded 14 civilians on Tuesday."}) + "\n")
    db = f"sqlite:///{tmp_path / 'joint.db'}"
    assert _run("ingest", str(docs), db=db).exit_code == 0
    [incident] = [json.loads(line) for line in _run("export", "--format", "jsonl", db=db).stdout.splitlines()]
    assert incident["civilians_killed"] == {"min": 1, "max": 13}
    assert {(c["kind"], c["joint"]) for c in incident["claims"]} == {("killed", True), ("injured", True)}
    shown = _run("show", incident["id"], db=db)
    assert "a bound: killed and injured counted together" in " ".join(shown.stdout.split())


def test_eval_says_why_a_hit_count_has_a_fraction(tmp_path):
    # One invented round-up page, two strikes of one day: the gold strike's matches tie.
    page = {"id": "s1", "published": "2024-03-05", "lang": "en",
            "text": "Shelling killed two civilians in Sarmin on Tuesday.\n\nIn Binnish, three children were wounded by rockets on Tuesday."}
    gold = {"date": "2024-03-05", "location": "Sarmin", "civilians_killed": [2, 2], "belligerents": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"incident": "g1", "gold": gold, "sources": [page]}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path)])
    assert result.exit_code == 0, result.output
    assert "share the credit" in result.stdout
    assert "Where the misses lie" in result.stdout  # the missed half lies with the tied strike
    misses = json.loads(runner.invoke(app, ["eval", str(path), "--json"]).stdout)["misses"]
    assert misses["location"] == {"unmatched": 0, "tied": 0.5, "elsewhere": 0, "nowhere": 0}


def test_eval_tables_keep_every_figure_name_whole_on_an_80_column_terminal(tmp_path, monkeypatch):
    from civcas.options import out

    page = {"id": "s1", "published": "2024-03-05", "lang": "en",
            "text": "Shelling killed two civilians and wounded five in Sarmin on Tuesday."}
    gold = {"date": "2024-03-06", "location": "Binnish", "civilians_killed": [3, 3],
            "civilians_injured": [1, 1], "belligerents": ["Russian Military"]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"incident": "g1", "gold": gold, "sources": [page]}) + "\n", encoding="utf-8")
    monkeypatch.setattr(out, "width", 80)
    result = runner.invoke(app, ["eval", str(path)])
    assert result.exit_code == 0, result.output
    assert max(map(len, result.stdout.splitlines())) <= 80
    for name in ("civilians_killed.overlap", "civilians_injured.exact", "civilians_injured.overlap"):
        assert result.stdout.count(name) == 2, name  # whole in both tables, told apart from its siblings


def test_eval_tells_places_named_right_without_a_point(tmp_path):
    # An invented village no gazetteer knows: named right, but with no point near gold's.
    page = {"id": "s1", "published": "2024-03-05", "lang": "en",
            "text": "Shelling killed two civilians in the village of Tal Zayzafoun on Tuesday."}
    gold = {"date": "2024-03-05", "location": "Tal Zayzafoun", "lat": 36.61, "lon": 38.02,
            "civilians_killed": [2, 2], "belligerents": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"incident": "g1", "gold": gold, "sources": [page]}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)["figures"]
    assert (figures["location"]["hits"], figures["location.name_only"]["hits"]) == (0, 1)
    assert "gazetteer import" in " ".join(runner.invoke(app, ["eval", str(path)]).stdout.split())
