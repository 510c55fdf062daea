"""The JSON API: every endpoint, its JSON twin contract, and bad input (4xx, one error shape)."""

from __future__ import annotations

import re
import warnings

import pytest
from dashboard_data import SAMPLE_EVENTS, build_sample_store

from eventwire.analysis.dyad import dyad
from eventwire.analysis.network import network
from eventwire.analysis.scope import make_scope
from eventwire.store.db import EventStore
from eventwire.web.app import STATIC_DIR, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about its httpx-based client
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_sample_store(tmp_path_factory.mktemp("api") / "events.duckdb")


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def _asserted_between(a: str, b: str):
    return [e for e in SAMPLE_EVENTS if e.modality == "asserted" and {e.source_country, e.target_country} == {a, b}]


def test_index_names_the_database_and_counts(client, db):
    """GET /api tells which store is served and how much it holds."""
    body = client.get("/api").json()
    assert body["database"] == str(db)
    assert body["counts"]["events"] == len(SAMPLE_EVENTS)


def test_dyad_endpoint_is_the_dyad_function(client, db):
    """/api/dyad returns exactly what analysis.dyad computes for the same parameters."""
    response = client.get("/api/dyad", params={"a": "IRN", "b": "RUS", "by": "year", "since": "2020"})
    assert response.status_code == 200
    with EventStore(db, read_only=True) as store:
        want = dyad(store, "IRN", "RUS", by="year", scope=make_scope("2020")).to_dict()
    assert response.json() == want


def test_dyad_endpoint_counts_and_options(client):
    """Totals match the written events; modality=all and one_a_day change them as documented."""
    body = client.get("/api/dyad", params={"a": "irn", "b": "rus"}).json()
    assert body["a"] == "IRN" and body["totals"]["total"]["events"] == len(_asserted_between("IRN", "RUS"))
    every = client.get("/api/dyad", params={"a": "IRN", "b": "RUS", "modality": "all"}).json()
    assert every["scope"]["modalities"] == ["asserted", "negated", "hypothetical", "future", "historical"]
    assert every["totals"]["total"]["events"] > body["totals"]["total"]["events"]
    collapsed = client.get("/api/dyad", params={"a": "IRN", "b": "RUS", "one_a_day": "true"}).json()
    assert collapsed["totals"]["total"]["events"] == body["totals"]["total"]["events"] - 1


def test_events_endpoint_pages_and_filters(client):
    """/api/events pages a dyad without overlap; each event has its id, article and evidence."""
    first = client.get("/api/events", params={"dyad": "IRN,RUS", "limit": 10}).json()
    second = client.get("/api/events", params={"dyad": "IRN,RUS", "limit": 10, "offset": 10}).json()
    assert first["total"] == len(_asserted_between("IRN", "RUS"))
    ids = [e["id"] for e in first["events"] + second["events"]]
    assert len(set(ids)) == 20
    event = first["events"][0]
    assert event["article"]["id"] and event["evidence"]["sentence"]
    coded = client.get("/api/events", params=[("code", "19"), ("code", "13"), ("actor", "UKR"), ("limit", 1000)]).json()
    want = [e for e in SAMPLE_EVENTS if e.modality == "asserted" and e.cameo[:2] in ("19", "13")
            and "UKR" in (e.source_country, e.target_country)]
    assert coded["total"] == len(want) == len(coded["events"])


def test_actors_endpoint(client):
    """/api/actors?top=2 gives the two most active actors."""
    body = client.get("/api/actors", params={"top": 2}).json()
    assert len(body["actors"]) == 2
    assert body["actors"][0]["events"] >= body["actors"][1]["events"]
    countries = client.get("/api/actors", params={"by": "country", "top": 50}).json()
    assert {a["actor"] for a in countries["actors"]} == {"IRN", "RUS", "USA", "CHN", "UKR"}


def test_network_endpoint_is_the_network_function(client, db):
    """/api/network returns what analysis.network computes."""
    body = client.get("/api/network", params={"top": 3, "code": "0"}).json()
    with EventStore(db, read_only=True) as store:
        assert body == network(store, top=3, codes=("0",)).to_dict()
    assert len(body["edges"]) == 3


def test_article_endpoint_has_text_events_and_spans(client):
    """/api/articles/ID gives the text and events whose offsets point into it."""
    body = client.get("/api/articles/art002").json()
    text = body["article"]["text"]
    assert len(body["events"]) == sum(e.article_id == "art002" for e in SAMPLE_EVENTS)
    for event in body["events"]:
        ev = event["evidence"]
        assert text[ev["source_start"]:ev["source_end"]] == ev["source_text"]
        assert text[ev["target_start"]:ev["target_end"]] == ev["target_text"]


def _is_error_shape(body: dict, status: int) -> bool:
    return set(body) == {"error"} and set(body["error"]) == {"status", "message", "parameter"} \
        and body["error"]["status"] == status and isinstance(body["error"]["message"], str) and body["error"]["message"]


BAD_REQUESTS = [
    ("/api/dyad?a=IRN", 400, "b", "missing required parameter 'b'"),
    ("/api/dyad?a=IRN&b=RUS&since=2019-13-01", 400, "since", "not a valid date"),
    ("/api/dyad?a=IRN&b=RUS&since=2022&until=2021", 400, "since", "is after until"),
    ("/api/dyad?a=IRN&b=RUS&by=decade", 400, "by", "is not one of week, month, year"),
    ("/api/dyad?a=IRN&b=IRNGOV", 400, "b", "overlap"),
    ("/api/dyad?a=IRN'%20OR%201=1--&b=RUS", 400, "a", "is not an actor code"),
    ("/api/dyad?a=IRN&b=RUS&sector=military", 400, "sector", "not a sector code"),
    ("/api/dyad?a=IRN&b=RUS&modality=maybe", 400, "modality", "unknown modality"),
    ("/api/dyad?a=IRN&b=RUS&one_a_day=perhaps", 400, "one_a_day", "valid boolean"),
    ("/api/dyad?a=IRN&b=RUS&top_codes=0", 400, "top_codes", "greater than or equal to 1"),
    ("/api/events?limit=0", 400, "limit", "greater than or equal to 1"),
    ("/api/events?limit=5000", 400, "limit", "less than or equal to 1000"),
    ("/api/events?offset=-1", 400, "offset", "greater than or equal to 0"),
    ("/api/events?limit=ten", 400, "limit", "valid integer"),
    ("/api/events?dyad=IRN", 400, "dyad", "two actors"),
    ("/api/events?sector=MIL", 400, "sector", "needs a dyad"),
    ("/api/events?code=1%3B%20DROP%20TABLE%20events", 400, "code", "not a CAMEO code prefix"),
    ("/api/events?order=random", 400, "order", "newest, oldest"),
    ("/api/actors?top=0", 400, "top", "greater than or equal to 1"),
    ("/api/actors?by=city", 400, "by", "actor, country"),
    ("/api/network?by=city", 400, "by", "country, actor"),
    ("/api/network?min_events=abc", 400, "min_events", "valid integer"),
    ("/api/network?actor=x", 400, "actor", "is not an actor code"),
    ("/api/articles/no-such-article", 404, None, "no article with id 'no-such-article'"),
    ("/api/nothing-here", 404, None, "no such page: /api/nothing-here"),
]


@pytest.mark.parametrize(("url", "status", "parameter", "message"), BAD_REQUESTS)
def test_bad_requests_get_a_4xx_with_one_error_shape(client, url, status, parameter, message):
    """Bad input is a 4xx whose body is {"error": {status, message, parameter}} naming the problem."""
    response = client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert _is_error_shape(body, status), body
    assert body["error"]["parameter"] == parameter
    assert message in body["error"]["message"]


def test_wrong_method_has_the_error_shape(client):
    """POST to a read-only endpoint is a 405 in the same error shape."""
    response = client.post("/api/dyad?a=IRN&b=RUS")
    assert response.status_code == 405 and _is_error_shape(response.json(), 405)


def test_injection_attempts_leave_the_store_intact(client):
    """Strings that look like SQL are refused as parameters and never run."""
    client.get("/api/articles/x'; DROP TABLE events; --")
    client.get("/api/events", params={"actor": "IRN'; DROP TABLE events; --"})
    assert client.get("/api").json()["counts"]["events"] == len(SAMPLE_EVENTS)


def test_openapi_documents_every_endpoint_and_the_error_shape(client):
    """/openapi.json lists the endpoints with their parameters and the error body."""
    spec = client.get("/openapi.json").json()
    assert {"/api", "/api/dyad", "/api/events", "/api/actors", "/api/network", "/api/articles/{article_id}"} <= set(spec["paths"])
    dyad_params = {p["name"] for p in spec["paths"]["/api/dyad"]["get"]["parameters"]}
    assert {"a", "b", "by", "sector", "since", "until", "modality", "one_a_day"} <= dyad_params
    assert "ErrorBody" in spec["components"]["schemas"]
    assert "400" in spec["paths"]["/api/events"]["get"]["responses"]


@pytest.mark.parametrize("page", ["/dyad", "/events?dyad=IRN,RUS", "/network", "/actors", "/articles/art001", "/docs"])
def test_dashboard_pages_are_served_as_html(client, page):
    """Each dashboard page is an HTML page."""
    response = client.get(page)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")


def test_root_redirects_to_the_dyad_view(client):
    """/ opens the dyad view."""
    response = client.get("/", follow_redirects=False)
    assert response.status_code in (302, 307) and response.headers["location"] == "/dyad"


def test_every_static_asset_referenced_is_shipped_and_nothing_is_fetched_from_elsewhere(client):
    """The pages' scripts, modules and styles are all served locally; no CDN or remote URL."""
    referenced: set[str] = set()
    for name in ("index.html", "docs.html"):
        referenced |= set(re.findall(r'(?:src|href)="(/static/[^"]+)"', (STATIC_DIR / name).read_text()))
    for script in STATIC_DIR.glob("*.js"):
        text = script.read_text()
        referenced |= {f"/static/{m[2:]}" for m in re.findall(r'from "(\./[^"]+)"', text)}
    assert "/static/app.js" in referenced and "/static/chart.js" in referenced
    for path in referenced:
        assert client.get(path).status_code == 200, path
    for asset in STATIC_DIR.iterdir():
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", asset.read_text()), asset.name


def test_serve_command_answers_on_the_port_it_names(db):
    """`eventwire serve --db DB --port P` serves /api on 127.0.0.1:P until stopped."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                body = httpx.get(f"http://127.0.0.1:{port}/api", timeout=2).json()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"the server did not answer: {server.stderr.read() if server.stderr else ''}")
                time.sleep(0.2)
        assert body["counts"]["events"] == len(SAMPLE_EVENTS)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_refuses_a_missing_database(tmp_path):
    """`eventwire serve` on a file that is not there says so and exits 2 without serving."""
    from click.testing import CliRunner

    from eventwire.cli import cli

    missing = tmp_path / "none.duckdb"
    result = CliRunner().invoke(cli, ["serve", "--db", str(missing), "--port", "1"])
    assert result.exit_code == 2
    assert f"error E400: {missing}: no such database; " in result.output
