"""Measure dates, places and quote speakers against a gold set (tests/gold/time_place.jsonl format).

`score_time_place(records, coded)` compares the coder's JSON output (`eventwire code`, one
`{"id", "events": [...], "quotes": [...]}` per record) with the gold's expected items.  Each
expected item is aligned with one coded event (preferring events whose evidence contains the
item's `trigger` word, then the best-agreeing one) and, if it names a speaker, with one quote.

`score_functions(records, ...)` measures this package's functions directly on the gold, using
each item's `trigger` and `tense`, so dates and places can be measured without the coder.

`place_accuracy(records, coded)` reports place accuracy on any records (e.g. the dev sets) whose
expected items carry a `location`; it says so when none do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from ..places.gazetteer import fold

PlaceSame = Callable[[dict, dict], bool]


def _ratio(correct: int, total: int) -> float | None:
    return round(correct / total, 4) if total else None


def _date_ok(item: dict, event: dict | None) -> bool:
    if event is None:
        return False
    if item.get("event_date") is None:
        return event.get("date") is None
    if event.get("date") != item["event_date"]:
        return False
    return not item.get("date_precision") or event.get("date_precision") == item["date_precision"]


def names_match(expected: str, got: str) -> bool:
    a, b = fold(expected), fold(got)
    return bool(a) and bool(b) and (a == b or a.startswith(b) or b.startswith(a))


def make_place_same(resolver: Any = None) -> PlaceSame:
    """Same place: same country and the same name (folded), or the gazetteer maps the expected name
    (in its country) to the coded name ("Hims" and "Homs", "Kiev" and "Kyiv")."""

    def same(expected: dict, got: dict) -> bool:
        if expected.get("country") != got.get("country"):
            return False
        if names_match(expected.get("name", ""), got.get("name", "")):
            return True
        if resolver is None:
            return False
        loc = resolver.resolve_name(expected.get("name", ""), (expected.get("country", ""),))
        return loc is not None and loc.country == got.get("country") and names_match(loc.name, got.get("name", ""))

    return same


def _place_ok(item: dict, event: dict | None, same: PlaceSame) -> bool:
    if event is None:
        return False
    expected, got = item.get("location"), event.get("location")
    if expected is None:
        return got is None
    return got is not None and same(expected, got)


def _event_text(event: dict) -> str:
    evidence = event.get("evidence") or {}
    return str(evidence.get("event_text", "")).lower()


def _sentence(event: dict) -> str:
    evidence = event.get("evidence") or {}
    return str(evidence.get("sentence", "")).lower()


def _align_event(item: dict, events: list[dict], used: set[int], same: PlaceSame) -> int | None:
    """The coded event an item speaks about: its trigger in the event's words, else in the event's
    sentence; with a trigger that no event mentions, the event was not coded (None)."""
    free = [i for i in range(len(events)) if i not in used]
    trigger = str(item.get("trigger", "")).lower()
    if trigger:
        by_words = [i for i in free if trigger in _event_text(events[i]).split()]
        by_sentence = [i for i in free if trigger in _sentence(events[i]).split()]
        free = by_words or by_sentence
    if not free:
        return None
    return max(free, key=lambda i: (_date_ok(item, events[i]) + _place_ok(item, events[i], same), -i))


def _speaker_parts(expected: dict, got: dict) -> tuple[bool, bool]:
    """(name right, country+sector right) for one expected speaker and one coded speaker."""
    want = fold(expected.get("name", ""))
    have = fold(got.get("name", ""))
    name_ok = not want or (bool(have) and (want in have or have in want or want.split()[-1] in have.split()))
    code_ok = expected.get("country", "") == got.get("country", "") and expected.get("sector", "") == got.get(
        "sector", ""
    )
    return name_ok, code_ok


class _Tally:
    def __init__(self) -> None:
        self.correct = 0
        self.total = 0
        self.missing = 0  # no event / quote to compare with

    def as_dict(self, missing_label: str) -> dict[str, Any]:
        found = self.total - self.missing
        return {
            "correct": self.correct,
            "total": self.total,
            "accuracy": _ratio(self.correct, self.total),
            missing_label: self.missing,
            "accuracy_where_found": _ratio(self.correct, found),
        }


def score_time_place(records: list[dict], coded: list[dict], resolver: Any = None) -> dict[str, Any]:
    """Date, place and speaker accuracy of coder output against the gold records, with counts and errors."""
    same = make_place_same(resolver)
    by_id = {str(c.get("id")): c for c in coded}
    dates, places, place_country, speakers = _Tally(), _Tally(), _Tally(), _Tally()
    speaker_names = speaker_codes = 0
    errors: list[dict[str, Any]] = []
    for record in records:
        out = by_id.get(str(record["id"]), {})
        events, quotes = list(out.get("events") or []), list(out.get("quotes") or [])
        used_events: set[int] = set()
        used_quotes: set[int] = set()
        for item in record.get("expected", []):
            if "event_date" in item or "location" in item:
                index = _align_event(item, events, used_events, same)
                event = events[index] if index is not None else None
                if index is not None:
                    used_events.add(index)
                for tally, present, ok, field in (
                    (dates, "event_date" in item, _date_ok(item, event), "date"),
                    (places, "location" in item, _place_ok(item, event, same), "location"),
                ):
                    if not present:
                        continue
                    tally.total += 1
                    tally.missing += event is None
                    tally.correct += ok
                    if not ok:
                        got = None if event is None else (
                            [event.get("date"), event.get("date_precision")] if field == "date"
                            else event.get("location"))
                        want = [item.get("event_date"), item.get("date_precision")] if field == "date" \
                            else item.get("location")
                        errors.append({"id": record["id"], "field": field, "expected": want, "got": got})
                if "location" in item:
                    place_country.total += 1
                    want_country = (item.get("location") or {}).get("country")
                    got_country = ((event or {}).get("location") or {}).get("country")
                    place_country.missing += event is None
                    place_country.correct += event is not None and want_country == got_country
            if item.get("speaker"):
                speakers.total += 1
                free = [i for i in range(len(quotes)) if i not in used_quotes]
                if not free:
                    speakers.missing += 1
                    errors.append({"id": record["id"], "field": "speaker", "expected": item["speaker"], "got": None})
                    continue
                scored = [(sum(_speaker_parts(item["speaker"], quotes[i].get("speaker") or {})), -i, i) for i in free]
                _, _, best = max(scored)
                used_quotes.add(best)
                got = quotes[best].get("speaker") or {}
                name_ok, code_ok = _speaker_parts(item["speaker"], got)
                speaker_names += name_ok
                speaker_codes += code_ok
                speakers.correct += name_ok and code_ok
                if not (name_ok and code_ok):
                    errors.append({"id": record["id"], "field": "speaker", "expected": item["speaker"], "got": got})
    speaker_out = speakers.as_dict("no_quote")
    speaker_out["name_accuracy"] = _ratio(speaker_names, speakers.total)
    speaker_out["country_sector_accuracy"] = _ratio(speaker_codes, speakers.total)
    return {
        "records": len(records),
        "date": dates.as_dict("no_event"),
        "place": {**places.as_dict("no_event"), "country_accuracy": _ratio(place_country.correct, place_country.total)},
        "speaker": speaker_out,
        "errors": errors,
    }


def place_accuracy(records: Iterable[dict], coded: list[dict], resolver: Any = None) -> dict[str, Any]:
    """Place accuracy on whichever records carry an expected `location` (dev sets usually carry none)."""
    with_place = [r for r in records if any("location" in item for item in r.get("expected") or [])]
    if not with_place:
        return {"records_with_location": 0, "note": "no record carries an expected location; nothing to measure"}
    located = [{**r, "expected": [{"location": i["location"], **({"trigger": i["trigger"]} if "trigger" in i else {})}
                                  for i in r["expected"] if "location" in i]} for r in with_place]
    result = score_time_place(located, coded, resolver)
    return {"records_with_location": len(with_place), **result["place"]}


def _published(value: Any) -> dt.date | None:
    from ..time_place.dates import coerce_published

    return coerce_published(value)[0]


def score_functions(records: list[dict], nlp: Any = None, resolver: Any = None) -> dict[str, Any]:
    """Run resolve_event_date and PlaceResolver.locate on each gold item's `trigger` (no coder needed)."""
    from ..nlp.loader import load_nlp
    from ..places.resolver import PlaceResolver, dateline_place
    from ..time_place.dates import resolve_event_date

    nlp = nlp or load_nlp()
    resolver = resolver or PlaceResolver()
    coded: list[dict] = []
    for record in records:
        dateline, strip = dateline_place(record["text"])
        doc = nlp(record["text"][strip:])
        context = resolver.countries_in(doc)
        regions = resolver.regions_in(doc)
        published = _published(record.get("date"))
        events = []
        for item in record.get("expected", []):
            trigger = item.get("trigger")
            if not trigger:
                continue
            token = next((t for t in doc if t.text == trigger), None)
            if token is None:
                continue
            date = resolve_event_date(token.sent, token, published, item.get("tense", "past"))
            loc = resolver.locate(token.sent, token, context, dateline, regions)
            events.append({**date.to_dict(), "location": loc.to_dict() if loc else None,
                           "evidence": {"event_text": token.text}})
        coded.append({"id": record["id"], "events": events, "quotes": []})
    result = score_time_place(records, coded, resolver)
    result.pop("speaker")
    result["errors"] = [e for e in result["errors"] if e["field"] != "speaker"]
    return result
