"""The read API and exports, and review actions through the API, with a reviewer's token."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from civcas.review.app import create_app
from civcas.review.auth import new_token
from civcas.review.synthetic import fill
from civcas.store import Store
from civcas.store.review import ReviewStore


@pytest.fixture
def api(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'api.db'}")
    incidents = fill(store, 30, sources=2)
    reviews = ReviewStore(store)
    reviews.add_user("rita", "reviewer", "not-a-real-hash")  # tokens only: no password needed here
    token = new_token()
    reviews.add_token("rita", token)
    client = TestClient(create_app(store, secret="s"), headers={"Authorization": f"Bearer {token}"})
    yield client, incidents, store
    store.close()


def test_list_pages_filters_and_sorts(api):
    client, incidents, _ = api
    body = client.get("/api/incidents", params={"per_page": 7, "page": 2}).json()
    assert body["total"] == 30 and body["page"] == 2 and len(body["items"]) == 7
    everything = client.get("/api/incidents", params={"per_page": 500}).json()["items"]
    assert [i["date"] for i in everything] == sorted((i["date"] for i in everything), reverse=True)
    by_killed = client.get("/api/incidents", params={"sort": "killed", "order": "asc", "per_page": 500}).json()["items"]
    lows = [i["civilians_killed"]["min"] for i in by_killed]
    assert lows == sorted(lows)
    since = sorted(i.date for i in incidents)[15]
    found = client.get("/api/incidents", params={"since": since, "min_killed": 10, "per_page": 500}).json()
    expected = {i.id for i in incidents if i.date >= since and i.ranges["civilians_killed"].min >= 10}
    assert {i["id"] for i in found["items"]} == expected and found["total"] == len(expected)


@pytest.mark.parametrize("params", [{"since": "yesterday"}, {"grade": "superb"}, {"per_page": 0}, {"sort": "colour"},
                                    {"min_killed": -1}])
def test_bad_list_parameters_are_422(api, params):
    client, _, _ = api
    assert client.get("/api/incidents", params=params).status_code == 422


def test_one_incident_with_claims_documents_and_trail(api):
    client, incidents, _ = api
    target = incidents[1]
    body = client.get(f"/api/incidents/{target.id}").json()
    assert body["id"] == target.id and body["document_ids"] == target.document_ids
    assert {c["id"] for c in body["claims"]} == {c.id for c in target.claims}
    assert body["audit"] == []
    doc = client.get(f"/api/documents/{target.document_ids[0]}").json()
    claim = body["claims"][0]
    assert doc["text"][claim["start"]:claim["end"]] == claim["text"]
    assert client.get("/api/incidents/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404
    one = client.get(f"/api/claims/{claim['id']}").json()
    assert one["incident_id"] == target.id
    listed = client.get("/api/claims", params={"document_id": target.document_ids[0]}).json()
    assert [c["document_id"] for c in listed] == [target.document_ids[0]]


def test_exports_reuse_the_export_formats(api):
    client, incidents, _ = api
    grade = incidents[0].grade
    expected = {i.id for i in incidents if i.grade == grade}
    lines = client.get("/api/export", params={"format": "jsonl", "grade": grade}).text.splitlines()
    assert {json.loads(line)["id"] for line in lines} == expected
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "csv"}).text)))
    assert len(rows) == 30
    geo = client.get("/api/export", params={"format": "geojson", "min_killed": 20}).json()
    assert {f["id"] for f in geo["features"]} == {i.id for i in incidents if i.ranges["civilians_killed"].min >= 20}
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


def test_edit_through_the_api_then_the_trail_shows_it(api):
    client, incidents, store = api
    target = incidents[2]
    response = client.patch(f"/api/incidents/{target.id}", json={
        "ranges": {"civilians_killed": {"min": 40, "max": 45}, "children_killed": {"min": 3}},
        "place": {"name": "Kafr Hamda", "country": "SY", "lat": 35.27, "lon": 36.58, "precision": "town"},
    })
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["civilians_killed"] == {"min": 40, "max": 45} and body["children_killed"] == {"min": 3, "max": None}
    assert body["place"] == "Kafr Hamda" and body["review_state"] == "edited"
    trail = client.get(f"/api/incidents/{target.id}/audit").json()
    assert {(e["field"], e["user"]) for e in trail} == {("range:civilians_killed", "rita"), ("range:children_killed", "rita"),
                                                        ("place", "rita")}
    removed = client.patch(f"/api/incidents/{target.id}", json={"ranges": {"children_killed": None}}).json()
    assert removed["children_killed"] is None
    assert store.incident(target.id).ranges.keys() == {"civilians_killed"}


@pytest.mark.parametrize("body", [{"ranges": {"civilians_killed": {"min": 5, "max": 1}}}, {"grade": None},
                                  {"place": {"name": "X", "lat": 91}}, {"unknown": 1}, {"date": "2016-13-45"}])
def test_bad_edits_are_refused(api, body):
    client, incidents, store = api
    response = client.patch(f"/api/incidents/{incidents[3].id}", json=body)
    assert response.status_code in (400, 422)
    assert store.incident(incidents[3].id).review_state == "unreviewed"


def test_merge_split_and_irrelevant_through_the_api(api):
    client, incidents, store = api
    a, b = incidents[4], incidents[5]
    merged = client.post(f"/api/incidents/{a.id}/merge", json={"source": b.id}).json()
    assert set(merged["document_ids"]) == set(a.document_ids) | set(b.document_ids)
    assert client.get(f"/api/incidents/{b.id}").status_code == 404
    claim_id = client.get(f"/api/incidents/{a.id}").json()["claims"][0]["id"]
    new = client.post(f"/api/incidents/{a.id}/split", json={"claim_ids": [claim_id]}).json()
    assert new["id"] != a.id and len(new["claims"]) == 1
    doc = new["document_ids"][0]
    assert client.post(f"/api/documents/{doc}/irrelevant").json() == {"document_id": doc, "incidents": [new["id"]]}
    assert store.documents([doc])[0].status == "junk"
    assert client.post(f"/api/incidents/{a.id}/merge", json={"source": "missing"}).status_code == 404


def test_map_timeline_and_health(api):
    client, incidents, _ = api
    points = client.get("/api/map").json()
    assert len(points) == 30 and all(-90 <= p["lat"] <= 90 for p in points)
    weeks = client.get("/api/timeline").json()
    assert sum(sum(v.values()) for v in weeks.values()) == sum(i.ranges["civilians_killed"].min for i in incidents)
    assert client.get("/api/health").json() == {"status": "ok"}
    schema = client.get("/api/openapi.json").json()
    assert "/api/incidents" in schema["paths"] and "patch" in schema["paths"]["/api/incidents/{incident_id}"]
