"""The pipeline over a store: incremental runs join incidents, never overwrite a reviewer, and repeat as no-ops."""

from __future__ import annotations

from civcas import pipeline
from civcas.model import RawDocument
from civcas.store import Store
from civcas.store.schema import incidents

FIRST = RawDocument(
    source="test", raw=b"1", id="first", lang="en", published="2024-05-06",
    text="Russian warplanes struck the town of Saraqib in Idlib province on Monday, killing five civilians, "
         "the civil defence said.",
)
LATER = RawDocument(
    source="test", raw=b"2", id="later", lang="en", published="2024-05-07",
    text="Monday's Russian airstrike on Saraqib in Idlib province killed seven civilians, including two children, "
         "medics said on Tuesday.",
)
ELSEWHERE = RawDocument(
    source="test", raw=b"3", id="elsewhere", lang="en", published="2024-08-20",
    text="Turkish drones struck a car near Qamishli in Hasakah province on Tuesday, killing two civilians, "
         "local activists said.",
)


def _run(store: Store, *docs: RawDocument) -> pipeline.IngestSummary:
    summary = pipeline.ingest(store, list(docs))
    pipeline.update_incidents(store)
    return summary


def test_a_later_report_joins_the_incident_it_updates(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    _run(store, FIRST, ELSEWHERE)
    before = {tuple(i.document_ids): i for i in store.incidents()}
    assert set(before) == {("first",), ("elsewhere",)}
    _run(store, LATER)
    after = {i.id: i for i in store.incidents()}
    joined = after[before[("first",)].id]  # the incident keeps its id
    assert joined.document_ids == ["first", "later"]
    assert joined.ranges["civilians_killed"].max == 7
    assert len(after) == 2


def test_a_reviewed_incident_keeps_its_fields_when_new_reports_join(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    _run(store, FIRST)
    [incident] = store.incidents()
    with store.engine.begin() as conn:  # what the review app does when a reviewer edits the range
        conn.execute(incidents.update().where(incidents.c.id == incident.id)
                     .values(review_state="edited", ranges={"civilians_killed": {"min": 4, "max": 6}}, grade="fair"))
    _run(store, LATER)
    [after] = store.incidents()
    assert after.id == incident.id and after.document_ids == ["first", "later"]
    assert (after.ranges["civilians_killed"].min, after.ranges["civilians_killed"].max) == (4, 6)
    assert after.grade == "fair"
    pipeline.rebuild_incidents(store)  # a full re-clustering leaves it alone, and does not fuse its claims again
    [rebuilt] = store.incidents()
    assert rebuilt.ranges["civilians_killed"].max == 6 and rebuilt.review_state == "edited"


def test_running_the_same_input_again_changes_nothing(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    _run(store, FIRST, LATER, ELSEWHERE)
    snapshot = [(i.id, i.document_ids, i.ranges) for i in store.incidents()]
    summary = _run(store, FIRST, LATER, ELSEWHERE)
    assert (summary.new, summary.duplicate) == (0, 3)
    assert [(i.id, i.document_ids, i.ranges) for i in store.incidents()] == snapshot


def test_fusion_is_the_same_whatever_the_input_order(tmp_path):
    forward, backward = Store(f"sqlite:///{tmp_path / 'f.db'}"), Store(f"sqlite:///{tmp_path / 'b.db'}")
    pipeline.ingest(forward, [FIRST, LATER, ELSEWHERE])
    pipeline.ingest(backward, [ELSEWHERE, LATER, FIRST])
    pipeline.rebuild_incidents(forward)
    pipeline.rebuild_incidents(backward)
    assert [(i.id, i.document_ids, i.ranges) for i in forward.incidents()] == \
           [(i.id, i.document_ids, i.ranges) for i in backward.incidents()]


def test_places_added_to_the_database_are_used_by_the_next_ingest(tmp_path):
    from civcas.geo import add_local_place

    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    add_local_place(store.engine, "Tell Qasrun", 36.1234, 37.4321, "SY", admin1="Aleppo", aliases=["تل قصرون"])
    report = RawDocument(source="test", raw=b"4", id="village", lang="en", published="2024-04-02",
                         text="Artillery shelling killed two civilians in the village of Tell Qasrun on Monday, activists said.")
    _run(store, report)
    [incident] = store.incidents()
    assert (incident.place.name, incident.place.lat, incident.place.lon) == ("Tell Qasrun", 36.1234, 37.4321)


def test_rebuilding_after_a_reviewer_merge_does_not_show_claims_twice(tmp_path):
    from civcas.store.review import ReviewStore

    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    _run(store, FIRST, ELSEWHERE)
    saraqib, qamishli = sorted(store.incidents(), key=lambda i: i.document_ids)[::-1]
    ReviewStore(store).merge(saraqib.id, qamishli.id, user="reviewer")
    pipeline.rebuild_incidents(store)
    [merged] = store.incidents()
    assert merged.id == saraqib.id and merged.document_ids == ["elsewhere", "first"]


def test_an_ingest_racing_a_reviewer_merge_neither_revives_nor_doubles(tmp_path):
    from civcas.store.review import ReviewStore

    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    _run(store, FIRST, ELSEWHERE)
    saraqib, qamishli = sorted(store.incidents(), key=lambda i: i.document_ids)[::-1]
    stale = store.incident(qamishli.id)  # what a running ingest read before the merge
    ReviewStore(store).merge(saraqib.id, qamishli.id, user="reviewer")
    store.save_incidents([stale], [])
    [merged] = store.incidents()
    claim_ids = [c.id for c in merged.claims]
    assert merged.id == saraqib.id and len(claim_ids) == len(set(claim_ids))
