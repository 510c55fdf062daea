"""The time/place gold set: well-formed, scored correctly, and our functions measured on it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import read_jsonl

from eventwire.evaluation.time_place import place_accuracy, score_functions, score_time_place
from eventwire.time_place.dates import historical_years, resolve_event_date

GOLD = Path(__file__).parent / "gold" / "time_place.jsonl"


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return read_jsonl(GOLD)


def test_gold_set_is_well_formed_and_covers_dates_places_and_speakers(gold):
    """At least 60 records; every item's fields have the documented types; all three areas covered."""
    assert len(gold) >= 60
    assert len({r["id"] for r in gold}) == len(gold)
    counts = {"date": 0, "relative": 0, "place": 0, "speaker": 0}
    for record in gold:
        assert record["text"] and isinstance(record["notes"], str)
        for item in record["expected"]:
            if "event_date" in item:
                counts["date"] += 1
                if item["event_date"] is not None:
                    dt.date.fromisoformat(item["event_date"])
                assert item["date_precision"] in ("day", "week", "month", "year")
                assert item["tense"] in ("past", "present", "future") and item["trigger"] in record["text"]
            if item.get("location"):
                counts["place"] += 1
                assert set(item["location"]) == {"name", "country"} and len(item["location"]["country"]) == 3
            if item.get("speaker"):
                counts["speaker"] += 1
                assert set(item["speaker"]) == {"name", "country", "sector"}
        if any(w in record["notes"] for w in ("yesterday", "ago", "week", "month", "overnight", "weekday")):
            counts["relative"] += 1
    assert counts["date"] >= 50 and counts["relative"] >= 10 and counts["place"] >= 40 and counts["speaker"] >= 10


def test_our_functions_reach_the_measured_accuracy_on_the_gold(nlp, gold):
    """resolve_event_date and locate on each gold trigger: date and place accuracy stay at 90% or more."""
    result = score_functions(gold, nlp)
    assert result["date"]["total"] >= 50 and result["place"]["total"] >= 50
    assert result["date"]["accuracy"] >= 0.9, result["errors"]
    assert result["place"]["accuracy"] >= 0.9, result["errors"]


RECORDS = [
    {"id": "a", "text": "...", "date": "2020-08-25", "expected": [
        {"event_date": "2020-08-24", "date_precision": "day", "location": {"name": "Homs", "country": "SYR"},
         "speaker": None, "trigger": "shelled", "tense": "past"}]},
    {"id": "b", "text": "...", "date": "2020-08-25", "expected": [
        {"event_date": "2020-10-17", "date_precision": "day", "location": None,
         "speaker": {"name": "Amir Hatami", "country": "IRN", "sector": "GOV"}, "trigger": "expire", "tense": "future"}]},
    {"id": "c", "text": "...", "date": "", "expected": [
        {"event_date": None, "date_precision": "day", "location": {"name": "Kiev", "country": "UKR"},
         "speaker": None, "trigger": "met", "tense": "past"}]},
]


def _event(date, precision, location, text="x"):
    return {"date": date, "date_precision": precision, "location": location, "evidence": {"event_text": text}}


def test_perfect_coder_output_scores_full_marks():
    """Output that matches every expectation scores 1.0 on dates, places and speakers."""
    coded = [
        {"id": "a", "events": [_event("2020-08-24", "day", {"name": "Homs", "country": "SYR"}, "shelled")], "quotes": []},
        {"id": "b", "events": [_event("2020-10-17", "day", None, "expire")],
         "quotes": [{"speaker": {"name": "Amir Hatami", "country": "IRN", "sector": "GOV", "code": "IRNGOV"}}]},
        {"id": "c", "events": [_event(None, "day", {"name": "Kiev", "country": "UKR"}, "met")], "quotes": []},
    ]
    result = score_time_place(RECORDS, coded)
    assert (result["date"]["accuracy"], result["place"]["accuracy"], result["speaker"]["accuracy"]) == (1.0, 1.0, 1.0)
    assert result["errors"] == []


def test_wrong_missing_and_misattributed_outputs_are_counted():
    """A wrong date, a missing record and a wrong speaker sector each cost exactly their own point."""
    coded = [
        {"id": "a", "events": [_event("2020-08-25", "day", {"name": "Homs", "country": "SYR"}, "shelled")], "quotes": []},
        {"id": "b", "events": [_event("2020-10-17", "day", None, "expire")],
         "quotes": [{"speaker": {"name": "Hatami", "country": "IRN", "sector": "MIL", "code": "IRNMIL"}}]},
    ]
    result = score_time_place(RECORDS, coded)
    assert result["date"] == {"correct": 1, "total": 3, "accuracy": 0.3333, "no_event": 1, "accuracy_where_found": 0.5}
    assert (result["place"]["correct"], result["place"]["no_event"]) == (2, 1)
    assert (result["speaker"]["correct"], result["speaker"]["name_accuracy"]) == (0, 1.0)
    assert {(e["id"], e["field"]) for e in result["errors"]} == {
        ("a", "date"), ("c", "date"), ("c", "location"), ("b", "speaker")}


def test_transliterated_place_names_count_as_the_same_place():
    """With the gazetteer, "Kiev" expected and "Kyiv" coded are the same place; another country is not."""
    from eventwire.places.resolver import PlaceResolver

    resolver = PlaceResolver()
    coded = [{"id": "c", "events": [_event(None, "day", {"name": "Kyiv", "country": "UKR"}, "met")], "quotes": []}]
    assert score_time_place(RECORDS[2:], coded, resolver)["place"]["correct"] == 1
    coded[0]["events"][0]["location"] = {"name": "Kyiv", "country": "RUS"}
    assert score_time_place(RECORDS[2:], coded, resolver)["place"]["correct"] == 0


def test_events_are_aligned_by_trigger_not_by_order():
    """Extra events do not shift the alignment: the event whose evidence holds the trigger is compared."""
    coded = [{"id": "a", "events": [_event("2020-01-01", "year", None, "said"),
                                    _event("2020-08-24", "day", {"name": "Homs", "country": "SYR"}, "shelled")],
              "quotes": []}]
    result = score_time_place(RECORDS[:1], coded)
    assert result["date"]["correct"] == 1 and result["place"]["correct"] == 1


def test_an_item_whose_trigger_no_event_mentions_counts_as_not_coded():
    """Only events of the item's predicate (its words, else its sentence) are compared with it."""
    other = _event("2020-08-24", "day", {"name": "Homs", "country": "SYR"}, "retook")
    other["evidence"]["sentence"] = "The army retook the town."
    same_sentence = _event("2020-08-24", "day", {"name": "Homs", "country": "SYR"}, "opened fire")
    same_sentence["evidence"]["sentence"] = "Troops shelled and opened fire on villages."
    result = score_time_place(RECORDS[:1], [{"id": "a", "events": [other], "quotes": []}])
    assert (result["date"]["correct"], result["date"]["no_event"]) == (0, 1)
    result = score_time_place(RECORDS[:1], [{"id": "a", "events": [other, same_sentence], "quotes": []}])
    assert (result["date"]["correct"], result["date"]["no_event"]) == (1, 0)


def test_dev_sets_carry_no_locations_and_say_so(shared_dir):
    """The shared dev sets have no place labels; place_accuracy reports that instead of a number."""
    for path in sorted((shared_dir / "gold" / "dev").glob("*.jsonl")):
        assert place_accuracy(read_jsonl(path), [])["records_with_location"] == 0, path.name


def test_place_accuracy_measures_records_that_do_carry_locations(gold):
    """On records with locations, place_accuracy scores the coded places."""
    records = [r for r in gold if r["id"] == "tp-003"]
    coded = [{"id": "tp-003", "events": [_event("2020-08-25", "day", {"name": "Kandahar", "country": "AFG"}, "stormed")]}]
    result = place_accuracy(records, coded)
    assert (result["records_with_location"], result["correct"], result["total"]) == (1, 1, 1)


def test_iran_russia_article_dates_october_17_in_the_future(nlp, shared_dir):
    """In the Iran-Russia example (published 2020-08-25) "October 17" is 2020-10-17, after publication,
    and the 2001 and 2015 agreements are historical years."""
    meta = json.loads((shared_dir / "examples" / "iran_russia_defense.json").read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(meta["published"])
    doc = nlp((shared_dir / "examples" / meta["text_file"]).read_text(encoding="utf-8"))
    found = {}
    for sent in doc.sents:
        for token in sent:
            if token.lemma_ in ("expire", "begin") and "October 17" in sent.text:
                found[token.lemma_] = resolve_event_date(sent, token, published, "future")
            if token.text == "have" and "2001" in sent.text:
                found["have"] = historical_years(sent, token, published)
    assert found["expire"].date == dt.date(2020, 10, 17) and found["expire"].date > published
    assert found["begin"].date == dt.date(2020, 10, 17)
    assert found["have"] == [2001, 2015]


def test_coder_output_on_the_gold_has_right_dates_and_places_where_it_codes_the_event(gold):
    """End to end (`Coder` -> JSON): where the coder finds the gold event, its date and place are right."""
    from eventwire.model import Article
    from eventwire.pipeline import Coder
    from eventwire.places.resolver import PlaceResolver
    from eventwire.time_place.dates import coerce_published

    coder = Coder()
    articles = [Article(id=r["id"], text=r["text"], published=coerce_published(r["date"])[0]) for r in gold]
    coded = [c.to_dict() for c in coder.code(articles) if hasattr(c, "to_dict")]
    result = score_time_place(gold, coded, PlaceResolver())
    found = result["date"]["total"] - result["date"]["no_event"]
    assert found >= 20, result["date"]
    assert result["date"]["accuracy_where_found"] >= 0.9, [e for e in result["errors"] if e["got"]]
    assert result["place"]["accuracy_where_found"] >= 0.9, [e for e in result["errors"] if e["got"]]
