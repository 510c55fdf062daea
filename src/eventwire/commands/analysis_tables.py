"""Readable tables for the analysis commands (dyad, actors, network, events)."""

from __future__ import annotations

from ..agreements.register import AgreementEntry
from ..analysis.actors import ActorActivity
from ..analysis.dyad import DyadReport
from ..analysis.events import EventPage
from ..analysis.network import Network
from .analysis_options import number
from .common import _clip, render_table


def _scope_line(scope: dict) -> str:
    parts = ["modalities: " + ",".join(scope["modalities"])]
    if scope["since"] or scope["until"]:
        parts.append(f"dates: {scope['since'] or '...'} to {scope['until'] or '...'}")
    if scope["one_a_day"]:
        parts.append("one a day")
    return "; ".join(parts)


def dyad_table(report: DyadReport) -> str:
    a, b = report.a, report.b
    title = f"# {a} <-> {b} by {report.by}" + (f", sector {report.sector}" if report.sector else "")
    out = [title, f"# {_scope_line(report.scope.to_dict())}"]
    shown = [p for p in report.periods if p.counts.total.events]
    rows = []
    for p in shown:
        t = p.counts.total
        rows.append([p.label, str(t.events), str(p.counts.a_to_b.events), str(p.counts.b_to_a.events),
                     str(t.cooperation), str(t.conflict), number(t.goldstein_sum, 1), number(t.goldstein_mean)])
    headers = ["period", "events", f"{a}->{b}", f"{b}->{a}", "coop", "conflict", "goldstein", "mean"]
    out.append(render_table(headers, rows) if rows else "(no events)")
    if len(shown) < len(report.periods):
        out.append(f"({len(report.periods) - len(shown)} periods without events not shown)")
    out += ["", "# totals"]
    totals = []
    for key, label in (("a_to_b", f"{a}->{b}"), ("b_to_a", f"{b}->{a}"), ("total", "both")):
        c = getattr(report.totals, key)
        totals.append([label, str(c.events), str(c.verbal_cooperation), str(c.material_cooperation),
                       str(c.verbal_conflict), str(c.material_conflict), number(c.goldstein_sum, 1),
                       number(c.goldstein_mean)])
    out.append(render_table(["direction", "events", "verb coop", "mat coop", "verb confl", "mat confl",
                             "goldstein", "mean"], totals))
    if report.undated:
        out.append(f"({report.undated} undated events are in the totals, not in the periods)")
    for key, label in (("a_to_b", f"{a}->{b}"), ("b_to_a", f"{b}->{a}")):
        codes = report.top_codes[key]
        if codes:
            out += ["", f"# top codes {label}"]
            out.append(render_table(["cameo", "name", "events", "goldstein"],
                                    [[c.cameo, c.name, str(c.events), number(c.goldstein, 1)] for c in codes]))
    return "\n".join(out)


def actors_table(found: list[ActorActivity]) -> str:
    rows = [[a.actor, _clip(a.name, 30), str(a.events), str(a.as_source), str(a.as_target), str(a.cooperation),
             str(a.conflict), number(a.to_dict()["goldstein_mean"])] for a in found]
    if not rows:
        return "(no events)"
    return render_table(["actor", "name", "events", "as source", "as target", "coop", "conflict", "mean"], rows)


def agreements_table(entries: list[AgreementEntry]) -> str:
    rows = []
    for e in entries:
        dates = e.summary()["dates"]
        rows.append([e.id, e.kind, _clip(e.name, 40), ",".join(e.parties[:4]) + ("…" if len(e.parties) > 4 else ""),
                     "; ".join(str(v) for v in dates.get("signed", [])), "; ".join(str(v) for v in dates.get("expiry", [])),
                     str(len({r.article_id for r in e.references})), str(e.mentions)])
    if not rows:
        return "(no agreements)"
    return render_table(["id", "kind", "name", "parties", "signed", "expiry", "articles", "mentions"], rows)


def network_table(graph: Network) -> str:
    rows = [[e.source, e.target, str(e.events), str(e.cooperation), str(e.conflict), number(e.goldstein_sum, 1),
             number(e.to_dict()["goldstein_mean"])] for e in graph.edges]
    if not rows:
        return "(no edges)"
    head = f"# {len(graph.edges)} of {graph.edges_in_scope} edges, {len(graph.nodes)} nodes ({graph.by})"
    return head + "\n" + render_table(["source", "target", "events", "coop", "conflict", "goldstein", "mean"], rows)


def events_table(page: EventPage) -> str:
    rows = []
    for e in page.events:
        rows.append([e["date"] or "", e["source_actor"] or "?", e["cameo"], e["target_actor"] or "?",
                     e["modality"], e["article"]["id"], _clip(e["evidence"]["sentence"] or "", 70)])
    first = page.query.offset + 1 if rows else 0
    head = f"# events {first}-{page.query.offset + len(rows)} of {page.total} ({page.query.order} first)"
    if not rows:
        return head
    return head + "\n" + render_table(["date", "source", "cameo", "target", "modality", "article", "sentence"], rows)
