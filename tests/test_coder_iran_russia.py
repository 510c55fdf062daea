"""The worked example: Iran's defence minister in Russia (shared/examples)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.model import Article


@pytest.fixture(scope="module")
def example(shared_dir):
    spec = json.loads((shared_dir / "examples" / "iran_russia_defense.json").read_text())
    text = (shared_dir / "examples" / spec["text_file"]).read_text()
    return spec, text


@pytest.fixture(scope="module")
def coded(example, coder):
    spec, text = example
    article = Article(id=spec["id"], text=text, published=dt.date.fromisoformat(spec["published"]))
    return coder.code_article(article).to_dict()


def _matches(event: dict, want: dict) -> bool:
    sources = [want["source_actor"], *want.get("source_alternatives", [])] if "source_actor" in want else None
    targets = [want["target_actor"], *want.get("target_alternatives", [])] if "target_actor" in want else None
    if sources is not None and event["source_actor"] not in sources:
        return False
    if targets is not None and event["target_actor"] not in targets:
        return False
    if event["cameo"] not in want["cameo"]:
        return False
    if "plover" in want and event["plover"]["event"] != want["plover"]:
        return False
    if "plover_mode" in want and event["plover"]["mode"] != want["plover_mode"]:
        return False
    if "plover_context" in want and want["plover_context"] not in event["plover"]["context"]:
        return False
    if "modality" in want and event["modality"] != want["modality"]:  # noqa: SIM103 - one check per field
        return False
    return True


def test_every_must_event_is_coded_with_evidence(example, coded):
    """Each `must` event of the example appears, with a readable evidence sentence and spans."""
    spec, text = example
    for want in spec["expected"]["must"]:
        hits = [e for e in coded["events"] if _matches(e, want)]
        got = [(e["source_actor"], e["cameo"], e["target_actor"], e["modality"]) for e in coded["events"]]
        assert hits, f"missing: {want['what']}; got {got}"
        ev = hits[0]["evidence"]
        assert ev["sentence"] and text[ev["event_start"]:ev["event_end"]] == ev["event_text"]
        assert ev["lexicon_entry"]


def test_historical_agreements_and_sanctions_are_not_current_events(example, coded):
    """The 2001/2015 agreements and the Resolution 2231 restrictions are never asserted events."""
    spec, _ = example
    current = [e for e in coded["events"] if e["modality"] == "asserted"]
    for banned in spec["expected"]["must_not_be_current_events"]:
        bad = [e for e in current if e["cameo"] in banned["cameo"]]
        assert not bad, f"{banned['what']}: {bad[0]['evidence']['sentence']}"


def test_quotes_are_attributed_to_hatami(coded):
    """Every quoted passage is attributed to Iran's defence minister."""
    quotes = [q for q in coded["quotes"] if q["direct"]]
    assert quotes
    for q in quotes:
        assert q["speaker"]["country"] == "IRN", q
        assert "Hatami" in q["speaker"]["name"], q
