"""Helpers shared by the document-level actor tests: resolve a text's actors on a day, and read the
actor the resolver gave one word."""

from __future__ import annotations

import datetime as dt


def document_actors(coder, text: str, day: dt.date) -> tuple:
    """The parsed text and its DocumentActors on `day`."""
    doc = coder.nlp(text)
    return doc, coder.resources.actors.for_document(doc, day)


def actor_at(doc, actors, word: str, nth: int = 0):
    """The first actor of the `nth` token written `word`, or None."""
    token = [t for t in doc if t.text == word][nth]
    found = actors.actors_for(token)
    return found[0] if found else None


def phrase_resolver(day: dt.date):
    """A function reading one actor phrase on `day` with the shipped tables."""
    from eventwire.actors import ActorResolver

    resolver = ActorResolver()
    return lambda text: resolver.resolve_phrase(text, day)
