"""The worked example's agreements (issue 19): what an analyst reads in Iran's defence minister's
interview - the 2001 and 2015 Iran-Russia agreements, Resolution 2231 and its arms restrictions
ending 2020-10-17, and the new defence agreement the two countries are to sign."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.model import Article


@pytest.fixture(scope="module")
def coded(shared_dir, coder):
    spec = json.loads((shared_dir / "examples" / "iran_russia_defense.json").read_text())
    text = (shared_dir / "examples" / spec["text_file"]).read_text()
    article = Article(id=spec["id"], text=text, published=dt.date.fromisoformat(spec["published"]))
    return text, coder.code_article(article).to_dict()


def _with_signed_year(agreements: list[dict], year: str) -> list[dict]:
    return [a for a in agreements if (a["dates"].get("signed") or {}).get("value") == year]


@pytest.mark.parametrize("year", ["2001", "2015"])
def test_the_2001_and_2015_agreements_are_historical_between_iran_and_russia(coded, year):
    _, out = coded
    found = [a for a in _with_signed_year(out["agreements"], year) if a["kind"] == "agreement"]
    assert len(found) == 1, [a["name"] for a in out["agreements"]]
    agreement = found[0]
    assert set(agreement["parties"]) == {"IRN", "RUS"}
    assert agreement["dates"]["signed"]["precision"] == "year"
    assert {s["modality"] for s in agreement["status"]} == {"historical"}


def test_resolution_2231_carries_its_arms_restrictions_and_their_expiry(coded):
    text, out = coded
    resolutions = [a for a in out["agreements"] if a["kind"] == "un_resolution"]
    assert len(resolutions) == 1
    resolution = resolutions[0]
    assert resolution["number"] == "2231"
    assert "Resolution 2231" in resolution["name"]
    assert {"IGOUNO", "IRN"} <= set(resolution["parties"])
    mentioned = [m["text"] for m in resolution["mentions"]]
    assert "Resolution 2231" in mentioned and "This restriction" in mentioned
    expiry = resolution["dates"]["expiry"]
    assert (expiry["value"], expiry["precision"], expiry["text"]) == ("2020-10-17", "day", "October 17")
    assert text[expiry["start"]:expiry["end"]] == "October 17"
    expired = [s for s in resolution["status"] if s["action"] == "expired"]
    assert expired and expired[0]["modality"] == "future"


def test_the_new_iran_russia_defence_agreement_is_still_to_be_signed(coded):
    _, out = coded
    planned = [a for a in out["agreements"] if a["kind"] == "agreement" and "signed" not in a["dates"]]
    assert len(planned) == 1
    agreement = planned[0]
    assert set(agreement["parties"]) == {"IRN", "RUS"}
    assert any(m["text"] == "a new agreement" for m in agreement["mentions"])
    assert ("signed", "future") in {(s["action"], s["modality"]) for s in agreement["status"]}


def test_every_evidence_span_points_at_its_words_in_the_text(coded):
    text, out = coded
    for agreement in out["agreements"]:
        for m in agreement["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        for s in agreement["status"]:
            ev = s["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_the_signing_events_point_to_the_agreement_they_sign(coded):
    _, out = coded
    ids = {a["id"]: a for a in out["agreements"]}
    linked = [e for e in out["events"] if e.get("agreement_id")]
    assert linked
    for event in linked:
        assert event["agreement_id"] in ids
        assert event["cameo"] in ("057", "0311", "0312", "0313", "0314", "163", "164", "165", "166", "085")
    planned = next(a for a in out["agreements"] if a["kind"] == "agreement" and "signed" not in a["dates"])
    signing = [e for e in linked if e["evidence"]["event_text"] == "sign"]
    assert signing and all(e["agreement_id"] == planned["id"] and e["cameo"] == "057" for e in signing)
    assert len({a["id"] for a in out["agreements"]}) == len(out["agreements"])
