"""The HTML pages: login, escaping of document text, claim highlighting, review forms, redirects, assets."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from civcas.model import Claim, Document, Incident, Place, Range
from civcas.review.app import create_app
from civcas.review.auth import hash_password
from civcas.review.highlight import segments
from civcas.review.synthetic import fill
from civcas.store import Store
from civcas.store.review import ReviewStore

HOSTILE = 'Shelling hit <b>Kafr Lina</b> <script>alert("x")</script> and killed 4 civilians, medics said. Later news.'


@pytest.fixture(scope="module")
def hasher_cache():
    return hash_password("a good password")  # argon2 is slow on purpose: hash once for the module


@pytest.fixture
def site(tmp_path, hasher_cache):
    store = Store(f"sqlite:///{tmp_path / 'pages.db'}")
    fill(store, 8)
    figure = HOSTILE.index("4 civilians")
    sentence_start = HOSTILE.index("Shelling")
    sentence = HOSTILE[sentence_start:HOSTILE.index("Later")].strip()
    doc = Document(id="hostile-1", raw_hash="0" * 64, text=HOSTILE, url="javascript:alert(1)", publisher="<i>Outlet</i>",
                   published="2024-02-02", title="<img src=x onerror=alert(1)>")
    claim = Claim(document_id="hostile-1", kind="killed", group="civilians", min=4, max=4, start=figure,
                  end=figure + len("4 civilians"), text="4 civilians", sentence=sentence, sentence_start=sentence_start,
                  speaker="<svg onload=alert(1)>", speaker_kind="medical", belligerents=["<b>Side</b>"], event_weekday=5)
    store.add_documents([(doc, [], [claim])])
    [stored] = [c for c in store.claims() if c.document_id == "hostile-1"]
    place = Place(name="Kafr <Lina>", start=0, end=0, country="SY", admin1="Idlib", lat=35.7, lon=36.6)
    incident = Incident(id="inc-hostile", claims=[stored], date="2024-02-01", place=place, belligerents=["<b>Side</b>"],
                        ranges={"civilians_killed": Range(4, 4)}, grade="weak", grade_reasons=["one <source>"])
    store.replace_incidents([*store.incidents(), incident])
    reviews = ReviewStore(store)
    reviews.add_user("rita", "reviewer", hasher_cache)
    reviews.add_user("vic", "viewer", hasher_cache)
    client = TestClient(create_app(store, secret="s"))
    yield client, store
    store.close()


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _login(client: TestClient, name: str) -> str:
    csrf = _csrf(client.get("/login").text)
    response = client.post("/login", data={"name": name, "password": "a good password", "csrf": csrf, "next": "/"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return _csrf(client.get("/").text)


def test_pages_need_a_login_and_come_back_after_it(site):
    client, _ = site
    response = client.get("/incidents/inc-hostile", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login?next=%2Fincidents%2Finc-hostile"
    csrf = _csrf(client.get("/login").text)
    wrong = client.post("/login", data={"name": "rita", "password": "nope", "csrf": csrf})
    assert wrong.status_code == 401 and "wrong name or password" in wrong.text
    ok = client.post("/login", data={"name": "rita", "password": "a good password", "csrf": csrf,
                                     "next": "/incidents/inc-hostile"}, follow_redirects=False)
    assert ok.headers["location"] == "/incidents/inc-hostile"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example"])
def test_login_never_redirects_off_site(site, target):
    client, _ = site
    csrf = _csrf(client.get("/login").text)
    response = client.post("/login", data={"name": "rita", "password": "a good password", "csrf": csrf, "next": target},
                           follow_redirects=False)
    assert response.headers["location"] == "/"


def test_document_data_is_escaped_everywhere(site):
    client, _ = site
    _login(client, "vic")
    html = client.get("/incidents/inc-hostile").text
    for raw in ("<script>alert", "<b>Kafr Lina</b>", "<svg onload", "<img src=x", "<i>Outlet</i>", "<b>Side</b>", "<Lina>", "<source>"):
        assert raw not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html  # the source link is only shown for http(s) URLs
    listing = client.get("/").text
    assert "Kafr &lt;Lina&gt;" in listing and "<b>Side</b>" not in listing
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


def test_the_claim_sentence_and_figure_are_highlighted(site):
    client, _ = site
    _login(client, "vic")
    html = client.get("/incidents/inc-hostile").text
    assert '<mark class="figure">4 civilians</mark>' in html
    assert "a Saturday, date unknown" in html  # the text names the day's weekday, not its date
    assert re.search(r'<mark class="sentence" data-claims="\d+">Shelling hit &lt;b&gt;', html)


def test_a_bound_from_a_total_of_both_kinds_is_shown_as_one(site):
    client, store = site
    text = "Shelling on Oakdale killed and wounded 15 civilians."
    doc = Document(id="joint-1", raw_hash="1" * 64, text=text, published="2024-02-02")
    start = text.index("15")
    bound = Claim(document_id="joint-1", kind="killed", group="civilians", min=1, max=14, start=start,
                  end=start + len("15 civilians"), text="15 civilians", sentence=text, joint=True)
    store.add_documents([(doc, [], [bound])])
    [stored] = [c for c in store.claims() if c.document_id == "joint-1"]
    incident = Incident(id="inc-joint", claims=[stored], date="2024-02-01",
                        ranges={"civilians_killed": Range(1, 14)}, grade="weak", grade_reasons=["one source"])
    store.replace_incidents([*store.incidents(), incident])
    _login(client, "vic")
    html = client.get("/incidents/inc-joint").text
    assert "a bound: the source counts killed and injured together" in html
    assert "a bound" not in client.get("/incidents/inc-hostile").text


def test_segments_cover_the_text_exactly_once():
    text = "One. Two killed 3 people here. Three."
    claim = Claim(document_id="d", kind="killed", group="unknown", min=3, max=3, start=text.index("3 people"),
                  end=text.index("3 people") + 8, text="3 people", sentence="Two killed 3 people here.",
                  sentence_start=text.index("Two"), id=7)
    parts = segments(text, [claim])
    assert "".join(p.text for p in parts) == text
    assert [(p.text, p.sentence, p.figure) for p in parts] == [
        ("One. ", False, False), ("Two killed ", True, False), ("3 people", True, True), (" here.", True, False),
        (" Three.", False, False)]
    # Offsets past the end of the text (a stale claim) are clipped, never raise.
    claim.start, claim.end, claim.sentence_start = 100, 110, 90
    assert "".join(p.text for p in segments(text, [claim])) == text


def test_a_viewer_sees_no_review_forms_and_a_reviewer_does(site):
    client, _ = site
    _login(client, "vic")
    assert 'action="/incidents/inc-hostile/edit"' not in client.get("/incidents/inc-hostile").text
    client.post("/logout", data={"csrf": _csrf(client.get("/").text)})
    _login(client, "rita")
    assert 'action="/incidents/inc-hostile/edit"' in client.get("/incidents/inc-hostile").text


def test_the_edit_form_changes_only_what_changed_and_the_trail_shows_it(site):
    client, store = site
    csrf = _login(client, "rita")
    form = {"csrf": csrf, "date": "2024-02-01", "date_precision": "", "belligerents": "<b>Side</b>", "strike_types": "",
            "grade": "weak", "place_name": "Kafr <Lina>", "place_country": "SY", "place_admin1": "Idlib",
            "place_lat": "35.7", "place_lon": "36.6", "place_precision": "town", "place_geonameid": "",
            "range.civilians_killed.min": "5", "range.civilians_killed.max": "", "new_range_key": "children_killed",
            "new_range_min": "2", "new_range_max": "3"}
    response = client.post("/incidents/inc-hostile/edit", data=form, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].endswith("#audit")
    incident = store.incident("inc-hostile")
    assert incident.ranges["civilians_killed"] == Range(5, None) and incident.ranges["children_killed"] == Range(2, 3)
    trail = ReviewStore(store).audit("inc-hostile")
    assert sorted(e.field for e in trail) == ["range:children_killed", "range:civilians_killed"]
    html = client.get("/incidents/inc-hostile").text
    assert "range:civilians_killed" in html and "rita" in html
    bad = client.post("/incidents/inc-hostile/edit", data=form | {"range.civilians_killed.min": "many"},
                      follow_redirects=True)
    assert "is not a whole number" in bad.text


def test_merge_split_and_irrelevant_forms(site):
    client, store = site
    csrf = _login(client, "rita")
    other = next(i for i in store.incidents() if i.id != "inc-hostile")
    client.post("/incidents/inc-hostile/merge", data={"csrf": csrf, "source": other.id})
    merged = store.incident("inc-hostile")
    assert len(merged.claims) == 1 + len(other.claims)
    moved = merged.claims[-1].id
    response = client.post("/incidents/inc-hostile/split", data={"csrf": csrf, "claim": str(moved)}, follow_redirects=False)
    new_id = response.headers["location"].rsplit("/", 1)[1]
    assert [c.id for c in store.incident(new_id).claims] == [moved]
    client.post("/documents/irrelevant", data={"csrf": csrf, "document_id": "hostile-1", "next": "/incidents/inc-hostile"})
    assert store.documents(["hostile-1"])[0].status == "junk"
    assert "irrelevant" in client.get("/incidents/inc-hostile").text


def test_map_timeline_and_local_assets(site):
    client, _ = site
    _login(client, "vic")
    assert 'src="/static/leaflet/leaflet.js"' in client.get("/map").text
    assert client.get("/static/leaflet/leaflet.js").status_code == 200
    assert "<rect" in client.get("/timeline").text
    assert client.get("/static/app/keys.js").status_code == 200
    outlines = client.get("/static/world.geojson")
    if outlines.status_code == 200:  # world-atlas installed (npm); the map works without it
        world = outlines.json()
        names = {f["properties"].get("name") for f in world["features"]}
        assert {"Syria", "Iraq"} <= names
        syria = next(f for f in world["features"] if f["properties"].get("name") == "Syria")
        ring = syria["geometry"]["coordinates"][0]
        assert all(35 <= lon <= 43 and 32 <= lat <= 38 for lon, lat in ring)


def test_place_search_uses_the_gazetteer(site):
    client, _ = site
    _login(client, "vic")
    found = client.get("/api/places", params={"q": "Idlib"}).json()
    assert found and found[0]["country"] == "SY" and found[0]["lat"] is not None


def test_repeated_failed_logins_lock_the_account_for_a_while(site):
    from civcas.review.throttle import PER_NAME, WINDOW_S, LoginThrottle

    client, _ = site
    now = [0.0]
    client.app.state.login_throttle = LoginThrottle(clock=lambda: now[0])

    def attempt(password: str):
        csrf = _csrf(client.get("/login").text)
        return client.post("/login", data={"name": "rita", "password": password, "csrf": csrf, "next": "/"},
                           follow_redirects=False)

    assert [attempt("nope").status_code for _ in range(PER_NAME)] == [401] * PER_NAME
    locked = attempt("a good password")  # even the right password: the lock does not check it
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) <= WINDOW_S
    assert "too many failed logins" in locked.text
    assert _login(client, "vic")  # another account from the same address still logs in
    now[0] += WINDOW_S + 1
    assert attempt("a good password").status_code == 303


def test_the_throttle_counts_per_address_and_forgets_a_success():
    from civcas.review.throttle import PER_ADDRESS, PER_NAME, LoginThrottle

    throttle = LoginThrottle(clock=lambda: 100.0)
    for k in range(PER_NAME - 1):
        throttle.failed("rita", "10.0.0.1")
    throttle.succeeded("rita")
    throttle.failed("rita", "10.0.0.1")
    assert throttle.retry_after("rita", "10.0.0.2") == 0
    for k in range(PER_ADDRESS):
        throttle.failed(f"user{k}", "10.0.0.9")
    assert throttle.retry_after("someone-else", "10.0.0.9") > 0
    assert throttle.retry_after("someone-else", "10.0.0.8") == 0
