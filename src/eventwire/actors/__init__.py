"""Actors stage: who is who.  Phrases and documents -> country + sector (+ CAMEO-style code)."""

from .document import DocumentActors
from .resolver import ActorResolver

__all__ = ["ActorResolver", "DocumentActors"]
