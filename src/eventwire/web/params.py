"""Query parameters shared by the API endpoints, turned into analysis values.

FastAPI checks types (an integer is an integer); the analysis' own parsers
(analysis.scope) check meaning (a date is a date, an actor code is a code), so
the API and the CLI accept exactly the same values.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from ..analysis.scope import Scope, make_scope

SINCE = "First day: YYYY, YYYY-MM or YYYY-MM-DD."
UNTIL = "Last day: YYYY, YYYY-MM or YYYY-MM-DD (a partial date means its end)."
MODALITY = ("Modalities to count: asserted (default), negated, hypothetical, future, historical; "
            "repeat or comma-separate; `all` for every one.")
ONE_A_DAY = "Collapse repeated reports: one event per date, source, target and code."


def scope_params(
    since: Annotated[str | None, Query(description=SINCE, examples=["2019"])] = None,
    until: Annotated[str | None, Query(description=UNTIL, examples=["2023-12"])] = None,
    modality: Annotated[list[str] | None, Query(description=MODALITY)] = None,
    one_a_day: Annotated[bool, Query(description=ONE_A_DAY)] = False,
) -> Scope:
    return make_scope(since, until, modality, one_a_day)
