"""/api/agreements and /api/agreements/{id}: the register as JSON, with filters, one agreement's
dates side by side, its timeline and linked events; bad parameters are 400 naming the parameter."""

from __future__ import annotations

import pytest
from dashboard_data import AGREEMENT_ARTICLES, HOSTILE_NAME, build_agreement_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    import warnings

    from eventwire.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's notice about its httpx-based client
        from fastapi.testclient import TestClient

    db = build_agreement_store(tmp_path_factory.mktemp("api-agreements") / "events.duckdb")
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def _resolution(client) -> dict:
    listed = client.get("/api/agreements", params={"kind": "un_resolution"}).json()["agreements"]
    assert len(listed) == 1
    return listed[0]


def test_the_register_lists_one_entry_per_agreement(client):
    body = client.get("/api/agreements").json()
    assert body["total"] == 2
    names = sorted(a["name"] for a in body["agreements"])
    assert names == sorted(["UN Security Council Resolution 2231", HOSTILE_NAME])
    resolution = _resolution(client)
    assert (resolution["articles"], resolution["mentions"]) == (3, 3)


def test_filters_by_party_kind_and_expiry(client):
    by_party = client.get("/api/agreements", params={"party": "rus"}).json()["agreements"]
    assert [a["name"] for a in by_party] == [HOSTILE_NAME]
    expiring = client.get("/api/agreements", params={"expiring_before": "2020-12-31"}).json()["agreements"]
    assert [a["number"] for a in expiring] == ["2231"]
    assert client.get("/api/agreements", params={"expiring_before": "2020-10-18"}).json()["agreements"] == []


def test_one_agreement_keeps_both_expiry_dates_with_their_articles_and_its_timeline(client):
    entry = client.get(f"/api/agreements/{_resolution(client)['id']}").json()
    expiry = {d["value"]: [s["article_id"] for s in d["sources"]] for d in entry["dates"]["expiry"]}
    written = {s.expiry: [s.article_id] for s in AGREEMENT_ARTICLES if s.expiry}
    assert expiry == written
    assert [t["article_id"] for t in entry["timeline"]] == [s.article_id for s in
                                                           sorted(AGREEMENT_ARTICLES, key=lambda s: s.published)]
    assert entry["events"] == []


def test_the_signed_pact_lists_the_event_that_points_to_it(client):
    pact = client.get("/api/agreements", params={"kind": "agreement"}).json()["agreements"][0]
    entry = client.get(f"/api/agreements/{pact['id']}").json()
    assert [(e["cameo"], e["source_actor"], e["target_actor"]) for e in entry["events"]] == [("057", "IRNGOV",
                                                                                              "RUSGOV")]
    assert entry["events"][0]["agreement_id"] == "agr3-pact"


def test_bad_parameters_and_unknown_ids_are_errors_that_say_which(client):
    bad_kind = client.get("/api/agreements", params={"kind": "pact"})
    assert bad_kind.status_code == 400 and bad_kind.json()["error"]["parameter"] == "kind"
    bad_day = client.get("/api/agreements", params={"expiring_before": "soon"})
    assert bad_day.status_code == 400 and bad_day.json()["error"]["parameter"] == "expiring_before"
    missing = client.get("/api/agreements/0123456789ab")
    assert missing.status_code == 404 and "0123456789ab" in missing.json()["error"]["message"]
