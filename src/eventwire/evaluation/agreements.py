"""Scoring agreement references against a gold set (format: tests/gold/README.md, agreements_*.jsonl).

A predicted reference matches a gold one when their kinds are equal and one of its mentions overlaps
one of the gold mentions (each gold mention string found in the text); pairs are matched one to one,
best overlap first.  On matched pairs: parties as sets of codes (ours mapped to the gold's short IGO
codes: IGOUNO -> UN, IGOEUR -> EU), dates per key (signed / in_force / expiry, equal ISO value), and
status actions (action and modality, as a set per reference).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Our international actor codes -> the short codes the gold uses.
IGO_CODES = {"IGOUNO": "UN", "UNO": "UN", "IGOEUR": "EU", "EUR": "EU", "IGONATO": "NATO", "IGOAFU": "AU"}


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3)}


@dataclass
class AgreementScore:
    references: Counts = field(default_factory=Counts)
    parties: Counts = field(default_factory=Counts)
    party_sets_equal: int = 0
    dates: dict[str, Counts] = field(default_factory=dict)
    status: Counts = field(default_factory=Counts)
    errors: list[str] = field(default_factory=list)

    def date_counts(self, key: str) -> Counts:
        return self.dates.setdefault(key, Counts())

    def to_dict(self) -> dict[str, Any]:
        all_dates = Counts(sum(c.tp for c in self.dates.values()), sum(c.predicted for c in self.dates.values()),
                           sum(c.gold for c in self.dates.values()))
        return {"references": self.references.to_dict(), "parties": self.parties.to_dict(),
                "party_sets_equal": self.party_sets_equal, "dates": all_dates.to_dict(),
                "dates_by_key": {k: v.to_dict() for k, v in sorted(self.dates.items())},
                "status": self.status.to_dict()}


def gold_party(code: str) -> str:
    return IGO_CODES.get(code, code)


def spans_of(text: str, mentions: Iterable[str]) -> list[tuple[int, int]]:
    out = []
    for m in mentions:
        if m:
            out += [(x.start(), x.end()) for x in re.finditer(re.escape(m), text)]
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return max((min(x[1], y[1]) - max(x[0], y[0]) for x in a for y in b), default=0)


def score_record(record: dict[str, Any], predicted: list[dict[str, Any]], score: AgreementScore) -> None:
    """Add one passage: gold `record` (agreements as in the gold format), `predicted` the coder's
    "agreements" JSON for it."""
    text = record["text"]
    gold = record.get("agreements") or []
    score.references.gold += len(gold)
    score.references.predicted += len(predicted)
    gold_spans = [spans_of(text, [g["mention"], *(g.get("mentions") or [])]) for g in gold]
    pred_spans = [[(m["start"], m["end"]) for m in p["mentions"]] for p in predicted]
    pairs = sorted(((_overlap(gs, ps), gi, pi) for gi, gs in enumerate(gold_spans) for pi, ps in enumerate(pred_spans)
                    if gold[gi]["kind"] == predicted[pi]["kind"]), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for overlap, gi, pi in pairs:
        if overlap <= 0 or gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        score.references.tp += 1
        _score_pair(gold[gi], predicted[pi], score)
    for gi, g in enumerate(gold):
        if gi not in used_gold:
            score.errors.append(f"{record['id']}: missed {g['kind']} {g['mention']!r}")
            for key in g.get("dates") or {}:
                score.date_counts(key).gold += 1
            score.parties.gold += len(g.get("parties") or [])
            score.status.gold += len({(s["action"], s["modality"]) for s in g.get("status") or []})
    for pi, p in enumerate(predicted):
        if pi not in used_pred:
            score.errors.append(f"{record['id']}: extra {p['kind']} {p['mention']!r}")


def _score_pair(gold: dict[str, Any], pred: dict[str, Any], score: AgreementScore) -> None:
    rid = gold.get("mention")
    gold_parties = set(gold.get("parties") or [])
    pred_parties = {gold_party(p) for p in pred.get("parties") or []}
    score.parties.gold += len(gold_parties)
    score.parties.predicted += len(pred_parties)
    score.parties.tp += len(gold_parties & pred_parties)
    score.party_sets_equal += gold_parties == pred_parties
    if gold_parties != pred_parties:
        score.errors.append(f"parties of {rid!r}: gold {sorted(gold_parties)}, ours {sorted(pred_parties)}")
    gold_dates = gold.get("dates") or {}
    pred_dates = pred.get("dates") or {}
    for key in set(gold_dates) | set(pred_dates):
        counts = score.date_counts(key)
        g, p = gold_dates.get(key), pred_dates.get(key)
        counts.gold += g is not None
        counts.predicted += p is not None
        if g and p and g.get("value") == p.get("value"):
            counts.tp += 1
        elif g or p:
            score.errors.append(f"{key} date of {rid!r}: gold {g and g.get('value')}, ours {p and p.get('value')}")
    gold_status = {(s["action"], s["modality"]) for s in gold.get("status") or []}
    pred_status = {(s["action"], s["modality"]) for s in pred.get("status") or []}
    score.status.gold += len(gold_status)
    score.status.predicted += len(pred_status)
    score.status.tp += len(gold_status & pred_status)
    if gold_status != pred_status:
        score.errors.append(f"status of {rid!r}: gold {sorted(gold_status)}, ours {sorted(pred_status)}")
