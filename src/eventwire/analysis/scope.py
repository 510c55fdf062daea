"""Which events an analysis counts, and the validation of what a user typed.

Every analysis (dyad, actors, network, events) takes a `Scope`: a date range,
the modalities to count (only asserted events by default: negated, future or
hypothetical events did not happen) and whether repeated reports of the same
event on the same day collapse into one ("one a day").  User input is checked
here, once, so the CLI and the API give the same one-line messages.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..errors import EventwireError
from ..model import Modality

ASSERTED: tuple[str, ...] = (Modality.ASSERTED.value,)
ALL_MODALITIES: tuple[str, ...] = tuple(m.value for m in Modality)

# Actor codes are CAMEO-style compositions of upper-case letters (IRN, IRNGOV, IGOUNO); some
# tables use digits for sub-national units, and an actor of unknown country is coded ---COP.
_ACTOR = re.compile(r"[A-Z-][A-Z0-9-]{2,23}")
_CODE_PREFIX = re.compile(r"[0-9]{1,4}")
_SECTOR = re.compile(r"[A-Z]{3}")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


class QueryError(EventwireError):
    """A bad analysis parameter.  `parameter` names it, so the API can say which."""

    code = "E600"
    hint = "see --help for the accepted values"

    def __init__(self, message: str, *, parameter: str = "") -> None:
        super().__init__(message, where=parameter)
        self.parameter = parameter


@dataclass(frozen=True)
class Scope:
    """The events an analysis counts."""

    since: dt.date | None = None
    until: dt.date | None = None
    modalities: tuple[str, ...] | None = ASSERTED  # None: every modality
    one_a_day: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "modalities": list(self.modalities) if self.modalities is not None else list(ALL_MODALITIES),
            "one_a_day": self.one_a_day,
        }


DEFAULT_SCOPE = Scope()  # every date, asserted events, no collapse


def parse_date(text: str | None, *, parameter: str, end: bool = False) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its first day, or its last with `end`."""
    if text is None or not text.strip():
        return None
    match = _PARTIAL_DATE.fullmatch(text.strip())
    if not match:
        raise QueryError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", parameter=parameter)
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day is not None:
            return dt.date(year, int(month), int(day))
        if month is not None:
            m = int(month)
            return dt.date(year, m, calendar.monthrange(year, m)[1] if end else 1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError as e:
        raise QueryError(f"{text!r} is not a valid date: {e}", parameter=parameter) from e


def parse_modalities(values: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """`asserted` (default), a list such as `asserted,negated`, or `all` (None)."""
    if values is None:
        return ASSERTED
    items = [values] if isinstance(values, str) else list(values)
    names = [part.strip().lower() for item in items for part in item.split(",") if part.strip()]
    if not names:
        return ASSERTED
    if "all" in names:
        return None
    unknown = [n for n in names if n not in ALL_MODALITIES]
    if unknown:
        raise QueryError(
            f"unknown modality {unknown[0]!r} (choose from {', '.join(ALL_MODALITIES)} or all)",
            parameter="modality",
        )
    return tuple(dict.fromkeys(names))


def make_scope(
    since: str | None = None,
    until: str | None = None,
    modality: str | list[str] | tuple[str, ...] | None = None,
    one_a_day: bool = False,
) -> Scope:
    start = parse_date(since, parameter="since")
    stop = parse_date(until, parameter="until", end=True)
    if start and stop and start > stop:
        raise QueryError(f"since ({start}) is after until ({stop})", parameter="since")
    return Scope(start, stop, parse_modalities(modality), one_a_day)


def parse_actor(text: str | None, *, parameter: str = "actor") -> str:
    """A country (IRN) or actor code prefix (IRNGOV), upper-cased."""
    value = (text or "").strip().upper()
    if not _ACTOR.fullmatch(value):
        raise QueryError(
            f"{text!r} is not an actor code (a country such as IRN or a code such as IRNGOV)",
            parameter=parameter,
        )
    return value


def parse_code_prefix(text: str, *, parameter: str = "code") -> str:
    """A CAMEO code or prefix: digits, leading zeros kept ("04", "190")."""
    value = text.strip()
    if not _CODE_PREFIX.fullmatch(value):
        raise QueryError(f"{text!r} is not a CAMEO code prefix (1 to 4 digits, e.g. 04 or 190)", parameter=parameter)
    return value


def parse_sector(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    value = text.strip().upper()
    if not _SECTOR.fullmatch(value):
        raise QueryError(f"{text!r} is not a sector code (three letters, e.g. MIL or GOV)", parameter="sector")
    return value


def parse_choice(text: str | None, choices: tuple[str, ...], *, parameter: str, default: str) -> str:
    value = (text or default).strip().lower()
    if value not in choices:
        raise QueryError(f"{text!r} is not one of {', '.join(choices)}", parameter=parameter)
    return value
