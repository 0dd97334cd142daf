"""End to end in headless Chromium: log in, filter the list, open an incident, edit a range, see the audit entry.

Saves screenshots of the list, map and incident pages into docs/screenshots/.
Needs Debian's chromium (/usr/bin/chromium) and the playwright Python package
(never `playwright install`: the browser comes from Debian).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
if not Path(CHROMIUM).is_file() and not shutil.which("chromium"):
    pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    import uvicorn

    from civcas.review.app import create_app
    from civcas.review.auth import hash_password
    from civcas.review.synthetic import fill
    from civcas.store import Store
    from civcas.store.review import ReviewStore

    store = Store(f"sqlite:///{tmp_path / 'e2e.db'}")
    fill(store, 60)
    ReviewStore(store).add_user("rita", "reviewer", hash_password("correct horse"))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the review app did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    store.close()


def test_review_flow_in_chromium(server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        # Any request leaving 127.0.0.1 would mean a CDN asset slipped in: fail on it.
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)

        page.goto(server + "/")
        assert "/login" in page.url
        page.fill("input[name=name]", "rita")
        page.fill("input[name=password]", "correct horse")
        page.click("button[type=submit]")
        page.wait_for_url(server + "/")

        page.select_option("select[name=grade]", "fair")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**grade=fair**")
        grades = page.locator("table.incidents tbody tr td:nth-child(6) .grade").all_inner_texts()
        assert grades and all(g.startswith("fair") for g in grades)
        page.screenshot(path=str(SHOTS / "list.png"))

        page.keyboard.press("j")  # the keyboard path: select the first row, open it
        page.keyboard.press("Enter")
        page.wait_for_url("**/incidents/**")
        incident_url = page.url
        assert page.locator("mark.figure").count() >= 1  # the claim's figure highlighted in its document

        low = page.locator("input[name='range.civilians_killed.min']")
        new_low = int(low.input_value()) + 3
        low.fill(str(new_low))
        page.locator("input[name='range.civilians_killed.max']").fill(str(new_low + 2))
        page.click("#save")
        page.wait_for_url("**#audit")
        audit = page.locator("#audit table").inner_text()
        assert "rita" in audit and "range:civilians_killed" in audit and f'"min": {new_low}' in audit
        assert page.locator(".state.edited").count() >= 1
        page.goto(incident_url)
        page.screenshot(path=str(SHOTS / "incident.png"), full_page=False)
        page.locator("#documents").screenshot(path=str(SHOTS / "incident-document.png"))

        page.goto(server + "/map")
        # Locator waits, not wait_for_function: a polled JS predicate is eval'd in the page,
        # which the app's CSP (no unsafe-eval) rightly refuses whenever the map is slow to draw.
        page.locator(".leaflet-interactive").first.wait_for()
        if page.request.get(server + "/static/world.geojson").ok:  # outlines come from npm's world-atlas, if installed
            page.locator(".leaflet-overlay-pane path").nth(50).wait_for(state="attached")
        page.screenshot(path=str(SHOTS / "map.png"))

        page.goto(server + "/timeline")
        assert page.locator("svg.timeline rect").count() > 0
        page.screenshot(path=str(SHOTS / "timeline.png"))
        browser.close()
    assert outside == []
