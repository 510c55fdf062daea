"""ActorResolver: the actor tables loaded once, resolving phrases and whole documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Actor
from .document import DocumentActors
from .index import Gazetteer, build_gazetteer
from .phrase import Resolution, compose_all, scan
from .text import Tok, tokenize

if TYPE_CHECKING:  # spaCy is only needed for documents
    from spacy.tokens import Doc


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

    def for_document(self, doc: Doc, published: dt.date | None) -> DocumentActors:
        return DocumentActors.build(doc, as_date(published), self)
