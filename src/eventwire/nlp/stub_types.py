"""spaCy attributes whose type stubs are wrong, read with the types they have.

spaCy's stubs declare `Token.conjuncts` and `Span.ents` as one-element tuples (`Tuple[Token]`,
`Tuple[Span]`); they hold any number. The type checker cannot see the mistake, but code compiled with
mypyc checks declared types when it runs (docs/scale.md, "compiling the coder"): the first word with two
conjuncts would raise TypeError. Read them here, typed as what they are.
"""

from __future__ import annotations

from typing import Any, cast

from spacy.tokens import Span, Token


def conjuncts(token: Token) -> tuple[Token, ...]:
    """`token.conjuncts`: the words coordinated with it, without itself, in spaCy's order."""
    return tuple(cast(Any, token).conjuncts)


def span_entities(span: Span) -> tuple[Span, ...]:
    """`span.ents`: the named entities inside the span."""
    return tuple(cast(Any, span).ents)
