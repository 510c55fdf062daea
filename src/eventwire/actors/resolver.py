"""ActorResolver: the actor tables loaded once, resolving phrases and whole documents."""

from __future__ import annotations

import datetime as dt
import itertools
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from ..model import Actor
from ..places.origin import PLACE_SUFFIXES
from .document import DocumentActors
from .index import Gazetteer, build_gazetteer
from .phrase import NAME_PARTICLES, Resolution, compose_all, scan
from .text import POSSESSIVE, Tok, tokenize

# Phrases kept resolved (see ActorResolver.resolve_words): enough for the recurring phrases of a long
# run; about 1 KB each (measured on the dev sets), so under 20 MB per process. The cache by day
# (ActorResolver._resolved_on_day) holds the same resolutions under other keys; the phrases' matching
# tokens and change days (_layout_tokens) are a few small objects per phrase.
PHRASE_CACHE_SIZE = 1 << 14
# A phrase as the document pass sees it: its words (text, character offset into the phrase's text).
WordLayout = tuple[tuple[str, int], ...]
# A bare apostrophe after a name ending in s ("Guterres' spokesman", "Reuters’ reporter") is a possessive
APOSTROPHES = frozenset({"'", "’", "´"})

V = TypeVar("V")

if TYPE_CHECKING:  # spaCy is only needed for documents
    from spacy.tokens import Doc


def _word_tokens(words: WordLayout) -> list[Tok]:
    """The matching tokens of a phrase given word by word.  A word is tokenized alone, so the
    apostrophe that makes "Guterres' spokesman" possessive (an apostrophe after an s, written with
    no space) is read here, where the word before it is known."""
    toks: list[Tok] = []
    previous_end = -1
    previous = ""
    for k, (word, offset) in enumerate(words):
        following = words[k + 1][0] if k + 1 < len(words) else ""
        if word in APOSTROPHES and previous.endswith(("s", "S")) and offset == previous_end \
                and not following[:1].isupper():
            # not before a capital: "the Workers' Party" is a name, written as the tables write it
            toks.append(Tok(word, POSSESSIVE, offset, offset + len(word)))
        else:
            toks.extend(tokenize(word, offset=offset))
        previous, previous_end = word, offset + len(word)
    return toks


def as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    """Dates of office are days: a datetime counts as its day."""
    return value.date() if isinstance(value, dt.datetime) else value


class ActorResolver:
    """Resolves actor phrases to (country, sector, CAMEO-style code) with the reason and table row.

        resolver = ActorResolver()
        resolver.resolve_phrase("Iran's Defence Minister Amir Hatami", dt.date(2020, 8, 25))
        resolver.resolve_phrase_all("Russian and Belarusian soldiers")   # two actors
        resolver.for_document(doc, published)                            # who is who in an article
    """

    def __init__(self, extra_files: Sequence[Path] = ()) -> None:
        self.extra_files = tuple(Path(p).resolve() for p in extra_files)
        self.gazetteer: Gazetteer = build_gazetteer(self.extra_files)
        self._resolved_phrases: PhraseCache[tuple[Resolution, ...]] = PhraseCache(PHRASE_CACHE_SIZE)
        self._resolved_on_day: PhraseCache[tuple[Resolution, ...]] = PhraseCache(PHRASE_CACHE_SIZE)
        self._layout_tokens: PhraseCache[tuple[tuple[Tok, ...], tuple[int, ...]]] = PhraseCache(PHRASE_CACHE_SIZE)

    def __reduce__(self):
        # workers rebuild the (cached) tables from the file list instead of receiving them pickled
        return (ActorResolver, (self.extra_files,))

    def resolve_phrase(self, text: str, date: dt.date | None = None) -> Actor:
        """The best single actor of `text` (the first of a compound); Actor(text=text) when unknown."""
        found = self.resolve_phrase_all(text, date)
        return found[0] if found else Actor(text=text)

    def resolve_phrase_all(self, text: str, date: dt.date | None = None) -> list[Actor]:
        """Every actor of `text`: "India and Japan" and "Russian and Belarusian soldiers" give two."""
        return [r.actor for r in self.resolutions(text, date) if r.known]

    def resolutions(self, text: str, date: dt.date | None = None) -> list[Resolution]:
        """Like resolve_phrase_all, with what the document pass needs (person, office, pronoun...)."""
        if not isinstance(text, str) or not text.strip():
            return []
        date = as_date(date)
        toks = tokenize(text)
        if not toks:
            return []
        return compose_all(scan(toks, self.gazetteer, date), text.strip(), date, source=text)

    def resolve_tokens(self, toks: list[Tok], text: str, date: dt.date | None, typos: bool = False,
                       source: str | None = None, person_offsets: frozenset[int] = frozenset()) -> list[Resolution]:
        """Resolve already tokenised text; the tokens' character offsets point into `source`;
        `person_offsets` marks words tagged as people's names."""
        if not toks:
            return []
        pieces = scan(toks, self.gazetteer, date, typos, person_offsets)
        return compose_all(pieces, text, date, source=source)

    def resolve_words(self, words: WordLayout, text: str, date: dt.date | None,
                      person_offsets: frozenset[int] = frozenset()) -> tuple[Resolution, ...]:
        """Resolve a phrase of the document pass: `words` are its words with their offsets into `text`
        (the phrase as written, words left out of it included), `person_offsets` those of words tagged
        as people's names.

        The same phrases recur in article after article ("the government", "Iranian officials"), so
        each is resolved once and kept: for the days around its date on which the rows it can reach read
        alike when it can reach a row with dates of office, else for every date (Gazetteer.change_days_of)."""
        any_date_key = (words, text, person_offsets, "any date", date is None)
        found = self._resolved_phrases.get(any_date_key)
        if found is not None:
            return found
        # most articles of a run share their day with others: a phrase read on that day is kept for it,
        # which spares the next asking the words' tokens and the stretch of days around the date
        on_day_key = (words, text, person_offsets, "day", date)
        found = self._resolved_on_day.get(on_day_key)
        if found is not None:
            return found
        # a phrase recurs on other days: its matching tokens, and the days on which a row it can reach
        # changes, are read once
        kept = self._layout_tokens.get(words)
        if kept is None:
            kept_tokens = tuple(_word_tokens(words))
            kept = (kept_tokens, self.gazetteer.change_days_of(kept_tokens, self._may_be_respelt(kept_tokens)))
            self._layout_tokens.put(words, kept)
        kept_tokens, change_days = kept
        toks = list(kept_tokens)
        # the articles of a corpus span years, but a phrase reads alike on every day between two changes
        # of the rows it can reach (Gazetteer.change_days_of): one entry serves all those days
        stretch = None if date is None else bisect_right(change_days, date.toordinal())
        on_date_key = (words, text, person_offsets, "on", stretch)
        found = self._resolved_phrases.get(on_date_key)
        if found is None:
            found = tuple(self.resolve_tokens(toks, text, date, source=text, person_offsets=person_offsets))
            if not change_days:  # no row the phrase can reach has dates: it reads alike on every date
                self._resolved_phrases.put(any_date_key, found)
                return found
            self._resolved_phrases.put(on_date_key, found)
        self._resolved_on_day.put(on_day_key, found)
        return found

    def _may_be_respelt(self, toks: Sequence[Tok]) -> bool:
        """Whether a run of the phrase's words may be read as a respelt name: phrase._respelled_entry reads
        runs of two or more words of name pieces (a capitalised word, a name particle, a place suffix, or
        the words of a name the tables match), so two such words in a row."""
        in_names = [False] * len(toks)
        for i in range(len(toks)):
            for end, _ in self.gazetteer.name_matches(toks, i)[:1]:  # longest first
                in_names[i:end] = [True] * (end - i)
        name_words = [in_names[k] or t.casing in ("title", "upper") or t.key in NAME_PARTICLES
                      or t.key in PLACE_SUFFIXES for k, t in enumerate(toks)]
        return any(a and b for a, b in itertools.pairwise(name_words))

    def for_document(self, doc: Doc, published: dt.date | None, text: str | None = None) -> DocumentActors:
        """`text` is doc.text when the caller already has it (spaCy rebuilds it on every access)."""
        return DocumentActors.build(doc, as_date(published), self, text)


class PhraseCache(Generic[V]):
    """A bounded map of phrase keys to what was read of them; the least recently used go first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple, V] = OrderedDict()

    def get(self, key: tuple) -> V | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: tuple, value: V) -> None:
        self._items[key] = value
        if len(self._items) > self.size:
            self._items.popitem(last=False)
