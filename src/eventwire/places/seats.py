"""Seats of bodies that meet where they sit: a meeting of the U.N. Security Council, or an act of the
council itself, happens in New York unless its clause names another place.

The table is data/places/seats.v1.tsv (reviewable; a bad row is an error naming file and line).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..data import data_path
from ..data.tsv import read_tsv
from ..errors import LexiconError
from ..model import Location
from ..nlp.normalise import fold_accents, strip_accents

DATA_DIR = data_path("places")
SEAT_COLUMNS = ("body", "names", "short", "seat", "country")
# Phrases whose named bodies are kept (BodySeats.named_in), and the longest text kept as a phrase;
# of longer texts (a story) only the last is kept
NAMED_TEXTS_KEPT = 4096
KEPT_TEXT_MAX = 300


@dataclass(frozen=True)
class Seat:
    body: str
    names: tuple[str, ...]  # folded names, longest first
    short: str  # folded word standing for the body once the story named it, "" for none
    place: Location


def _fold(text: str) -> str:
    """Case, accents and dots ignored: "U.N. Security Council" -> "un security council"."""
    return re.sub(r"\s+", " ", fold_accents(text).lower().replace(".", "")).strip()


def read_seats(path: Path, place_of) -> list[Seat]:
    """The rows of a seats table; `place_of(name, country)` gives the seat's Location or None."""
    seats: list[Seat] = []
    for row in read_tsv(path, required=SEAT_COLUMNS):
        names = tuple(sorted({_fold(n) for n in row["names"].split(";") if n.strip()}, key=len, reverse=True))
        if not row["body"] or not names:
            raise LexiconError("a seat row needs a body and at least one name", where=row.where)
        place = place_of(row["seat"], row["country"])
        if place is None:
            raise LexiconError(f"seat {row['seat']!r} ({row['country']}) is not a city of the gazetteer",
                               where=row.where)
        seats.append(Seat(row["body"], names, _fold(row["short"]), place))
    return seats


class BodySeats:
    """Which seated body a piece of text names, and that body's seat."""

    def __init__(self, seats: list[Seat]) -> None:
        self._seats = seats
        # the bodies a text names, kept by text: each event of a story asks of its actors' phrases and of
        # the whole story, and every body's names are searched in the text for one answer
        self._named: dict[str, tuple[Seat, ...]] = {}
        self._named_in_story: dict[str, tuple[Seat, ...]] = {}  # the last long text: the story being coded
        self._named_by_short: dict[str, tuple[Seat, ...]] = {}  # the bodies a phrase names by their short word

    def named_in(self, text: str) -> list[Seat]:
        """The bodies `text` names by one of their names, in table order. A name preceded by another
        capitalised word (not a possessive: "Wednesday's council meeting") is part of a longer name
        ("National Security Council" is no U.N. body)."""
        kept = self._named if len(text) <= KEPT_TEXT_MAX else self._named_in_story
        named = kept.get(text)
        if named is None:
            if len(kept) >= NAMED_TEXTS_KEPT or kept is self._named_in_story:
                kept.clear()  # bounded: a phrase table, and the story being coded
            plain = _plain(text)
            named = kept[text] = tuple(seat for seat in self._seats if any(_names(plain, name) for name in seat.names))
        return list(named)

    def seat_of(self, phrase: str, story_text: str) -> Location | None:
        """The seat of the body `phrase` names, by name, or by its short word ("the council") when the
        story names exactly one body with that short word."""
        named = self.named_in(phrase)
        if len(named) == 1:
            return named[0].place
        if named:
            return None  # two bodies: no one seat
        by_short = self._named_by_short_word(phrase)
        if not by_short:
            return None
        named_in_story = self.named_in(story_text)  # the whole story's text: read once, not once per body
        in_story = [s for s in by_short if s in named_in_story]
        return in_story[0].place if len(in_story) == 1 else None

    def _named_by_short_word(self, phrase: str) -> tuple[Seat, ...]:
        """The bodies whose short word ("the council") the phrase holds, kept by phrase as `named_in`'s
        answers are (perf: every event of a story asks of its parties' phrases again)."""
        named = self._named_by_short.get(phrase)
        if named is None:
            if len(self._named_by_short) >= NAMED_TEXTS_KEPT:
                self._named_by_short.clear()  # bounded, as named_in's table
            plain = _plain(phrase)  # perf: once, not again for each body with a short word
            named = self._named_by_short[phrase] = tuple(s for s in self._seats if s.short and _names(plain, s.short))
        return named


def _plain(text: str) -> str:
    """The text as names are matched in: accents and dots removed, case kept."""
    return strip_accents(text).replace(".", "")


@functools.lru_cache(maxsize=256)
def _name_pattern(folded_name: str) -> re.Pattern[str]:
    """A folded name's words, whole and separated by any space (compiled once per name)."""
    return re.compile(r"(?<![\w])" + r"\s+".join(re.escape(w) for w in folded_name.split()) + r"(?![\w])",
                      flags=re.IGNORECASE)


def _names(plain: str, folded_name: str) -> bool:
    """Whether the plain text (`_plain`) names the body by this name, not as part of a longer name."""
    for m in _name_pattern(folded_name).finditer(plain):
        before = plain[max(0, m.start() - 60):m.start()].split()  # only the word before matters
        if (before and before[-1][:1].isupper() and before[-1].lower() not in ("the", "un")
                and not before[-1].endswith(("'s", "\u2019s"))):
            continue  # "National Security Council", "Israel's Security Council"
        return True
    return False
