"""The JSON API under /api.  Each dashboard view /NAME?QUERY has its twin /api/NAME?QUERY,
computed by the function here, which the page itself fetches."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from ..agreements.register import RegisterFilter
from ..analysis.actors import top_actors
from ..analysis.agreements import agreement_list, agreement_view, parse_day, parse_kind
from ..analysis.dyad import dyad
from ..analysis.events import MAX_LIMIT, EventQuery, article_view, list_events
from ..analysis.network import network
from ..analysis.scope import QueryError, Scope, parse_actor, parse_choice, parse_code_prefix, parse_sector
from .errors import ErrorBody, NotFound
from .params import scope_params
from .reader import StoreReader

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A bad parameter: the message says which and why."},
    404: {"model": ErrorBody, "description": "No such article or page."},
    503: {"model": ErrorBody, "description": "The store cannot be read."},
}

router = APIRouter(prefix="/api", responses=ERRORS)

ScopeDep = Annotated[Scope, Depends(scope_params)]
ACTOR = "A country (IRN) or an actor code prefix (IRNGOV)."


def reader(request: Request) -> StoreReader:
    return request.app.state.reader


@router.get("", summary="What this server serves")
def api_index(request: Request) -> dict[str, Any]:
    """The database, its table counts, and the endpoints with their dashboard pages."""
    store = reader(request)
    return {
        "database": str(store.path),
        "counts": store.counts(),
        "endpoints": {
            "/api/dyad": "/dyad", "/api/events": "/events", "/api/actors": "/actors",
            "/api/network": "/network", "/api/articles/{id}": "/articles/{id}",
            "/api/agreements": "/agreements", "/api/agreements/{id}": "/agreements/{id}",
        },
        "openapi": "/openapi.json",
        "docs": "/docs",
    }


@router.get("/dyad", summary="Two actors over time, both directions")
def api_dyad(
    request: Request,
    scope: ScopeDep,
    a: Annotated[str, Query(description=ACTOR, examples=["IRN"])],
    b: Annotated[str, Query(description=ACTOR, examples=["RUS"])],
    by: Annotated[str, Query(description="Period: week, month or year.")] = "month",
    sector: Annotated[str | None, Query(description="Only events with one side in this sector (MIL).")] = None,
    top_codes: Annotated[int, Query(ge=1, le=50, description="CAMEO codes listed per direction.")] = 5,
) -> dict[str, Any]:
    """Per period: counts by quad class (verbal/material cooperation/conflict), Goldstein
    sum and mean, for A->B, B->A and both; totals and the most frequent codes."""
    report = dyad(
        reader(request), parse_actor(a, parameter="a"), parse_actor(b, parameter="b"),
        by=parse_choice(by, ("week", "month", "year"), parameter="by", default="month"),
        sector=parse_sector(sector), scope=scope, top_codes=top_codes,
    )
    return report.to_dict()


def _dyad_param(text: str | None) -> tuple[str, str] | None:
    if not text:
        return None
    parts = [p for p in text.replace(" ", ",").split(",") if p]
    if len(parts) != 2:
        raise QueryError(f"{text!r} is not two actors separated by a comma (IRN,RUS)", parameter="dyad")
    return parse_actor(parts[0], parameter="dyad"), parse_actor(parts[1], parameter="dyad")


@router.get("/events", summary="Events with filters and paging")
def api_events(
    request: Request,
    scope: ScopeDep,
    actor: Annotated[list[str] | None, Query(description=ACTOR + " Either side; repeat for any of several.")] = None,
    dyad: Annotated[str | None, Query(description="Two actors, A,B: events between them.", examples=["IRN,RUS"])] = None,
    sector: Annotated[str | None, Query(description="With dyad: one side in this sector.")] = None,
    code: Annotated[list[str] | None, Query(description="CAMEO code prefix (04, 190); repeat for any.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    order: Annotated[str, Query(description="newest or oldest first.")] = "newest",
) -> dict[str, Any]:
    """Events as the coder's JSON plus id, article and support, with the evidence
    sentence and the character offsets of the event, source and target."""
    query = EventQuery(
        scope=scope,
        actors=tuple(parse_actor(a) for a in actor or ()),
        dyad=_dyad_param(dyad),
        sector=parse_sector(sector),
        codes=tuple(parse_code_prefix(c) for c in code or ()),
        limit=limit,
        offset=offset,
        order=parse_choice(order, ("newest", "oldest"), parameter="order", default="newest"),
    )
    return list_events(reader(request), query).to_dict()


@router.get("/actors", summary="Most active actors")
def api_actors(
    request: Request,
    scope: ScopeDep,
    top: Annotated[int, Query(ge=1, le=10_000)] = 20,
    by: Annotated[str, Query(description="actor (IRNGOV) or country (IRN).")] = "actor",
) -> dict[str, Any]:
    """Actors by appearances as source plus as target."""
    grouping = parse_choice(by, ("actor", "country"), parameter="by", default="actor")
    found = top_actors(reader(request), top=top, by=grouping, scope=scope)
    return {"by": grouping, "scope": scope.to_dict(), "actors": [a.to_dict() for a in found]}


@router.get("/network", summary="Weighted actor-to-actor edges")
def api_network(
    request: Request,
    scope: ScopeDep,
    by: Annotated[str, Query(description="country (IRN) or actor (IRNGOV).")] = "country",
    code: Annotated[list[str] | None, Query(description="CAMEO code prefix; repeat for any.")] = None,
    actor: Annotated[str | None, Query(description="Only edges touching this actor.")] = None,
    min_events: Annotated[int, Query(ge=1)] = 1,
    top: Annotated[int, Query(ge=1, le=100_000)] = 100,
) -> dict[str, Any]:
    """Directed edges weighted by events (self-ties left out), and their nodes."""
    graph = network(
        reader(request), by=parse_choice(by, ("country", "actor"), parameter="by", default="country"), scope=scope,
        codes=tuple(parse_code_prefix(c) for c in code or ()), actor=parse_actor(actor) if actor else None,
        min_events=min_events, top=top,
    )
    return graph.to_dict()


@router.get("/articles/{article_id:path}", summary="One article with its coded events")
def api_article(
    request: Request,
    article_id: Annotated[str, Path(min_length=1, max_length=4096,
                                    description="The article id, percent-encoded (it may hold '/', '?', '#').")],
) -> dict[str, Any]:
    """The article's text and metadata, its quotes, and every coded event (all modalities)
    with the evidence offsets into the text.  A wire copy shows its original's events.
    The id is the rest of the path: `/api/articles/feed%2Fa%2F1` and `/api/articles/feed/a/1`
    both name the article `feed/a/1`."""
    found = article_view(reader(request), article_id)
    if found is None:
        raise NotFound(f"no article with id {article_id!r}")
    return found


@router.get("/agreements", summary="The agreement register")
def api_agreements(
    request: Request,
    party: Annotated[str | None, Query(description="A party code (IRN, IGOUNO); a prefix matches.")] = None,
    kind: Annotated[str | None, Query(description="treaty, agreement, mou, ceasefire, un_resolution or sanctions.")] = None,
    expiring_before: Annotated[str | None, Query(description="Only agreements whose latest expiry is before this "
                                                             "day (YYYY-MM-DD).")] = None,
) -> dict[str, Any]:
    """Agreements, treaties, MoUs, ceasefires, UN resolutions and sanctions the stored articles refer
    to, one entry per agreement (merged across articles), most mentioned first, with their dates."""
    filters = RegisterFilter(party=party.strip().upper() if party else None, kind=parse_kind(kind),
                             expiring_before=parse_day(expiring_before, "expiring_before"))
    return agreement_list(reader(request), filters)


@router.get("/agreements/{agreement_id}", summary="One agreement with its timeline and events")
def api_agreement(
    request: Request,
    agreement_id: Annotated[str, Path(min_length=1, max_length=64, description="The register id.")],
) -> dict[str, Any]:
    """The agreement's parties and dates (every value given, with the articles that gave it), its
    timeline of mentions and status changes, every mention, and the events that point to it."""
    found = agreement_view(reader(request), agreement_id)
    if found is None:
        raise NotFound(f"no agreement with id {agreement_id!r}")
    return found
