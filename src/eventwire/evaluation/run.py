"""Run the coder over a gold file and score it (`eventwire evaluate`)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..errors import RecordError
from ..ingest.records import article_from_record
from .dyads import score_pairs, score_spans
from .scorecard import CameoScores, cameo_report, score_penta, score_plover


def read_gold(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path.name}:{lineno}: malformed JSON: {e.msg}") from e
    return records


TIME_PLACE_KEYS = ("event_date", "location", "speaker")


def record_scheme(record: dict) -> str | None:
    """The label set of a record: its `scheme`, TIME_PLACE for date/place/speaker items, else CAMEO."""
    expected = record.get("expected", [])
    if expected and all(any(k in g for k in TIME_PLACE_KEYS) and not g.get("event_code") for g in expected):
        return "TIME_PLACE"
    schemes = {g.get("scheme") or "CAMEO" for g in expected}
    return schemes.pop() if len(schemes) == 1 else ("CAMEO" if schemes else None)


def group_records(records: list[dict]) -> dict[str, list[dict]]:
    """Group by scheme; records expecting nothing join the file's main scheme."""
    named = [(r, record_scheme(r)) for r in records]
    main = Counter(s for _, s in named if s).most_common(1)
    default = main[0][0] if main else "CAMEO"
    groups: dict[str, list[dict]] = {}
    for r, s in named:
        groups.setdefault(s or default, []).append(r)
    return groups


def evaluate(
    gold_path: Path,
    *,
    coder=None,
    actor_resolver=None,
    by_root: bool = False,
    limit: int | None = None,
    processes: int = 1,
    on_progress: Callable[[int], None] | None = None,
) -> dict:
    records = read_gold(gold_path)[:limit] if limit else read_gold(gold_path)
    groups = group_records(records)
    report: dict = {"gold": gold_path.name, "records": len(records)}
    event_records = [r for s, rs in groups.items() if s != "PLOVER_ACTOR" for r in rs]
    coded = _code_records(event_records, coder, processes, on_progress) if event_records else {}
    report["input_errors"] = sum(1 for v in coded.values() if isinstance(v, RecordError))
    for scheme, recs in groups.items():
        if scheme == "PLOVER_ACTOR":
            from ..actors.evaluate import score_actor_records

            if actor_resolver is None:
                from ..actors import ActorResolver

                actor_resolver = ActorResolver()
            report["PLOVER_ACTOR"] = score_actor_records(recs, actor_resolver)
            if on_progress:
                on_progress(len(recs))
            continue
        pairs = [(r, _events(coded.get(r["id"]))) for r in recs if "expected_error" not in r.get("meta", {})]
        if scheme == "TIME_PLACE":
            from ..time_place.evaluate import score_time_place

            outputs = [_output(coded.get(r["id"]), r["id"]) for r in recs]
            report[scheme] = score_time_place(recs, outputs)
        elif scheme == "CONFLIBERT_PENTA":
            report[scheme] = score_penta(pairs)
            spans = score_spans(pairs)
            if spans:
                report["PARTIES"] = spans
        elif scheme == "PLOVER_PAIR":
            report[scheme] = score_pairs(pairs)
        elif scheme == "PLOVER":
            report[scheme] = score_plover(pairs)
        else:
            scores = CameoScores()
            from .scorecard import score_cameo

            score_cameo(pairs, scores)
            report["CAMEO"] = cameo_report(scores, by_root)
            expected_errors = [r for r in recs if "expected_error" in r.get("meta", {})]
            if expected_errors:
                report["CAMEO"]["expected_input_errors"] = {
                    "records": len(expected_errors),
                    "reported": sum(isinstance(coded.get(r["id"]), RecordError) for r in expected_errors),
                }
    return report


def _output(result, rid: str) -> dict:
    if result is None or isinstance(result, RecordError):
        return {"id": rid, "events": [], "quotes": []}
    return result.to_dict()


def _events(result) -> list[dict]:
    if result is None or isinstance(result, RecordError):
        return []
    return result.to_dict()["events"]


def _code_records(records: list[dict], coder, processes: int, on_progress) -> dict:
    if coder is None:
        from ..pipeline import Coder

        coder = Coder()
    items = [article_from_record(r, f"{r.get('id')}") for r in records]
    out = {}
    for record, result in zip(records, coder.code(items, processes=processes)):
        out[record["id"]] = result
        if on_progress:
            on_progress(1)
    return out
