"""Scoring the parties of events: marked source/target pairs and gold source/target spans.

Gold marks parties as text inside the sentence ("Iranian Foreign Minister Mohammad Javad Zarif"),
so a coded party counts when its evidence span overlaps the marked text: "Zarif" found for the
whole phrase, "the FBI" for "FBI".  Marked text is located ignoring whitespace and apostrophe
forms, because the gold sets were tokenised ("government 's request").  Marks that cannot be
located in the sentence are counted and left out of the rates.

PLOVER_PAIR records (one marked pair and the PLOVER type of their relation):
  pair found      an event has its source on the marked source and its target on the marked target
  type right      given a found pair, one of the pair's events has the gold PLOVER type
  strict          pair found and type right
  swapped         no event in the marked direction, but one in the opposite direction
Span records (CONFLIBERT `meta.spans` S and T): source found, target found, both in one event.
All events count, whatever their modality: the question is whether the parties were linked.
A pronoun or reference phrase counts for the party it was resolved to: "Iraqi military says *it* has
seized oil fields" links the military when the actor's reason says "'it' refers to 'military'".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

# Old PLOVER_PAIR label -> the types it covers today.
PAIR_TYPES = {"YIELD": ("CONCEDE", "RETREAT")}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})

Span = tuple[int, int]


def locate(text: str, mark: str) -> Span | None:
    """Character span of `mark` in `text`, ignoring whitespace, apostrophe forms and, last, case."""
    if not mark or not mark.strip():
        return None
    positions = [i for i, c in enumerate(text) if not c.isspace()]
    squeezed = "".join(text[i] for i in positions).translate(_APOSTROPHES)
    wanted = "".join(mark.split()).translate(_APOSTROPHES)
    at = squeezed.find(wanted)
    if at < 0:
        at = squeezed.lower().find(wanted.lower())
    if at < 0:
        return None
    return positions[at], positions[at + len(wanted) - 1] + 1


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class CodedParties:
    """One event's parties as spans of the sentence text (None where it has none)."""

    source: Span | None
    target: Span | None
    plover: str
    modality: str
    source_referent: Span | None = None  # the antecedent of a pronoun source ("it" -> "the military")
    target_referent: Span | None = None

    @classmethod
    def of(cls, event: dict) -> CodedParties:
        ev = event["evidence"]

        def span(role: str) -> Span | None:
            start, end = ev.get(f"{role}_start", -1), ev.get(f"{role}_end", -1)
            return (start, end) if start is not None and start >= 0 and end > start else None

        return cls(span("source"), span("target"), (event.get("plover") or {}).get("event") or "",
                   event.get("modality", ""),
                   _referent(ev, event.get("actor") or {}), _referent(ev, event.get("recipient") or {}))

    def links(self, source: Span, target: Span) -> bool:
        return bool(_names(self.source, self.source_referent, source)
                    and _names(self.target, self.target_referent, target))


_REFERS = re.compile(r"refers to '([^']+)'|refers to ([^;']+)")


def _referent(evidence: dict, actor: dict) -> Span | None:
    """Where a pronoun or reference phrase's antecedent stands in the sentence: "it" resolved with the
    reason "'it' refers to 'military'" names the military, so "Iraqi military says it has seized"
    links the military.  None when the reason names no antecedent or it is not in the sentence."""
    m = _REFERS.search(actor.get("reason") or "")
    if not m:
        return None
    sentence, antecedent = evidence.get("sentence", ""), (m.group(1) or m.group(2) or "").strip()
    found = locate(sentence, antecedent)
    if found is None and " " in antecedent:
        # a person is named by the table's full name ("refers to Ronald Reagan") while the sentence
        # may give the surname only ("President Reagan ... he")
        found = locate(sentence, antecedent.split()[-1])
    if found is None:
        return None
    offset = evidence.get("sentence_start", 0) or 0
    return found[0] + offset, found[1] + offset


def _names(span: Span | None, referent: Span | None, marked: Span) -> bool:
    return bool((span and _overlaps(span, marked)) or (referent and _overlaps(referent, marked)))


def _rate(n: int, total: int) -> float:
    return round(n / total, 4) if total else 0.0


def score_pairs(pairs: list[tuple[dict, list[dict]]]) -> dict:
    """PLOVER_PAIR records: is the marked pair one event, and of the gold type?"""
    located = found = typed = swapped = source_only = target_only = 0
    unlocated = 0
    by_type: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    for record, events in pairs:
        gold = record["expected"][0]
        source, target = locate(record["text"], gold.get("source_text", "")), locate(
            record["text"], gold.get("target_text", ""))
        if source is None or target is None:
            unlocated += 1
            continue
        located += 1
        wanted = PAIR_TYPES.get(gold["event_code"].upper(), (gold["event_code"].upper(),))
        coded = [CodedParties.of(e) for e in events]
        linking = [c for c in coded if c.links(source, target)]
        stats = by_type[wanted[0] if len(wanted) == 1 else gold["event_code"].upper()]
        stats["pairs"] += 1
        if linking:
            found += 1
            stats["found"] += 1
            if any(c.plover in wanted for c in linking):
                typed += 1
                stats["typed"] += 1
            else:
                confusion[(gold["event_code"].upper(), Counter(c.plover or "none" for c in linking).most_common(1)[0][0])] += 1
        elif any(c.links(target, source) for c in coded):
            swapped += 1
        source_only += any(_names(c.source, c.source_referent, source) for c in coded)
        target_only += any(_names(c.target, c.target_referent, target) for c in coded)
    return {
        "records": len(pairs),
        "pairs_located": located,
        "pairs_not_located": unlocated,
        "pair_found": _rate(found, located),
        "type_right_given_pair": _rate(typed, found),
        "strict": _rate(typed, located),
        "swapped": _rate(swapped, located),
        "source_found": _rate(source_only, located),
        "target_found": _rate(target_only, located),
        "by_type": {t: {"pairs": c["pairs"], "pair_found": _rate(c["found"], c["pairs"]),
                        "type_right_given_pair": _rate(c["typed"], c["found"])}
                    for t, c in sorted(by_type.items())},
        "worst_type_confusions": [{"gold": g, "predicted": p, "count": n}
                                  for (g, p), n in confusion.most_common(8)],
    }


def score_spans(pairs: list[tuple[dict, list[dict]]]) -> dict | None:
    """Records with gold source and target spans (`meta.spans` S and T); None when there are none."""
    scored = source_found = target_found = both = unlocated = 0
    for record, events in pairs:
        spans = (record.get("meta") or {}).get("spans") or {}
        if not spans.get("S") or not spans.get("T"):
            continue
        sources = [s for s in (locate(record["text"], m) for m in spans["S"]) if s]
        targets = [t for t in (locate(record["text"], m) for m in spans["T"]) if t]
        if not sources or not targets:
            unlocated += 1
            continue
        scored += 1
        coded = [CodedParties.of(e) for e in events]
        source_found += any(_names(c.source, c.source_referent, s) for c in coded for s in sources)
        target_found += any(_names(c.target, c.target_referent, t) for c in coded for t in targets)
        both += any(c.links(s, t) for c in coded for s in sources for t in targets)
    if not scored and not unlocated:
        return None
    return {
        "records_with_both_spans": scored,
        "not_located": unlocated,
        "source_found": _rate(source_found, scored),
        "target_found": _rate(target_found, scored),
        "both_in_one_event": _rate(both, scored),
    }
