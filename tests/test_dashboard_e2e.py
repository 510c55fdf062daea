"""The dashboard driven like a user, in headless Chromium: pick a dyad, read the chart and
the events table against the API's JSON, open an article, look at the network.

Needs Debian's /usr/bin/chromium (scripts/install.sh installs it when run as root) and the
`playwright` Python package; skipped without them.  Set EVENTWIRE_DOCS_SCREENSHOTS=1 to
refresh the screenshots under docs/img/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
from dashboard_data import build_sample_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DOCS_IMG = Path(__file__).resolve().parent.parent / "docs" / "img"

playwright_sync = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    import uvicorn

    from eventwire.web.app import create_app

    db = build_sample_store(tmp_path_factory.mktemp("e2e") / "events.duckdb")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not errors, f"script errors in the page: {errors}"


def _screenshot(page, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    page.screenshot(path=str(out))  # the first screen: form, figures and chart
    if os.environ.get("EVENTWIRE_DOCS_SCREENSHOTS"):
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copy(out, DOCS_IMG / name)
    return out


def _api(base_url: str, path: str, **params) -> dict:
    response = httpx.get(f"{base_url}/api{path}", params=params, timeout=10)
    response.raise_for_status()
    return response.json()


def _periods_on_chart(page) -> list[dict]:
    return page.eval_on_selector_all(
        "svg.chart g.period",
        "groups => groups.map(g => ({label: g.dataset.label, events: +g.dataset.events,"
        " cooperation: +g.dataset.cooperation, conflict: +g.dataset.conflict,"
        " mean: g.dataset.goldsteinMean === '' ? null : +g.dataset.goldsteinMean}))",
    )


def _periods_in_json(report: dict, direction: str) -> list[dict]:
    return [{"label": p["label"], "events": p[direction]["events"], "cooperation": p[direction]["cooperation"],
             "conflict": p[direction]["conflict"], "mean": p[direction]["goldstein_mean"]} for p in report["periods"]]


def test_picking_a_dyad_draws_the_numbers_the_api_gives(page, base_url, tmp_path):
    """Pick IRN-RUS by year: chart bars, cards, totals and events table match /api JSON;
    then open an article from the table and see its events highlighted."""
    page.goto(f"{base_url}/dyad")
    page.wait_for_url("**/dyad?a=*")  # the busiest dyad is shown first
    page.fill("#dyad-form input[name=a]", "IRN")
    page.fill("#dyad-form input[name=b]", "RUS")
    page.select_option("#dyad-form select[name=by]", "year")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_url("**/dyad?a=IRN&b=RUS&by=year")
    page.wait_for_selector("#dyad-events tbody tr")

    report = _api(base_url, "/dyad", a="IRN", b="RUS", by="year")
    assert _periods_on_chart(page) == _periods_in_json(report, "total")
    assert page.inner_text("#total-events .value") == str(report["totals"]["total"]["events"])
    assert page.inner_text("#total-conflict .value") == str(report["totals"]["total"]["conflict"])
    cell = page.inner_text("#dyad-totals tr[data-direction=a_to_b] td[data-field=material_conflict]")
    assert cell == str(report["totals"]["a_to_b"]["material_conflict"])

    page.select_option("#direction", "b_to_a")
    page.wait_for_selector("svg.chart[data-direction=b_to_a]")
    assert _periods_on_chart(page) == _periods_in_json(report, "b_to_a")
    page.select_option("#direction", "total")

    events = _api(base_url, "/events", dyad="IRN,RUS", limit=25)
    assert page.inner_text("#dyad-events-holder .page-info") == f"events 1–25 of {events['total']}"
    rows = page.eval_on_selector_all(
        "#dyad-events tbody tr",
        "rows => rows.map(r => ({id: r.dataset.eventId,"
        " event: r.querySelector('mark.hl-event')?.textContent,"
        " source: r.querySelector('mark.hl-source')?.textContent,"
        " target: r.querySelector('mark.hl-target')?.textContent}))",
    )
    assert [r["id"] for r in rows] == [e["id"] for e in events["events"]]
    for row, event in zip(rows, events["events"]):
        ev = event["evidence"]
        assert (row["event"], row["source"], row["target"]) == (ev["event_text"], ev["source_text"], ev["target_text"])
    shot = _screenshot(page, tmp_path, "dashboard-dyad.png")
    assert shot.stat().st_size > 20_000

    first = events["events"][0]
    page.click(f"#dyad-events tr[data-event-id='{first['id']}'] td:last-child a")
    page.wait_for_url(f"**/articles/{first['article']['id']}")
    page.wait_for_selector("#article-text")
    article = _api(base_url, f"/articles/{first['article']['id']}")
    assert page.inner_text("h2") == article["article"]["title"]
    assert page.locator("#article-events li").count() == len(article["events"])
    marked = page.eval_on_selector_all("#article-text mark.hl-event", "ms => ms.map(m => m.textContent)")
    assert sorted(marked) == sorted(e["evidence"]["event_text"] for e in article["events"])
    page.click("#article-events li[data-event='0']")
    assert page.locator("#article-text mark.active").count() >= 1
    _screenshot(page, tmp_path, "dashboard-article.png")


def test_network_view_draws_the_api_edges_and_opens_a_dyad(page, base_url, tmp_path):
    """The network shows one line per API edge; clicking an edge opens that dyad."""
    page.goto(f"{base_url}/network")
    page.wait_for_selector("svg.network path.edge")
    data = _api(base_url, "/network", top=60)
    drawn = page.eval_on_selector_all(
        "svg.network path.edge", "ps => ps.map(p => [p.dataset.source, p.dataset.target, +p.dataset.events])")
    assert drawn == [[e["source"], e["target"], e["events"]] for e in data["edges"]]
    _screenshot(page, tmp_path, "dashboard-network.png")
    edge = data["edges"][0]
    page.dispatch_event(f"svg.network path.edge[data-source={edge['source']}][data-target={edge['target']}]", "click")
    page.wait_for_url(f"**/dyad?a={edge['source']}&b={edge['target']}")
    page.wait_for_selector("svg.chart")


def test_a_bad_parameter_in_the_address_shows_the_api_message(page, base_url):
    """/dyad?...&since=2019-13 shows the API's error message instead of a chart."""
    page.goto(f"{base_url}/dyad?a=IRN&b=RUS&since=2019-13")
    error = page.wait_for_selector(".error")
    assert error.inner_text() == ("Error 400: '2019-13' is not a valid date: month must be in 1..12 "
                                  "(parameter since)")
