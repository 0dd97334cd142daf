"""The store on SQLite and PostgreSQL: round trips, idempotency, reviewed incidents kept."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace

import pytest

from civcas.model import Claim, Document, Incident, Place, Range
from civcas.store import IncidentFilter, Store

PLACE = Place(name="Maarat al-Numan", start=30, end=45, country="SY", admin1="Idlib", lat=35.64, lon=36.67, geonameid=1)


def _doc(i: int, status: str = "ok") -> Document:
    return Document(id=f"doc-{i}", raw_hash=f"{i:064d}", text=f"Shelling killed {i} civilians in Maarat al-Numan.",
                    status=status, lang="en", published="2024-03-0{}".format(1 + i % 9))


def _claim(doc_id: str, n: int, group: str = "civilians") -> Claim:
    return Claim(document_id=doc_id, kind="killed", group=group, min=n, max=n, start=16, end=27, text=f"{n} civilians",
                 sentence="Shelling killed civilians.", place=PLACE, belligerents=["Syrian Regime"],
                 strike_types=["artillery/shelling"], event_date="2024-03-01", date_precision="day",
                 speaker="civil defence", speaker_kind="local")


def _incident(incident_id: str, claims: list[Claim], state: str = "unreviewed") -> Incident:
    return Incident(id=incident_id, claims=claims, date="2024-03-01", date_precision="day", place=PLACE,
                    belligerents=["Syrian Regime"], strike_types=["artillery/shelling"],
                    ranges={"civilians_killed": Range(3, 5)}, grade="fair", grade_reasons=["two sources"],
                    review_state=state)


def test_documents_and_claims_round_trip(db_url):
    store = Store(db_url)
    added = store.add_documents([(_doc(1), [PLACE], [_claim("doc-1", 3)]), (_doc(2, "junk"), [], [])])
    assert added == ["doc-1", "doc-2"]
    assert store.document_counts() == {"ok": 1, "junk": 1}
    [claim] = store.claims()  # claims of junk documents are never fused
    assert (claim.document_id, claim.min, claim.place.name, claim.belligerents) == ("doc-1", 3, "Maarat al-Numan", ["Syrian Regime"])
    assert store.places("doc-1")[0].lat == 35.64
    assert store.documents(["doc-2"])[0].status == "junk"
    store.close()


def test_an_undated_claims_weekday_round_trips(db_url):
    store = Store(db_url)
    undated = Claim(document_id="doc-1", kind="injured", group="civilians", min=4, max=4, start=0, end=9,
                    text="4 civilians", sentence="On Saturday shelling wounded 4 civilians.", event_weekday=5)
    store.add_documents([(_doc(1), [], [undated])])
    [claim] = store.claims()
    assert (claim.event_date, claim.event_weekday) == (None, 5)
    store.close()


def test_a_bound_from_a_total_of_both_kinds_round_trips(db_url):
    store = Store(db_url)
    bound = Claim(document_id="doc-1", kind="killed", group="civilians", min=1, max=14, start=0, end=11,
                  text="15 civilians", sentence="Shelling killed and wounded 15 civilians.", joint=True)
    store.add_documents([(_doc(1), [], [bound, replace(bound, kind="injured")])])
    assert [(c.kind, c.joint) for c in store.claims()] == [("killed", True), ("injured", True)]
    store.close()


def test_undoing_the_weekday_migration_keeps_claims_and_their_incidents(db_url):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import func, select

    from civcas.store.db import MIGRATIONS
    from civcas.store.schema import incident_claims

    store = Store(db_url)
    store.add_documents([(_doc(1), [PLACE], [_claim("doc-1", 3)])])
    store.replace_incidents([_incident("inc-1", store.claims())])
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    for target, upgrade in (("0003", False), ("head", True)):
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.upgrade if upgrade else command.downgrade)(config, target)
        with store.engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(incident_claims)).scalar() == 1
    assert [c.min for c in store.claims()] == [3]
    store.close()


def test_adding_the_same_document_twice_changes_nothing(db_url):
    store = Store(db_url)
    store.add_documents([(_doc(1), [PLACE], [_claim("doc-1", 3)])])
    again = store.add_documents([(_doc(1), [PLACE], [_claim("doc-1", 3)]), (_doc(1), [], [])])
    assert again == []
    assert len(store.claims()) == 1 and len(store.documents()) == 1
    store.close()


def test_reopening_migrates_nothing_and_keeps_data(db_url):
    Store(db_url).add_documents([(_doc(1), [], [])])
    assert Store(db_url).known_ids(["doc-1", "doc-9"]) == {"doc-1"}


def test_replace_incidents_keeps_reviewed_ones(db_url):
    store = Store(db_url)
    store.add_documents([(_doc(i), [], [_claim(f"doc-{i}", i)]) for i in (1, 2, 3)])
    c1, c2, c3 = store.claims()
    store.replace_incidents([_incident("inc-a", [c1, c2]), _incident("inc-b", [c3])])
    assert [i.id for i in store.incidents()] == ["inc-a", "inc-b"]
    # A reviewer confirms inc-a; the next fusion run must leave it alone.
    with store.engine.begin() as conn:
        from civcas.store.schema import incidents
        conn.execute(incidents.update().where(incidents.c.id == "inc-a").values(review_state="reviewed"))
    store.replace_incidents([_incident("inc-a", [c1]), _incident("inc-c", [c2, c3])])
    found = {i.id: i for i in store.incidents()}
    assert set(found) == {"inc-a", "inc-c"}
    assert [c.id for c in found["inc-a"].claims] == [c1.id, c2.id]
    assert found["inc-c"].document_ids == ["doc-3"]  # claim 2 is the reviewed incident's: never linked twice
    store.close()


def test_incident_filters_and_prefix_lookup(db_url):
    store = Store(db_url)
    store.add_documents([(_doc(1), [], [_claim("doc-1", 3)])])
    [c] = store.claims()
    old = _incident("inc-old", [c])
    old.date, old.belligerents, old.grade = "2023-01-05", ["Russian Military"], "weak"
    store.replace_incidents([old, _incident("inc-new", [c])])
    assert [i.id for i in store.incidents(IncidentFilter(since="2024-01-01"))] == ["inc-new"]
    assert [i.id for i in store.incidents(IncidentFilter(belligerent="russian"))] == ["inc-old"]
    assert store.incidents(IncidentFilter(belligerent="_")) == []  # taken literally, not as a wildcard
    assert [i.id for i in store.incidents(IncidentFilter(grade="weak", country="sy"))] == ["inc-old"]
    assert store.incident("inc-o").id == "inc-old"
    assert store.incident("inc-") is None  # ambiguous prefix
    assert store.incident("inc-new").ranges["civilians_killed"] == Range(3, 5)
    store.close()


_OPEN_AT = """
import sys, time
from civcas.store.db import make_engine
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # start together, so their migrations overlap
make_engine(sys.argv[1]).dispose()
"""


@pytest.mark.slow
def test_processes_opening_a_new_database_at_once_all_succeed(db_url):
    # An ingest and the review app started together on a new database: each
    # finds no schema; without a lock the later one fails on a table the
    # other has just created.
    start = time.time() + 3
    procs = [subprocess.Popen([sys.executable, "-c", _OPEN_AT, db_url, str(start)], stderr=subprocess.PIPE, text=True)
             for _ in range(6)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, "\n".join(e for e in errors if e)[-2000:]
    assert Store(db_url).incident_count() == 0


def test_opening_a_current_database_does_not_wait_for_a_writer(tmp_path):
    # The review app opening while an ingest holds the write lock: the schema
    # is at head, so there is nothing to migrate and nothing to wait for.
    import sqlite3

    url = f"sqlite:///{tmp_path / 'busy.db'}"
    Store(url).close()
    writer = sqlite3.connect(tmp_path / "busy.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        store = Store(url)
        assert store.incident_count() == 0
        store.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
