"""The scorecard: compare coded output with gold records (format of shared/README.md).

Gold record: {id, text, date, expected: [{source_actor, target_actor, event_code, scheme?, ...}]}.
Without `scheme` the code is full CAMEO; CONFLIBERT_PENTA is a 5-way class per sentence;
PLOVER labels a story with one PLOVER event; PLOVER_ACTOR records are actor phrases.

Only events that happened (modality `asserted`) are scored as predictions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

PENTA_CLASSES = ("0", "1", "2", "3", "4")
PENTA_NAMES = {
    "0": "statement/appeal (01-02)",
    "1": "verbal cooperation (03-05)",
    "2": "material cooperation (06-08)",
    "3": "verbal conflict (09-13, 16)",
    "4": "material conflict (14-15, 17-20)",
}
OLD_PLOVER_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def penta_class(cameo: str) -> str:
    root = int(cameo[:2])
    if root <= 2:
        return "0"
    if root <= 5:
        return "1"
    if root <= 8:
        return "2"
    if root <= 13 or root == 16:
        return "3"
    return "4"


def quad_of_root(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable, gold: Iterable) -> None:
        p, g = Counter(predicted), Counter(gold)
        tp = sum((p & g).values())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp

    def as_dict(self) -> dict:
        prec = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        rec = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class CameoScores:
    records: int = 0
    triple: PRF = field(default_factory=PRF)
    country_root: PRF = field(default_factory=PRF)
    root: PRF = field(default_factory=PRF)
    quad: PRF = field(default_factory=PRF)
    by_root: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    confusions: Counter = field(default_factory=Counter)
    # gold items that also carry `plover_event` (our written set labels both schemes)
    plover: PRF = field(default_factory=PRF)
    plover_labelled: bool = False
    # records expecting no event, and how many of them got no asserted event
    empty_records: int = 0
    empty_correct: int = 0


def _country(code: str | None) -> str:
    return (code or "")[:3]


def main_event(events: list[dict]) -> dict | None:
    """The sentence's headline event: asserted first, then most confident, then earliest."""
    if not events:
        return None
    return sorted(
        events,
        key=lambda e: (e["modality"] != "asserted", -e.get("confidence", 0), e["evidence"]["event_start"]),
    )[0]


def score_cameo(pairs: list[tuple[dict, list[dict]]], scores: CameoScores) -> None:
    for record, events in pairs:
        gold = [g for g in record["expected"] if g.get("event_code")]
        pred = [e for e in events if e["modality"] == "asserted"]
        scores.records += 1
        scores.triple.add(
            [(e["source_actor"], e["target_actor"], e["cameo"]) for e in pred],
            [(g.get("source_actor") or "", g.get("target_actor") or "", g["event_code"]) for g in gold],
        )
        scores.country_root.add(
            [(_country(e["source_actor"]), _country(e["target_actor"]), e["cameo_root"]) for e in pred],
            [(_country(g.get("source_actor")), _country(g.get("target_actor")), g["event_code"][:2]) for g in gold],
        )
        if not gold:
            scores.empty_records += 1
            scores.empty_correct += not pred
        if any("plover_event" in g for g in gold):
            scores.plover_labelled = True
            scores.plover.add([e["plover"]["event"] for e in pred if e["plover"]["event"]],
                              [g["plover_event"] for g in gold if g.get("plover_event")])
        pred_roots = [e["cameo_root"] for e in pred]
        gold_roots = [g["event_code"][:2] for g in gold]
        scores.root.add(pred_roots, gold_roots)
        scores.quad.add([quad_of_root(r) for r in pred_roots], [quad_of_root(r) for r in gold_roots])
        for root in set(pred_roots) | set(gold_roots):
            scores.by_root[root].add([r for r in pred_roots if r == root], [r for r in gold_roots if r == root])
        missing = set(gold_roots) - set(pred_roots)
        extra = set(pred_roots) - set(gold_roots)
        for g in missing:
            for p in extra or {"none"}:
                scores.confusions[(g, p)] += 1


def score_penta(pairs: list[tuple[dict, list[dict]]]) -> dict:
    confusion: Counter = Counter()
    no_event = 0
    for record, events in pairs:
        gold = record["expected"][0]["event_code"]
        main = main_event([e for e in events if e["modality"] in ("asserted", "future")] or events)
        predicted = penta_class(main["cameo"]) if main else "none"
        no_event += predicted == "none"
        confusion[(gold, predicted)] += 1
    per_class = {}
    f1s = []
    for c in PENTA_CLASSES:
        tp = confusion[(c, c)]
        fp = sum(v for (g, p), v in confusion.items() if p == c and g != c)
        fn = sum(v for (g, p), v in confusion.items() if g == c and p != c)
        prf = PRF(tp, fp, fn).as_dict()
        per_class[c] = {"name": PENTA_NAMES[c], **prf}
        f1s.append(prf["f1"])
    total = sum(confusion.values())
    correct = sum(confusion[(c, c)] for c in PENTA_CLASSES)
    return {
        "records": total,
        "accuracy": round(correct / total, 4) if total else 0.0,
        "macro_f1": round(sum(f1s) / len(f1s), 4),
        "no_event_rate": round(no_event / total, 4) if total else 0.0,
        "per_class": per_class,
        "worst_confusions": [
            {"gold": g, "predicted": p, "count": n}
            for (g, p), n in confusion.most_common()
            if g != p
        ][:8],
    }


def score_plover(pairs: list[tuple[dict, list[dict]]]) -> dict:
    among = top = 0
    per_event: dict[str, PRF] = defaultdict(PRF)
    confusion: Counter = Counter()
    for record, events in pairs:
        gold = record["expected"][0]["event_code"].upper()
        gold = OLD_PLOVER_LABELS.get(gold, gold)
        current = [e for e in events if e["modality"] in ("asserted", "future")]
        predicted = [e["plover"]["event"] for e in current if e["plover"]["event"]]
        hit = gold in predicted
        among += hit
        counts = Counter(predicted)
        best = counts.most_common(1)[0][0] if counts else "none"
        top += best == gold
        per_event[gold].add([gold] if hit else [], [gold])
        if not hit:
            confusion[(gold, best)] += 1
    total = len(pairs)
    return {
        "records": total,
        "gold_event_among_predicted": round(among / total, 4) if total else 0.0,
        "most_frequent_event_accuracy": round(top / total, 4) if total else 0.0,
        "recall_by_event": {k: v.as_dict()["recall"] for k, v in sorted(per_event.items())},
        "worst_confusions": [
            {"gold": g, "predicted": p, "count": n} for (g, p), n in confusion.most_common(8)
        ],
    }


def cameo_report(scores: CameoScores, by_root: bool) -> dict:
    out = {
        "records": scores.records,
        "exact_triple": scores.triple.as_dict(),
        "country_actors_root_code": scores.country_root.as_dict(),
        "root_code": scores.root.as_dict(),
        "quad_class": scores.quad.as_dict(),
        "no_event_records": {"records": scores.empty_records, "correctly_empty": scores.empty_correct},
        "worst_confusions": [
            {"gold_root": g, "predicted_root": p, "count": n} for (g, p), n in scores.confusions.most_common(8)
        ],
    }
    if scores.plover_labelled:
        out["plover_event"] = scores.plover.as_dict()
    if by_root:
        out["by_root"] = {r: scores.by_root[r].as_dict() for r in sorted(scores.by_root)}
    return out
