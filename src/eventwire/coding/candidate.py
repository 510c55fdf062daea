"""What the extractor hands to the assembler: a Candidate event and the Match it came from."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import Pattern


@dataclass(frozen=True)
class Candidate:
    predicate: int  # token index (in the Doc) of the word that carries the event
    anchor: int  # token index whose clause decides modality (frame verb or light verb)
    code: str
    pattern: Pattern
    sources: tuple[int, ...]
    targets: tuple[int, ...]
    rule: str
    reciprocal: bool = False
    frame: str = ""  # INTENT / THREAT / ... when a control frame produced the code
    frame_cue: str = ""
    embedded_code: str = ""  # the code before the frame applied
    span_start: int = 0  # token range of the event words, for evidence
    span_end: int = 0
    modality_from_anchor: bool = False  # the frame verb alone decides modality ("said X must")
    stated: bool = False  # a speech act read off a modal clause: its modal is not the statement's
    # how the parties were found (coding/parties.py routes: "subject", "possessor", "dative", ...);
    # "" where a rule reads its parties itself (frames, constructions)
    source_route: str = ""
    target_route: str = ""


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    targets: tuple[Token, ...]
    consumes: tuple[int, ...] = ()  # tokens of a nested event this match already covers
    final: bool = False  # the code is already the frame's code (an engine rule), not an embedded code
    target_route: str = ""  # how the targets were found (coding/parties.py)


@dataclass(frozen=True)
class Subsided:
    """A conflictual act that stopped by itself, and the tokens (its noun phrase) it uses up."""

    candidate: Candidate
    uses: tuple[int, ...]  # the words of its noun phrase, used up


def noun_event(anchor: Token, noun: Token, match: Match, sources: list[Token], targets: list[Token], rule: str,
               reciprocal: bool = False, routes: tuple[str, str] = ("", "")) -> Candidate:
    """A Candidate for an event noun carried by a verb ("held *talks*", "hit by air *strikes*",
    "received *aid* from"): the noun is the predicate, the verb decides modality."""
    return Candidate(
        predicate=noun.i,
        anchor=anchor.i,
        code=match.pattern.cameo,
        pattern=match.pattern,
        sources=tuple(t.i for t in sources),
        targets=tuple(t.i for t in targets),
        rule=rule,
        reciprocal=reciprocal,
        span_start=min(anchor.i, noun.i),
        span_end=max(anchor.i, noun.i) + 1,
        source_route=routes[0],
        target_route=routes[1],
    )
