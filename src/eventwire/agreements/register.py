"""The register: the agreement references of many articles merged into one entry per agreement.

Two references are the same agreement when they share
* a number of the same kind ("Resolution 2231", "UNSC resolution 2231"),
* a known name (every alias of the vocabulary maps to one canonical name: "JCPOA", "the Iran
  nuclear deal"), or
* kind, parties and year ("the 2015 Iran-Russia agreement" twice).
Merging is transitive (union-find over those keys).  Facts are never overwritten: an entry keeps
every value a date was given with the articles that gave it, so two expiry dates show side by side.
The register is computed from the stored references when read: re-ingesting an article replaces
its references, never adds to them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import content_id
from .vocabulary import DATE_KEYS


@dataclass(frozen=True)
class StoredReference:
    """One row of `agreement_mentions` with its article's date and title."""

    id: str
    article_id: str
    published: dt.date | None
    title: str
    kind: str
    name: str
    named: bool
    number: str | None
    parties: tuple[str, ...]
    mention: str
    mentions: tuple[dict[str, Any], ...]
    dates: dict[str, dict[str, Any]]
    status: tuple[dict[str, Any], ...]
    event_ids: tuple[str, ...]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> StoredReference:
        return cls(
            id=row["id"], article_id=row["article_id"], published=row.get("published"), title=row.get("title") or "",
            kind=row["kind"], name=row["name"], named=bool(row["named"]), number=row["number"],
            parties=tuple(row["parties"] or ()), mention=row["mention"], mentions=tuple(json.loads(row["mentions"])),
            dates=json.loads(row["dates"]), status=tuple(json.loads(row["status"])),
            event_ids=tuple(row["event_ids"] or ()),
        )

    def year(self) -> str | None:
        value = (self.dates.get("signed") or {}).get("value")
        return str(value)[:4] if value else None

    def merge_keys(self) -> list[str]:
        """Merge keys, strongest first."""
        keys = []
        if self.number:
            keys.append(f"number:{self.kind}:{self.number}")
        if self.named:
            keys.append(f"name:{self.name.lower()}")
        year = self.year()
        enough = 1 if self.kind == "sanctions" else 2
        if year and len(self.parties) >= enough:
            keys.append(f"parties:{self.kind}:{','.join(sorted(self.parties))}:{year}")
        return keys or [f"reference:{self.id}"]


@dataclass
class AgreementEntry:
    """One agreement of the register."""

    id: str
    kind: str
    name: str
    number: str | None
    parties: list[str]
    references: list[StoredReference] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        return sum(len(r.mentions) for r in self.references)

    def dates(self) -> dict[str, list[dict[str, Any]]]:
        """Per date key, every distinct value with the articles that gave it (conflicts side by side)."""
        out: dict[str, list[dict[str, Any]]] = {}
        for key in DATE_KEYS:
            values: dict[str, dict[str, Any]] = {}
            for ref in self.references:
                date = ref.dates.get(key)
                if not date:
                    continue
                value = date.get("value") or f"text:{date.get('text', '')}"
                entry = values.setdefault(value, {"value": date.get("value"), "precision": date.get("precision"),
                                                  "text": date.get("text"), "sources": []})
                entry["sources"].append({"article_id": ref.article_id, "reference_id": ref.id,
                                         "text": date.get("text")})
            if values:
                out[key] = list(values.values())
        return out

    def latest(self, key: str) -> str | None:
        """The latest value given for a date key (what 'expiring before' reads)."""
        values = [d["value"] for d in self.dates().get(key, []) if d["value"]]
        return max(values) if values else None

    def timeline(self) -> list[dict[str, Any]]:
        """Every mention and status change, oldest article first."""
        items = []
        for ref in self.references:
            for s in ref.status:
                items.append({
                    "published": ref.published.isoformat() if ref.published else None,
                    "article_id": ref.article_id, "title": ref.title, "reference_id": ref.id,
                    "action": s["action"], "modality": s["modality"], "evidence": s["evidence"],
                })
        return sorted(items, key=lambda i: (i["published"] or "", i["article_id"], i["evidence"]["start"]))

    def event_ids(self) -> list[str]:
        return sorted({e for r in self.references for e in r.event_ids})

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "name": self.name, "number": self.number, "parties": self.parties,
            "articles": len({r.article_id for r in self.references}), "mentions": self.mentions,
            "dates": {k: [d["value"] or d["text"] for d in v] for k, v in self.dates().items()},
            "first_seen": _first(r.published for r in self.references),
            "last_seen": _last(r.published for r in self.references),
        }

    def to_dict(self) -> dict[str, Any]:
        out = self.summary()
        out["dates"] = self.dates()
        out["names"] = sorted({r.name for r in self.references})
        out["timeline"] = self.timeline()
        out["mention_list"] = [
            {"article_id": r.article_id, "published": r.published.isoformat() if r.published else None,
             "title": r.title, "reference_id": r.id, "mention": m}
            for r in self.references for m in r.mentions]
        out["event_ids"] = self.event_ids()
        return out


def _first(days: Iterable[dt.date | None]) -> str | None:
    known = [d for d in days if d]
    return min(known).isoformat() if known else None


def _last(days: Iterable[dt.date | None]) -> str | None:
    known = [d for d in days if d]
    return max(known).isoformat() if known else None


def build_register(references: Sequence[StoredReference]) -> list[AgreementEntry]:
    """Merge references into entries (see the module docstring); most mentioned first."""
    parent = list(range(len(references)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, ref in enumerate(references):
        for key in ref.merge_keys():
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[StoredReference]] = {}
    for i, ref in enumerate(references):
        groups.setdefault(find(i), []).append(ref)
    entries = [_entry(refs) for refs in groups.values()]
    return sorted(entries, key=lambda e: (-e.mentions, e.name, e.id))


def _entry(refs: list[StoredReference]) -> AgreementEntry:
    refs = sorted(refs, key=lambda r: (r.published or dt.date.min, r.article_id, r.id))
    keys = sorted({k for r in refs for k in r.merge_keys()}, key=lambda k: (_strength(k), k))
    kind = Counter(r.kind for r in refs).most_common(1)[0][0]
    named = [r.name for r in refs if r.named]
    name = named[0] if named else Counter(r.name for r in refs).most_common(1)[0][0]
    number = next((r.number for r in refs if r.number), None)
    party_counts = Counter(p for r in refs for p in r.parties)
    parties = [p for p, _ in sorted(party_counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return AgreementEntry(content_id(keys[0], length=12), kind, name, number, parties, refs)


def _strength(key: str) -> int:
    return ("number:", "name:", "parties:", "reference:").index(key.split(":", 1)[0] + ":")


AGREEMENT_ROWS_SQL = """
SELECT m.*, a.published, a.title
FROM agreement_mentions m JOIN articles a ON a.id = m.article_id
ORDER BY a.published NULLS LAST, m.article_id, m.sentence_index, m.id"""


def stored_register(store: Any) -> list[AgreementEntry]:
    """The register of a store (EventStore or the web reader: anything with `query(sql)`)."""
    return build_register([StoredReference.from_row(r) for r in store.query(AGREEMENT_ROWS_SQL)])


@dataclass(frozen=True)
class RegisterFilter:
    party: str | None = None
    kind: str | None = None
    expiring_before: dt.date | None = None

    def keeps(self, entry: AgreementEntry) -> bool:
        if self.party and not any(p == self.party or p.startswith(self.party) for p in entry.parties):
            return False
        if self.kind and entry.kind != self.kind:
            return False
        if self.expiring_before is not None:
            expiry = entry.latest("expiry")
            if expiry is None or _day(expiry) >= self.expiring_before:
                return False
        return True


def _day(value: str) -> dt.date:
    """The first day an ISO value of any precision covers ("2020" -> 2020-01-01)."""
    return dt.date.fromisoformat({4: value + "-01-01", 7: value + "-01"}.get(len(value), value))


def filter_register(entries: Sequence[AgreementEntry], filters: RegisterFilter) -> list[AgreementEntry]:
    return [e for e in entries if filters.keeps(e)]
