"""Score the actor resolver on PLOVER_ACTOR records (phrase -> expected country and sector).

A record: {"text", "date", "expected": [{"scheme": "PLOVER_ACTOR", "country", "sector", "sector_2"?}],
"meta": {"args": [phrase, context, date]}}.  `expected == []` means nothing should resolve.
Country accuracy compares the ISO alpha-3 (or UNO/EUR/IGO...) slot, "" when none is expected; a record
whose expected entry has no `sector` key is not checked on sector ("Kazakhstan" only asks for KAZ).
`sector` may list alternatives with "|" ("PTY|REB"); `sector_2` is another accepted sector.  The date is
the record's `date`, else the third assertion argument in `meta.args` ("today" = the day of the run).

Gold sectors written with CAMEO codes are read as their PLOVER equivalents (the `plover_equivalent`
column of the CAMEO agent table): HLH is PLOVER MED (health), INS and SEP are REB, and CAMEO religion
codes (BUD, CHR, MOS, ...) are REL.  The resolver itself only speaks PLOVER.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import dateparser

UNCHECKED_SECTORS = frozenset({"????"})  # the original assertion's "any code" marker
CAMEO_TO_PLOVER_SECTOR = {
    "HLH": "MED", "INS": "REB", "SEP": "REB",
    **dict.fromkeys(("BUD", "CHR", "CTH", "HIN", "JEW", "MOS", "SHI", "SUN", "ORT", "PRO", "SIK", "JAN",
                     "ATH", "BAH", "CON", "DRZ", "ITR", "JAI", "ZRO", "TAO", "SHN", "SFI", "ALE", "MRN",
                     "MAN", "HSD", "ADR", "CPT", "MOS"), "REL"),
}


def record_date(record: dict[str, Any]) -> dt.date | None:
    raw = record.get("date")
    if not raw:
        args = (record.get("meta") or {}).get("args") or []
        raw = args[2] if len(args) > 2 else None
    if not raw:
        return None
    if str(raw).strip().lower() == "today":
        return dt.date.today()
    parsed = dateparser.parse(str(raw), settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def _accepted_sectors(exp: dict[str, Any]) -> set[str] | None:
    """None = sector not checked."""
    if "sector" not in exp or exp.get("sector") is None or exp.get("sector") in UNCHECKED_SECTORS:
        return None
    accepted = set(str(exp["sector"]).split("|"))
    if exp.get("sector_2"):
        accepted |= set(str(exp["sector_2"]).split("|"))
    return {CAMEO_TO_PLOVER_SECTOR.get(s, s) for s in accepted}


def score_record(record: dict[str, Any], resolver) -> dict[str, Any]:
    """One record's outcome: predicted actor, and whether country and country+sector are right."""
    date = record_date(record)
    actor = resolver.resolve_phrase(record.get("text", ""), date)
    expected = [e for e in record.get("expected", []) if e.get("scheme", "PLOVER_ACTOR") == "PLOVER_ACTOR"]
    outcome: dict[str, Any] = {"id": record.get("id"), "text": record.get("text"),
                               "date": date.isoformat() if date else None, "predicted": actor.to_dict()}
    if not expected:
        ok = not actor.code
        return dict(outcome, expected=None, country_ok=ok, sector_ok=ok, sector_checked=True)
    exp = expected[0]
    want_country = exp.get("country") or ""
    country_ok = actor.country == want_country
    accepted = _accepted_sectors(exp)
    sector_ok = accepted is None or actor.sector in accepted
    return dict(outcome, expected={"country": want_country, "sector": exp.get("sector"),
                                   "sector_2": exp.get("sector_2")},
                country_ok=country_ok, sector_ok=country_ok and sector_ok, sector_checked=accepted is not None)


def score_actor_records(records: Iterable[dict[str, Any]], resolver) -> dict[str, Any]:
    """Country accuracy and country+sector accuracy over PLOVER_ACTOR records, with the misses."""
    outcomes = [score_record(r, resolver) for r in records
                if not r.get("expected") or any(e.get("scheme") == "PLOVER_ACTOR" for e in r["expected"])]
    n = len(outcomes)
    country = sum(o["country_ok"] for o in outcomes)
    both = sum(o["sector_ok"] for o in outcomes)
    return {
        "records": n,
        "country_accuracy": country / n if n else 0.0,
        "country_sector_accuracy": both / n if n else 0.0,
        "country_correct": country,
        "country_sector_correct": both,
        "sector_unchecked": sum(not o["sector_checked"] for o in outcomes),
        "errors": [o for o in outcomes if not (o["country_ok"] and o["sector_ok"])],
    }
