"""The server against hostile data, awkward ids and a damaged store (issue 14, web part).

- Security headers (a strict Content-Security-Policy and friends) on every response.
- Stored strings reach the browser only as JSON: the HTML pages are static shells that
  hold no stored data, and the API returns every hostile string unchanged.
- Article ids holding "/", "?", "#", "%", spaces or non-ASCII reach their article.
- A truncated or corrupt store answers the documented 503 on every page and endpoint,
  and `eventwire serve` says so in one line when it starts.

The browser side (what the page draws, that nothing runs, the link policy, clicking
awkward ids) is in test_dashboard_e2e.py.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import quote

import duckdb
import httpx
import pytest
from dashboard_data import build_sample_store
from hostile_data import (
    AWKWARD_IDS,
    BAD_URLS,
    HOSTILE,
    HOSTILE_COPY_ID,
    HOSTILE_ID,
    JS_ID,
    MARK,
    build_hostile_store,
)

from eventwire.web.app import create_app
from eventwire.web.security import SECURITY_HEADERS

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about its httpx-based client
    from fastapi.testclient import TestClient

PAGES = ("/dyad", "/events", "/network", "/actors", "/articles/art001")
ENDPOINTS = ("/api", "/api/dyad?a=IRN&b=RUS", "/api/events", "/api/actors", "/api/network", "/api/articles/art001")


def _path(article_id: str) -> str:
    return quote(article_id, safe="")  # as the dashboard's encodeURIComponent


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    return build_hostile_store(tmp_path_factory.mktemp("hostile") / "events.duckdb")


@pytest.fixture(scope="module")
def client(hostile_db):
    with TestClient(create_app(hostile_db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("sample") / "events.duckdb")


# ---- headers -------------------------------------------------------------------------------


def test_the_content_security_policy_is_strict():
    """Scripts, styles and fetches from this origin only; no inline code, no framing."""
    directives = dict(d.strip().split(" ", 1) for d in SECURITY_HEADERS["Content-Security-Policy"].split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["connect-src"] == "'self'" and directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert not any("unsafe" in value or "*" in value for value in directives.values())


@pytest.mark.parametrize("url", [
    *PAGES, f"/articles/{_path(HOSTILE_ID)}", "/docs", "/", "/openapi.json", "/static/app.js", "/static/style.css",
    *ENDPOINTS, "/api/articles/none", "/api/events?limit=0", "/nothing-here",
])
def test_every_response_carries_the_security_headers(client, url):
    """Pages, API answers, errors, static files: all with the CSP, nosniff and the rest."""
    response = client.get(url, follow_redirects=False)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (url, name)
    assert response.headers.get_list("content-security-policy") == [SECURITY_HEADERS["Content-Security-Policy"]]


def test_an_internal_error_carries_the_security_headers_too(client, monkeypatch):
    """A 500 (a bug) is answered outside the middleware, and still has the headers."""
    reader = client.app.state.reader

    def broken(sql, params=None):
        raise duckdb.BinderException("Binder Error: a bug in a query")

    monkeypatch.setattr(reader._store, "query", broken)
    response = client.get("/api/events")
    assert response.status_code == 500
    assert response.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]


# ---- hostile strings ----------------------------------------------------------------------


@pytest.mark.parametrize("page", [*PAGES, f"/articles/{_path(HOSTILE_ID)}", f"/articles/{_path(HOSTILE_COPY_ID)}"])
def test_pages_are_static_shells_without_stored_data(client, page):
    """The HTML served holds no stored string: the page's one script draws the data as text."""
    response = client.get(page)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert MARK not in response.text and "javascript:" not in response.text
    assert re.findall(r"<script[^>]*>", response.text) == ['<script type="module" src="/static/app.js">']


def test_the_api_returns_hostile_strings_unchanged_as_json(client):
    """Every hostile field comes back exactly as stored, as JSON (never sniffed as HTML)."""
    response = client.get(f"/api/articles/{_path(HOSTILE_ID)}")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    body = response.json()
    article, stored = body["article"], HOSTILE.article
    for field in ("id", "title", "text", "publisher", "language", "url"):
        assert article[field] == getattr(stored, field), field
    assert article["warnings"] == list(HOSTILE.warnings)
    event, want = body["events"][0], HOSTILE.events[0]
    assert event["actor"]["text"] == want.source.text and event["actor"]["name"] == want.source.name
    assert event["recipient"]["text"] == want.target.text and event["recipient"]["name"] == want.target.name
    assert event["evidence"]["event_text"] == want.evidence.event_text
    assert event["evidence"]["sentence"] == want.evidence.sentence
    assert event["location"]["name"] == want.location.name
    assert body["quotes"][0]["text"] == HOSTILE.quotes[0].text
    assert body["quotes"][0]["speaker_name"] == HOSTILE.quotes[0].speaker.name
    listed = client.get("/api/events", params={"limit": 1000}).json()["events"]
    assert any(e["article"]["title"] == stored.title and e["article"]["url"] == stored.url for e in listed)


def test_the_link_policy_is_in_one_helper_used_for_every_link():
    """dom.js decides what may become a link; no other script sets a URL attribute itself."""
    from eventwire.web.app import STATIC_DIR

    dom = (STATIC_DIR / "dom.js").read_text()
    assert "export function safeUrl" in dom and "export function externalLink" in dom
    for script in STATIC_DIR.glob("*.js"):
        text = script.read_text()
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "document.write" not in text, script
        assert not re.search(r"style\s*:", text), f"{script.name}: inline style is refused by the CSP"
        if script.name != "dom.js":
            assert "setAttribute" not in text and "encodeURIComponent(" not in text.replace(
                "decodeURIComponent(", ""), script.name
    app = (STATIC_DIR / "app.js").read_text()
    assert "externalLink(article.url" in app and 'el("a"' not in app


# ---- awkward ids --------------------------------------------------------------------------


@pytest.mark.parametrize("article_id", [*AWKWARD_IDS, HOSTILE_ID, HOSTILE_COPY_ID, JS_ID])
def test_ids_with_slashes_and_other_characters_reach_their_article(client, article_id):
    """/api/articles/ID (ID percent-encoded, as the dashboard sends it) and /articles/ID."""
    response = client.get(f"/api/articles/{_path(article_id)}")
    assert response.status_code == 200, response.text
    assert response.json()["article"]["id"] == article_id
    page = client.get(f"/articles/{_path(article_id)}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")


def test_a_slash_in_an_id_may_also_be_sent_as_it_is(client):
    """`/api/articles/feed/a/1` names the article `feed/a/1` too (the id is the rest of the path)."""
    assert client.get("/api/articles/feed/a/1").json()["article"]["id"] == "feed/a/1"
    assert client.get("/articles/feed/a/1").status_code == 200


def test_an_unknown_id_with_a_slash_is_a_404_naming_it(client):
    response = client.get(f"/api/articles/{_path('feed/none/9')}")
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "no article with id 'feed/none/9'"


def test_the_openapi_path_of_an_article_is_unchanged(client):
    assert "/api/articles/{article_id}" in client.get("/openapi.json").json()["paths"]


def test_bad_urls_are_stored_and_served_as_data(client):
    """The store keeps a bad url as it came (the API is data); the dashboard decides the link."""
    for number, url in enumerate(BAD_URLS):
        assert client.get(f"/api/articles/url{number}").json()["article"]["url"] == url


# ---- a damaged store ----------------------------------------------------------------------


def _truncated(sample_db: Path, tmp_path: Path, name: str = "truncated.duckdb") -> Path:
    """As `head -c N good.duckdb > t.duckdb`: the first half of a good store."""
    data = sample_db.read_bytes()
    out = tmp_path / name
    out.write_bytes(data[: len(data) // 2])
    return out


def _corrupt(sample_db: Path, tmp_path: Path) -> Path:
    """A store of the full size whose data blocks (all but the first) were overwritten."""
    data = bytearray(sample_db.read_bytes())
    header, block = 3 * 4096, 256 * 1024
    for start in range(header + block, len(data), block):
        data[start + 8:start + 4096] = b"\x5a" * (4096 - 8)
    out = tmp_path / "corrupt.duckdb"
    out.write_bytes(bytes(data))
    return out


def _assert_all_503(app, *, reason: str) -> None:
    with TestClient(app, raise_server_exceptions=False) as c:
        for url in ENDPOINTS:
            response = c.get(url)
            assert response.status_code == 503, (url, response.text)
            error = response.json()["error"]
            assert error["status"] == 503 and "the store cannot be read" in error["message"], url
            assert reason in error["message"] and "rebuild it" in error["message"]
        for url in PAGES:
            response = c.get(url)
            assert response.status_code == 503 and response.headers["content-type"].startswith("text/html"), url
            assert "the store cannot be read" in response.text and reason in response.text
            assert response.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]
        assert c.get("/docs").status_code == 200  # the API reference needs no store


def test_a_truncated_store_answers_503_everywhere(sample_db, tmp_path):
    """`head -c` of a good store: every endpoint a 503 JSON error, every page a 503 HTML one."""
    app = create_app(_truncated(sample_db, tmp_path))
    assert "it is truncated" in app.state.reader.problem
    _assert_all_503(app, reason="it is truncated")


def test_a_corrupt_store_answers_503_everywhere(sample_db, tmp_path):
    """Damaged blocks in a store of the right size: 503 as well, naming the checksum."""
    app = create_app(_corrupt(sample_db, tmp_path))
    _assert_all_503(app, reason="truncated or corrupt")


def test_the_html_error_page_escapes_the_store_name(sample_db, tmp_path):
    """The 503 page quotes the file name; a name with markup in it is shown as text."""
    app = create_app(_truncated(sample_db, tmp_path, name='<img src=x onerror="alert(1)">.duckdb'))
    with TestClient(app, raise_server_exceptions=False) as c:
        page = c.get("/dyad").text
    assert "<img" not in page and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.duckdb" in page


def test_a_read_failing_while_serving_is_a_503_and_a_bug_is_a_500(sample_db, monkeypatch):
    """A damaged block met by a query is a 503; any other DuckDB error is a bug (500)."""
    app = create_app(sample_db)
    reader = app.state.reader
    assert reader.problem is None
    with TestClient(app, raise_server_exceptions=False) as c:
        for error in (duckdb.IOException('IO Error: Could not read enough bytes from file "x"'),
                      duckdb.Error("Corrupt database file: computed checksum 1 does not match stored checksum 2"),
                      duckdb.FatalException("FATAL Error: database has been invalidated")):
            def fail(sql, params=None, error=error):
                raise error

            monkeypatch.setattr(reader._store, "query", fail)
            response = c.get("/api/events")
            assert response.status_code == 503, response.text
            assert str(error).splitlines()[0] in response.json()["error"]["message"]

        def bug(sql, params=None):
            raise duckdb.BinderException("Binder Error: column q does not exist")

        monkeypatch.setattr(reader._store, "query", bug)
        response = c.get("/api/events")
        assert response.status_code == 500 and "BinderException" in response.json()["error"]["message"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_on_a_truncated_store_says_so_in_one_line_and_answers_503(sample_db, tmp_path):
    """`eventwire serve --db t.duckdb`: one line on stderr naming the file and the cause (no
    traceback), then every request a 503 with that message."""
    store = _truncated(sample_db, tmp_path)
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-m", "eventwire", "serve", "--db", str(store), "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=stderr, text=True,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"the server did not answer: {log.read_text()}")
                time.sleep(0.2)
        assert response.status_code == 503
        assert "it is truncated" in response.json()["error"]["message"]
        page = httpx.get(f"http://127.0.0.1:{port}/dyad", timeout=2)
        assert page.status_code == 503 and "it is truncated" in page.text
    finally:
        server.terminate()
        server.wait(timeout=10)
    output = log.read_text()
    lines = [line for line in output.splitlines() if "cannot be read" in line]
    assert len(lines) == 1, output
    assert lines[0].startswith(f"eventwire: error E400: {store}: the store cannot be read: the file is ")
    assert lines[0].endswith("every page and /api endpoint will answer 503")
    assert "Traceback" not in output
