"""Prepare article text for parsing without moving any character.

Every offset in our evidence points into the article text as the user gave it, so
normalisation here is length-preserving: typographic quotes and dashes become their
ASCII twins one-for-one, and a dateline prefix is blanked with spaces (its place is
kept for the location stage).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# one character in, one character out
_TRANSLATE = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)

SENTENCE_END = frozenset('.!?"\')')


@dataclass(frozen=True)
class PreparedText:
    text: str  # same length as the original
    dateline: str | None  # "Mingora, Pakistan" when the article opened with a dateline


def prepare_text(text: str, dateline_finder=None) -> PreparedText:
    """Normalise quotes/dashes and blank out a leading dateline, keeping every offset."""
    out = text.translate(_TRANSLATE)
    place = None
    if dateline_finder is not None:
        start = body_start(out)
        place, length = dateline_finder(out[start:])
        if place and length:
            out = out[:start] + " " * length + out[start + length:]
    return PreparedText(out, place)


def body_start(text: str) -> int:
    """Offset of the first body paragraph: after a leading headline, where datelines stand."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    first, sep, _ = stripped.partition("\n\n")
    if sep and first.strip() and first.rstrip()[-1] not in SENTENCE_END:
        rest = lead + len(first) + len(sep)
        return rest + (len(text[rest:]) - len(text[rest:].lstrip()))
    return lead


def is_heading(sentence_text: str, paragraph_count: int) -> bool:
    """A short or title-cased line with no closing punctuation is a heading (title, section
    head, link list).

    Headings are read for context but not coded: they repeat the body or, in "Read more"
    blocks, belong to other stories.  A long unpunctuated line is prose cut short (truncated
    copy) and is coded.  A single-paragraph input is always coded.
    """
    stripped = sentence_text.strip()
    if paragraph_count <= 1 or not stripped or stripped[-1] in SENTENCE_END:
        return False
    words = [w for w in stripped.split() if w[:1].isalpha()]
    if len(words) <= 8:
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.5


def is_headline(sentence_text: str, paragraph_count: int) -> bool:
    """The article's first line, unpunctuated, in a multi-paragraph text is its headline, even in
    sentence case ("Iran, Russia and China begin joint naval drills")."""
    stripped = sentence_text.strip()
    return paragraph_count > 1 and bool(stripped) and stripped[-1] not in SENTENCE_END and "\n\n" in sentence_text


TRAILER_HEADINGS = ("read more", "related", "see also", "more on this", "related stories", "recommended")


def starts_trailer(sentence_text: str) -> bool:
    """'Read more:' and similar lines open a block of links to other stories: not this article."""
    words = sentence_text.strip().lower().rstrip(":").strip()
    return words in TRAILER_HEADINGS


def fold_accents(text: str) -> str:
    """Lower case without accents: the comparison form of a word ("Élysée" -> "elysee")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
