"""Tokens for actor matching: one tokenizer for table names and for text, so both sides agree.

Hyphens, dots and stray punctuation are dropped ("Kassym-Jomart" = "Kassym Jomart", "St. Andrews" =
"St Andrews"); an apostrophe inside a word is part of it and dropped from its key ("al-Rufay'i" and
"al-Rufay’i" = "al Rufayi", "Sa'ar" = "Saar"); possessive "'s" is kept as its own token; commas and "&"
are kept (they separate compound actors).  Keys fold case and accents ("Élysée" -> "elysee"); the original casing is kept so that
abbreviations match only in capitals ("WHO", never "who").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..nlp.normalise import fold_accents

# an abbreviation may drop its last dot ("the C.A.R is pleading", "the U.S"): still one token
TOKEN_RE = re.compile(r"(?P<abbr>(?:[A-Za-z]\.)+[A-Za-z]\b(?!\.)|(?:[A-Za-z]\.){2,})"
                      r"|(?P<poss>[’'`´]s\b|(?<=s)[’'´](?=\s|$))|\w+(?:[’'`´](?![sS]\b)\w+)*|[^\w\s]")
APOSTROPHES_IN_WORDS = re.compile(r"[’'`´]")
KEPT_PUNCT = {",", "&", ";"}
POSSESSIVE = "'s"
# Words recur across every phrase of every article: their casing and key are read from here after the
# first time (bounded, so a long run over many distinct words keeps a steady memory).
WORD_CACHE_SIZE = 1 << 16


@dataclass(frozen=True)
class Tok:
    """One matching token: its text as written, its key, and its character span in the source."""

    text: str
    key: str
    start: int
    end: int

    @property
    def casing(self) -> str:
        return casing_of(self.text)

    @property
    def is_possessive(self) -> bool:
        return self.key == POSSESSIVE


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def casing_of(text: str) -> str:
    if text.isascii() and text.isalpha():  # the common case, without the per-letter loop
        if len(text) >= 2 and text.isupper():
            return "upper"
        return "title" if text[0].isupper() else "lower"
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "other"
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "upper"
    if letters[0].isupper():
        return "title"
    return "lower"


# Transliteration variants of frequent given names, so "Mohammed Hussein" matches "Mohamed Husein".
NAME_VARIANTS = {
    **dict.fromkeys(("mohammed", "mohamed", "mohammad", "muhammad", "muhammed", "mohamad", "mohammod",
                     "muhamad", "mohamud"), "muhammad"),
    **dict.fromkeys(("ahmed", "ahmad", "ahmet"), "ahmad"),
    **dict.fromkeys(("hussein", "husein", "hussain", "husain", "husayn", "hossein", "hüseyin", "huseyin"),
                    "husayn"),
    **dict.fromkeys(("abdel", "abdul", "abdal", "abdol"), "abd"),
    **dict.fromkeys(("yusuf", "youssef", "yousef", "yousuf", "yusef", "youcef"), "yusuf"),
    **dict.fromkeys(("mahmoud", "mahmud", "mehmood", "mahmood"), "mahmud"),
    **dict.fromkeys(("sergei", "sergey", "serguei"), "sergey"),
    **dict.fromkeys(("dmitry", "dmitri", "dmitriy"), "dmitry"),
    **dict.fromkeys(("aleksandr", "alexander", "alexandr", "aleksander", "alyaksandr"), "aleksandr"),
    **dict.fromkeys(("andrei", "andrey", "andriy", "andrii"), "andrey"),
    **dict.fromkeys(("yury", "yuri", "yuriy"), "yury"),
}


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def key_of(raw: str) -> str:
    if raw in ("'s", "’s", "`s"):
        return POSSESSIVE
    raw = APOSTROPHES_IN_WORDS.sub("", raw.replace(".", ""))  # transliterations write them or not
    key = raw.lower() if raw.isascii() else fold_accents(raw)  # ASCII has no accents to fold
    return NAME_VARIANTS.get(key, key)


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Split `text` into matching tokens; `offset` shifts the character spans (for doc tokens)."""
    toks: list[Tok] = []
    for m in TOKEN_RE.finditer(text):
        raw = m.group(0)
        if m.group("poss"):
            toks.append(Tok(raw, POSSESSIVE, m.start() + offset, m.end() + offset))
            continue
        if not raw[0].isalnum() and raw not in KEPT_PUNCT:
            continue
        toks.append(Tok(raw, key_of(raw), m.start() + offset, m.end() + offset))
    return toks


def name_keys(name: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(strip_qualifier(name)))


def strip_qualifier(name: str) -> str:
    """'Foreign Office (UK)' -> 'Foreign Office': the bracket only disambiguates the row for readers."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


def name_form(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(name_keys, pattern_casings) of a table name, tokenised once."""
    toks = tokenize(strip_qualifier(name))
    return tuple(t.key for t in toks), tuple(t.casing for t in toks)


def pattern_casings(name: str) -> tuple[str, ...]:
    return tuple(t.casing for t in tokenize(strip_qualifier(name)))


# an acronym this long is also written as a name ("Nato", "Unicef", "Zanu-PF"); shorter ones are words
# in title case ("Who", "Us"), so they need their capitals
ACRONYM_AS_NAME_MIN = 4


def case_compatible(pattern: str, text: str, length: int = 0) -> bool:
    """Does a text token's casing allow it to match a table token written with `pattern` casing?

    Abbreviations (UN, WHO) need capitals, unless long enough to be written as a name ("Nato" for
    NATO: `length` is the token's); capitalised names need a capital letter (so "turkey" and "chad"
    stay common nouns); lower-case table words ("al", "of") match any casing.
    """
    if pattern == "upper":
        return text == "upper" or (text == "title" and length >= ACRONYM_AS_NAME_MIN)
    if pattern == "title":
        return text in ("title", "upper")
    return True
