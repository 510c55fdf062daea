"""The dashboard driven like a user, in headless Chromium: pick a dyad, read the chart and
the events table against the API's JSON, open an article, look at the network; then a store
of hostile strings (no script runs, no javascript: link) and of ids holding "/", "?", "#",
"%" and non-ASCII (each opens from the events table).  Every page is checked to work under
the server's Content-Security-Policy (no violation reported).

Needs Debian's /usr/bin/chromium (scripts/install.sh installs it when run as root) and the
`playwright` Python package; skipped without them.  Set EVENTWIRE_DOCS_SCREENSHOTS=1 to
refresh the screenshots under docs/img/.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import httpx
import pytest
from dashboard_data import HOSTILE_NAME, build_agreement_store, build_sample_store
from hostile_data import (
    AWKWARD_IDS,
    BAD_URLS,
    GOOD_URLS,
    HOSTILE,
    HOSTILE_COPY_ID,
    HOSTILE_ID,
    JS_ID,
    build_hostile_store,
    payload,
)

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


@contextlib.contextmanager
def _serving(db: Path) -> Iterator[str]:
    import uvicorn

    from eventwire.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    with _serving(build_sample_store(tmp_path_factory.mktemp("e2e") / "events.duckdb")) as url:
        yield url


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    with _serving(build_hostile_store(tmp_path_factory.mktemp("hostile") / "events.duckdb")) as url:
        yield url


@pytest.fixture(scope="module")
def agreements_url(tmp_path_factory):
    with _serving(build_agreement_store(tmp_path_factory.mktemp("agreements") / "events.duckdb")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# Reports what the Content-Security-Policy blocks, on every page a context opens.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation",
  (e) => window.reportCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
"""


def _context(browser, violations: list[str]):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.expose_function("reportCspViolation", lambda text: violations.append(text))
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    return context


@pytest.fixture
def page(browser):
    """A page whose script errors, dialogs (alert) and CSP violations fail the test."""
    violations: list[str] = []
    context = _context(browser, violations)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"a dialog opened: {d.message}"), d.dismiss()))
    yield page
    context.close()
    assert not errors, f"script errors in the page: {errors}"
    assert not violations, f"the Content-Security-Policy blocked: {violations}"


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


# ---- hostile strings, link policy, awkward ids ------------------------------------------

# Whatever the page shows must be inert: no inline handler attribute anywhere, no element
# that only markup from data could have made, and no link that is not http(s).
AUDIT_DOM = """() => {
  const found = [];
  for (const node of document.querySelectorAll("*")) {
    for (const attr of node.attributes) {
      if (attr.name.toLowerCase().startsWith("on")) found.push(`${node.tagName} ${attr.name}`);
    }
  }
  const made = 'img, iframe, object, embed, frame, svg:not(.chart):not(.network), script:not([src="/static/app.js"])';
  for (const node of document.querySelectorAll(made)) found.push(node.outerHTML.slice(0, 80));
  for (const a of document.querySelectorAll("a")) {
    const href = a.getAttribute("href");
    if (href !== null && !["http:", "https:"].includes(new URL(href, location.href).protocol)) found.push(`link ${href}`);
  }
  return found;
}"""


def _assert_inert(page) -> None:
    assert page.evaluate("() => window.__xss") is None, "a payload ran"
    assert page.evaluate(AUDIT_DOM) == []


def _article_path_is(article_id: str):
    return lambda url: unquote(urlsplit(url).path) == f"/articles/{article_id}"


def _event_of(base_url: str, article_id: str) -> dict:
    events = _api(base_url, "/events", limit=1000)["events"]
    return next(e for e in events if e["article"]["id"] == article_id)


def test_hostile_strings_are_shown_as_text_and_never_run(page, hostile_url):
    """A payload in every field the dashboard shows is drawn as the same text, runs nothing,
    makes no element and no javascript: link: events table, article, its copy, other views."""
    page.goto(f"{hostile_url}/events")
    event = _event_of(hostile_url, HOSTILE_ID)
    row = f"#events-table tr[data-event-id='{event['id']}']"
    page.wait_for_selector(row)
    assert page.text_content(f"{row} mark.hl-event") == payload("event")
    assert page.text_content(f"{row} mark.hl-source") == payload("source")
    assert page.text_content(f"{row} mark.hl-target") == payload("target")
    assert payload("source name") in page.get_attribute(f"{row} td:nth-child(2)", "title")
    assert page.text_content(f"{row} td:last-child a") == payload("title")
    _assert_inert(page)

    page.click(f"{row} td:last-child a")
    page.wait_for_url(_article_path_is(HOSTILE_ID))
    page.wait_for_selector("#article-text")
    article = HOSTILE.article
    assert page.text_content("h2") == article.title
    assert page.text_content("#article-text") == article.text
    meta = page.text_content(".meta")
    for text in (article.publisher, article.language, f"source: {article.url}", f"id {article.id}"):
        assert text in meta
    assert page.locator(".meta a").count() == 0  # the javascript: url is text, not a link
    assert payload("warning") in page.text_content("main")
    assert page.text_content("#article-events li[data-event='0'] mark.hl-event") == payload("event")
    assert page.text_content("#article-events .place") == f" in {payload('place')}"
    quote_item = page.text_content("#article-quotes li")
    assert payload("quote") in quote_item and payload("speaker") in quote_item
    _assert_inert(page)

    page.goto(f"{hostile_url}/articles/{quote(HOSTILE_COPY_ID, safe='')}")
    page.wait_for_selector("main .status a")
    assert page.text_content("h2") == payload("copy title")
    _assert_inert(page)
    page.click("main .status a")  # "A copy of <original>" opens the original
    page.wait_for_url(_article_path_is(HOSTILE_ID))
    page.wait_for_selector("#article-text")
    _assert_inert(page)

    for view, ready in (("/dyad?a=RUS&b=UKR", "#dyad-events tbody tr"), ("/actors", "#actors-table tbody tr"),
                        ("/network", "svg.network path.edge")):
        page.goto(f"{hostile_url}{view}")
        page.wait_for_selector(ready)
        _assert_inert(page)


def test_only_http_urls_become_source_links(page, hostile_url):
    """An article's url is a link only when it is http(s); anything else is plain text."""
    for number, url in enumerate(BAD_URLS + GOOD_URLS):
        page.goto(f"{hostile_url}/articles/url{number}")
        page.wait_for_selector("#article-text")
        if url in GOOD_URLS:
            link = page.locator(".meta a.external")
            assert link.count() == 1 and link.text_content() == "source"
            assert link.get_attribute("href") == page.evaluate("(u) => new URL(u).href", url)
            assert set(link.get_attribute("rel").split()) >= {"noopener", "noreferrer"}
        else:
            assert page.locator(".meta a").count() == 0, url
            assert page.text_content(".meta .url-text") == f"source: {url}"
        _assert_inert(page)


def test_articles_with_awkward_ids_open_from_the_events_table(page, hostile_url):
    """Ids with '/', '?', '#', '&', '%', spaces and non-ASCII (feed URLs) open when clicked,
    and the page's JSON link names the same article."""
    page.goto(f"{hostile_url}/events")
    page.wait_for_selector("#events-table tbody tr")
    for article_id in (*AWKWARD_IDS, JS_ID, HOSTILE_ID):
        event = _event_of(hostile_url, article_id)
        link = f"#events-table tr[data-event-id='{event['id']}'] td:last-child a"
        page.click(link)
        page.wait_for_url(_article_path_is(article_id))
        page.wait_for_selector("#article-text")
        assert page.text_content("h2") == event["article"]["title"]
        twin = page.evaluate("() => document.getElementById('json-twin').href")
        assert httpx.get(twin, timeout=10).json()["article"]["id"] == article_id
        page.go_back()
        page.wait_for_selector(link)
        _assert_inert(page)


def test_the_content_security_policy_blocks_injected_markup(browser, hostile_url):
    """Were markup ever injected, the policy would refuse its inline handler and script."""
    violations: list[str] = []
    context = _context(browser, violations)
    page = context.new_page()
    try:
        response = page.goto(f"{hostile_url}/events")
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
        page.wait_for_selector("#events-table tbody tr")
        page.evaluate("""() => {
          const holder = document.createElement("div");
          holder.innerHTML = '<img src="/static/none.png" onerror="window.__xss=1">';
          const script = document.createElement("script");
          script.textContent = "window.__xss = 2";
          document.body.append(holder, script);
        }""")
        page.wait_for_timeout(300)
        assert page.evaluate("() => window.__xss") is None
        assert any(v.startswith("script-src") for v in violations), violations
    finally:
        context.close()


def _wait_for_rows(page, selector: str, count: int, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while page.locator(selector).count() != count:
        assert time.monotonic() < deadline, f"{selector}: {page.locator(selector).count()} rows, expected {count}"
        page.wait_for_timeout(100)


def test_the_agreements_page_lists_the_register_and_opens_one_agreement(page, agreements_url, tmp_path):
    """/agreements shows the API's entries; an agreement's page shows its parties, every expiry date
    with the articles that gave it, the timeline of mentions and status changes, and linked events."""
    page.goto(f"{agreements_url}/agreements")
    page.wait_for_selector("#agreements-table tbody tr")
    listed = _api(agreements_url, "/agreements")["agreements"]
    rows = page.eval_on_selector_all("#agreements-table tbody tr", "rows => rows.map(r => r.dataset.agreementId)")
    assert rows == [a["id"] for a in listed]

    page.select_option("#agreements-form select[name=kind]", "un_resolution")
    page.click("#agreements-form button[type=submit]")
    page.wait_for_url("**/agreements?kind=un_resolution")
    # polled from Python: a string wait_for_function is an eval the page's CSP (rightly) refuses
    _wait_for_rows(page, "#agreements-table tbody tr", 1)
    resolution = _api(agreements_url, "/agreements", kind="un_resolution")["agreements"][0]
    page.click(f"#agreements-table tr[data-agreement-id='{resolution['id']}'] td:first-child a")
    page.wait_for_url(f"**/agreements/{resolution['id']}")
    page.wait_for_selector("#agreement-timeline li")
    entry = _api(agreements_url, f"/agreements/{resolution['id']}")
    assert page.inner_text("h2") == entry["name"]
    assert "parties: IGOUNO, IRN" in page.inner_text(".meta")
    dates = page.eval_on_selector_all("#agreement-dates tbody tr",
                                      "rows => rows.map(r => [...r.cells].map(c => c.innerText))")
    assert sorted((d[1].split()[0], d[3]) for d in dates) == sorted(
        (d["value"], ", ".join(s["article_id"] for s in d["sources"])) for d in entry["dates"]["expiry"])
    timeline = page.eval_on_selector_all("#agreement-timeline li", "items => items.map(i => i.dataset.action)")
    assert timeline == [t["action"] for t in entry["timeline"]]
    _screenshot(page, tmp_path, "dashboard-agreement.png")

    page.click("#agreement-timeline li:first-child a")
    page.wait_for_url(f"**/articles/{entry['timeline'][0]['article_id']}")
    page.wait_for_selector("#article-text")


def test_an_agreement_named_with_markup_is_text_and_its_signing_event_is_listed(page, agreements_url):
    pact = _api(agreements_url, "/agreements", kind="agreement")["agreements"][0]
    page.goto(f"{agreements_url}/agreements")
    page.wait_for_selector("#agreements-table tbody tr")
    assert page.text_content(f"#agreements-table tr[data-agreement-id='{pact['id']}'] td:first-child a") == HOSTILE_NAME
    _assert_inert(page)
    page.click(f"#agreements-table tr[data-agreement-id='{pact['id']}'] td:first-child a")
    page.wait_for_selector("#agreement-events tbody tr")
    assert page.text_content("h2") == HOSTILE_NAME
    events = _api(agreements_url, f"/agreements/{pact['id']}")["events"]
    ids = page.eval_on_selector_all("#agreement-events tbody tr", "rows => rows.map(r => r.dataset.eventId)")
    assert ids == [e["id"] for e in events] and len(ids) == 1
    _assert_inert(page)
