"""Prepare article text for parsing without moving any character.

Every offset in our evidence points into the article text as the user gave it, so
normalisation here is length-preserving: typographic quotes and dashes become their
ASCII twins one-for-one, and a dateline prefix is blanked with spaces (its place is
kept for the location stage).
"""

from __future__ import annotations

import re
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
    """Offset of the first body paragraph, where datelines stand: after the front matter (a
    headline, a byline, a photo caption, a date stamp) that may come before it."""
    at = len(text) - len(text.lstrip())
    for _ in range(MAX_FRONT_PARAGRAPHS):
        end = text.find("\n\n", at)
        if end == -1:
            break
        paragraph = text[at:end].strip()
        if not is_front_matter(paragraph):
            break
        at = end + 2
        at += len(text[at:]) - len(text[at:].lstrip())
    return at


MAX_FRONT_PARAGRAPHS = 4
# A headline is short: wire headlines run to about a dozen words, title-case ones a little longer.
HEADLINE_MAX_WORDS = 14
TITLE_CASE_HEADLINE_MAX_WORDS = 20
BYLINE = re.compile(r"^(?:By|BY|by)\s+[A-Z][\w.'\u2019-]*(?:[\s,]+(?:[A-Z][\w.'\u2019-]*|and|AND|&|de|da|van|von|al|el|bin))*$")
# "FILE - A man walks ...", "FILE PHOTO: ...", "(AP Photo/Rahmat Gul)", "(Photo: Reuters)"
CAPTION_START = re.compile(r"^(?:FILE(?:\s+PHOTO)?\s*(?:-|:)|FILE\s+PHOTO\b|PHOTO\s*:|Photo\s*:|Photograph\s*:)")
PHOTO_CREDIT = re.compile(r"\((?:AP|AFP|Reuters|EPA|Getty|VOA)?\s*Photo(?:graph)?\s*[:/][^)]*\)|\(Photo\s+by\s+[^)]*\)",
                          re.IGNORECASE)
DATE_STAMP = re.compile(r"^(?:(?:updated|published|posted)\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
                        r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
                        r"(?:[\s,]+\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$", re.IGNORECASE)


def looks_like_headline(text: str) -> bool:
    """Short and title-like, with no closing punctuation: "Iran, Russia and China begin joint naval
    drills".  A long unpunctuated opening ("Security forces in Somalia say they killed all six
    attackers who laid siege to a hotel ... in airstrikes") is the lead cut short, not a headline."""
    stripped = text.strip()
    if not stripped or stripped[-1] in SENTENCE_END or "\n\n" in stripped:
        return False
    words = stripped.split()
    if len(words) <= HEADLINE_MAX_WORDS:
        return True
    capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
    return len(words) <= TITLE_CASE_HEADLINE_MAX_WORDS and capitalised >= 0.5


def is_byline(text: str) -> bool:
    """"By Ayaz Gul", "By Margaret Besheer and Ayaz Gul": a credit line, not news."""
    stripped = text.strip()
    return len(stripped.split()) <= 10 and bool(BYLINE.match(stripped)) and stripped[-1:] not in ".!?"


def is_caption(text: str) -> bool:
    """A photo caption: "FILE - ...", "FILE PHOTO: ...", or a paragraph with a photo credit."""
    stripped = text.strip()
    return bool(CAPTION_START.match(stripped) or PHOTO_CREDIT.search(stripped))


def is_front_matter(paragraph: str) -> bool:
    """What may stand above an article's first body paragraph: headline, byline, caption, date."""
    return (looks_like_headline(paragraph) or is_byline(paragraph) or is_caption(paragraph)
            or bool(DATE_STAMP.match(paragraph.strip())))


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
    """The article's first line in a multi-paragraph text is its headline when it stands alone,
    unpunctuated, short and title-like, even in sentence case ("Iran, Russia and China begin joint
    naval drills"); a long opening paragraph without a final full stop is coded."""
    stripped = sentence_text.strip()
    return paragraph_count > 1 and "\n\n" in sentence_text and looks_like_headline(stripped)


TRAILER_HEADINGS = ("read more", "related", "see also", "more on this", "related stories", "recommended")


def starts_trailer(sentence_text: str) -> bool:
    """'Read more:' and similar lines open a block of links to other stories: not this article."""
    words = sentence_text.strip().lower().rstrip(":").strip()
    return words in TRAILER_HEADINGS


LINK_LINE = re.compile(r"^(?:" + "|".join(re.escape(h) for h in TRAILER_HEADINGS) + r")\s*:\s*\S", re.IGNORECASE)


def is_link_line(sentence_text: str) -> bool:
    """"Read more: Taliban ban women from parks", "RELATED: ...": a link to another story
    within the article; the article goes on after it."""
    return bool(LINK_LINE.match(sentence_text.strip()))


def strip_accents(text: str) -> str:
    """The text without accents, case kept ("Élysée" -> "Elysee")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold_accents(text: str) -> str:
    """Lower case without accents: the comparison form of a word ("Élysée" -> "elysee")."""
    return strip_accents(text).lower()
