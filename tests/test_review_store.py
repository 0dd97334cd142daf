"""Review actions in the store (SQLite and PostgreSQL): edits, confirm, merge, split, irrelevant, audit, re-runs."""

from __future__ import annotations

import pytest

from civcas.model import Range
from civcas.review.synthetic import fill
from civcas.store import Store
from civcas.store.review import ListQuery, ReviewError, ReviewStore, ranges_from_claims


@pytest.fixture
def stores(db_url):
    store = Store(db_url)
    incidents = fill(store, 12, sources=3)
    yield store, ReviewStore(store), incidents
    store.close()


def test_edit_records_before_and_after_and_marks_the_incident_edited(stores):
    store, reviews, incidents = stores
    target = incidents[0]
    old = target.ranges["civilians_killed"]
    reviews.edit(target.id, {"range:civilians_killed": {"min": old.min + 1, "max": None}, "date": "2023-05-01"}, "rita")
    stored = store.incident(target.id)
    assert stored.ranges["civilians_killed"] == Range(old.min + 1, None)
    assert stored.date == "2023-05-01" and stored.review_state == "edited"
    trail = {(a.field, a.user, a.action): (a.before, a.after) for a in reviews.audit(target.id)}
    assert trail[("range:civilians_killed", "rita", "edit")] == (old.to_json(), {"min": old.min + 1, "max": None})
    assert trail[("date", "rita", "edit")] == (target.date, "2023-05-01")


def test_an_edit_that_changes_nothing_leaves_no_trail(stores):
    store, reviews, incidents = stores
    reviews.edit(incidents[0].id, {"grade": incidents[0].grade}, "rita")
    assert reviews.audit(incidents[0].id) == []
    assert store.incident(incidents[0].id).review_state == "unreviewed"


@pytest.mark.parametrize("changes", [
    {"range:civilians_killed": {"min": 5, "max": 2}},
    {"range:civilians_killed": {"min": -1, "max": None}},
    {"date": "21/10/2016"},
    {"grade": "excellent"},
    {"place": {"name": "Somewhere", "lat": 95.0, "lon": 10.0}},
    {"belligerents": [""]},
    {"colour": "red"},
])
def test_bad_values_are_refused_and_nothing_is_written(stores, changes):
    store, reviews, incidents = stores
    with pytest.raises(ReviewError):
        reviews.edit(incidents[1].id, changes, "rita")
    assert store.incident(incidents[1].id).review_state == "unreviewed"
    assert reviews.audit(incidents[1].id) == []


def test_reviewed_and_edited_incidents_survive_a_fusion_rerun(stores):
    store, reviews, incidents = stores
    reviews.edit(incidents[0].id, {"belligerents": ["Unknown"]}, "rita")
    reviews.confirm(incidents[1].id, "rita")
    store.replace_incidents([])  # a fusion run that finds nothing new
    kept = {i.id: i for i in store.incidents()}
    assert set(kept) == {incidents[0].id, incidents[1].id}
    assert kept[incidents[0].id].belligerents == ["Unknown"]
    assert kept[incidents[1].id].review_state == "reviewed"


def test_claims_of_reviewed_incidents_are_known_for_the_next_fusion_run(stores):
    _, reviews, incidents = stores
    assert reviews.reviewed_claim_ids() == set()
    reviews.confirm(incidents[0].id, "rita")
    assert reviews.reviewed_claim_ids() == {c.id for c in incidents[0].claims}


def test_kept_edits_are_reapplied(stores):
    store, reviews, incidents = stores
    reviews.edit(incidents[0].id, {"range:civilians_killed": {"min": 99, "max": 120}}, "rita")
    # Someone (a migration, a script) overwrites the row; the kept edit restores the reviewer's value.
    from civcas.store.schema import incidents as table
    with store.engine.begin() as conn:
        conn.execute(table.update().where(table.c.id == incidents[0].id).values(ranges={"civilians_killed": {"min": 1, "max": 1}}))
    assert reviews.reapply_edits() >= 1
    assert store.incident(incidents[0].id).ranges["civilians_killed"] == Range(99, 120)


def test_merge_moves_claims_combines_ranges_and_removes_the_source(stores):
    store, reviews, incidents = stores
    a, b = incidents[2], incidents[3]
    merged = reviews.merge(a.id, b.id, "rita")
    assert store.incident(b.id) is None or store.incident(b.id).id != b.id
    stored = store.incident(a.id)
    assert {c.id for c in stored.claims} == {c.id for c in a.claims} | {c.id for c in b.claims}
    assert stored.ranges["civilians_killed"].min == max(a.ranges["civilians_killed"].min, b.ranges["civilians_killed"].min)
    assert merged.review_state == "edited"
    assert [e.action for e in reviews.audit(a.id)] == ["merge"]
    assert [e.action for e in reviews.audit(b.id)] == ["merged-into"]
    with pytest.raises(ReviewError):
        reviews.merge(a.id, a.id, "rita")


def test_split_moves_chosen_claims_into_a_new_incident(stores):
    store, reviews, incidents = stores
    source = next(i for i in incidents if len(i.claims) == 3)
    moving = [source.claims[0].id]
    new = reviews.split(source.id, moving, "rita")
    assert [c.id for c in store.incident(new.id).claims] == moving
    assert moving[0] not in {c.id for c in store.incident(source.id).claims}
    assert new.ranges == ranges_from_claims(source.claims[:1])
    assert store.incident(new.id).review_state == "edited"
    with pytest.raises(ReviewError):
        reviews.split(source.id, [c.id for c in store.incident(source.id).claims], "rita")  # nothing would remain
    with pytest.raises(ReviewError):
        reviews.split(source.id, [10**9], "rita")


def test_marking_a_document_irrelevant_takes_its_claims_out_of_fusion(stores):
    store, reviews, incidents = stores
    doc_id = incidents[4].claims[0].document_id
    before = len(store.claims())
    assert reviews.mark_irrelevant(doc_id, "rita") == [incidents[4].id]
    assert len(store.claims()) == before - 1
    assert store.documents([doc_id])[0].status == "junk"
    assert any(e.action == "irrelevant" and e.document_id == doc_id for e in reviews.audit(incidents[4].id))
    assert reviews.mark_irrelevant(doc_id, "rita") == [incidents[4].id]  # twice is once
    assert sum(e.action == "irrelevant" for e in reviews.audit()) == 2  # the document's entry and the incident's


def test_list_filters_sort_and_pages(stores):
    _, reviews, incidents = stores
    page = reviews.list_incidents(ListQuery(per_page=5))
    assert page.total == 12 and len(page.items) == 5 and page.pages == 3
    dates = [i.date for i in reviews.list_incidents(ListQuery(per_page=50)).items]
    assert dates == sorted(dates, reverse=True)
    killed = [i.ranges["civilians_killed"].min for i in reviews.list_incidents(ListQuery(sort="killed", descending=False)).items]
    assert killed == sorted(killed)
    threshold = sorted(i.ranges["civilians_killed"].min for i in incidents)[6]
    found = reviews.list_incidents(ListQuery(min_killed=threshold))
    assert found.total == sum(i.ranges["civilians_killed"].min >= threshold for i in incidents)
    admin1 = incidents[0].place.admin1
    assert {i.place.admin1 for i in reviews.list_incidents(ListQuery(admin1=admin1.lower())).items} == {admin1}
    who = incidents[0].belligerents[0]
    assert all(who in i.belligerents for i in reviews.list_incidents(ListQuery(belligerent=who[:5])).items)
    assert reviews.list_incidents(ListQuery(belligerent="%")).total == 0  # LIKE wildcards are literal
    reviews.confirm(incidents[5].id, "rita")
    assert [i.id for i in reviews.list_incidents(ListQuery(review_state="reviewed")).items] == [incidents[5].id]


def test_weekly_totals_add_up(stores):
    _, reviews, incidents = stores
    weeks = reviews.weekly_killed(ListQuery())
    assert sum(sum(c.values()) for c in weeks.values()) == sum(i.ranges["civilians_killed"].min for i in incidents)
    assert all(__import__("datetime").date.fromisoformat(w).weekday() == 0 for w in weeks)


def test_accounts_and_tokens(stores):
    _, reviews, _ = stores
    reviews.add_user("ann", "viewer", "hash")
    with pytest.raises(ReviewError):
        reviews.add_user("ann", "admin", "hash")
    with pytest.raises(ReviewError):
        reviews.add_user("bob", "boss", "hash")
    reviews.add_token("ann", "secret-token")
    assert reviews.user_by_token("secret-token").name == "ann"
    assert reviews.user_by_token("secret-token2") is None
    assert reviews.setting("k", "first") == "first" and reviews.setting("k", "second") == "first"


def test_filtered_counts_stop_at_the_cap_and_follow_review_actions(stores, monkeypatch):
    import civcas.store.review as review

    _, reviews, incidents = stores
    monkeypatch.setattr(review, "COUNT_CAP", 5)
    capped = reviews.list_incidents(ListQuery(country="SY", per_page=3))
    assert (capped.total, capped.exact) == (5, False)
    assert reviews.list_incidents(ListQuery()).total == 12  # the whole table is counted exactly
    reviews.merge(incidents[0].id, incidents[1].id, "rita")
    assert reviews.list_incidents(ListQuery()).total == 11  # a remembered count is dropped after a review action


def test_a_figure_must_name_a_victim_group_and_a_harm_kind():
    import pytest

    from civcas.model import Incident
    from civcas.store.review import ReviewError, apply_field

    incident = Incident(id="inc-x", claims=[])
    apply_field(incident, "range:children_killed", {"min": 2, "max": 3})
    assert incident.ranges["children_killed"].max == 3
    for bad in ("range:Total Dead_x", "range:civilians_exploded", "range:killed"):
        with pytest.raises(ReviewError):
            apply_field(incident, bad, {"min": 1, "max": 1})


def test_two_reviewers_saving_at_once_keep_both_edits(tmp_path):
    import threading

    from civcas.review.synthetic import fill
    from civcas.store import Store
    from civcas.store.review import ReviewStore

    store = Store(f"sqlite:///{tmp_path / 'race.db'}")
    [incident] = fill(store, 1, sources=1)
    reviews = ReviewStore(store)
    errors = []

    def save(changes_by_round):
        try:
            for changes in changes_by_round:
                reviews.edit(incident.id, changes, user="r")
        except Exception as exc:  # surfaced below
            errors.append(exc)

    grades = [{"grade": g} for g in ("fair", "weak") * 10 + ("discounted",)]
    dates = [{"date": f"2024-01-{d:02d}"} for d in range(1, 22)]
    threads = [threading.Thread(target=save, args=(rounds,)) for rounds in (grades, dates)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    final = store.incident(incident.id)
    assert (final.grade, final.date) == ("discounted", "2024-01-21")
