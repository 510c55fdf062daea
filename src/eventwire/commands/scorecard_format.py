"""Render a scorecard report as readable tables."""

from __future__ import annotations

from .common import render_table


def _prf_row(name: str, d: dict) -> list[str]:
    return [name, f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}", str(d["tp"]), str(d["fp"]), str(d["fn"])]


def format_report(report: dict) -> str:
    out = [f"== {report['gold']}: {report['records']} records, {report.get('input_errors', 0)} input errors"]
    cameo = report.get("CAMEO")
    if cameo:
        rows = [_prf_row(label, cameo[key]) for label, key in (
            ("exact triple", "exact_triple"), ("country + root", "country_actors_root_code"),
            ("root code", "root_code"), ("quad class", "quad_class"), ("PLOVER event", "plover_event"))
            if key in cameo]
        out.append(render_table(["level", "P", "R", "F1", "tp", "fp", "fn"], rows))
        empty = cameo.get("no_event_records", {})
        if empty.get("records"):
            out.append(f"records expecting no event: {empty['correctly_empty']} of {empty['records']} got none")
        if "by_root" in cameo:
            out.append("\nper root:")
            out.append(render_table(["root", "P", "R", "F1", "tp", "fp", "fn"],
                                    [_prf_row(r, d) for r, d in cameo["by_root"].items()]))
        if cameo["worst_confusions"]:
            out.append("\nworst confusions (gold root -> predicted):")
            out += [f"  {c['gold_root']} -> {c['predicted_root']}: {c['count']}" for c in cameo["worst_confusions"]]
    penta = report.get("CONFLIBERT_PENTA")
    if penta:
        out.append(f"5-way class: accuracy {penta['accuracy']:.3f}, macro-F1 {penta['macro_f1']:.3f}, "
                   f"no event predicted for {penta['no_event_rate']:.1%}")
        out.append(render_table(["class", "name", "P", "R", "F1"], [
            [c, d["name"], f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}"]
            for c, d in penta["per_class"].items()]))
        out += [f"  {c['gold']} -> {c['predicted']}: {c['count']}" for c in penta["worst_confusions"]]
    plover = report.get("PLOVER")
    if plover:
        out.append(f"PLOVER: gold event among predicted {plover['gold_event_among_predicted']:.3f}, "
                   f"most frequent predicted = gold {plover['most_frequent_event_accuracy']:.3f}")
        out.append(render_table(["event", "recall"], [[k, f"{v:.3f}"] for k, v in plover["recall_by_event"].items()]))
        out += [f"  {c['gold']} -> {c['predicted']}: {c['count']}" for c in plover["worst_confusions"]]
    parties = report.get("PARTIES")
    if parties:
        out.append(f"parties ({parties['records_with_both_spans']} records with gold source and target spans): "
                   f"source found {parties['source_found']:.3f}, target found {parties['target_found']:.3f}, "
                   f"both in one event {parties['both_in_one_event']:.3f}")
    pairs = report.get("PLOVER_PAIR")
    if pairs:
        out.append(f"marked pairs ({pairs['pairs_located']} located): pair found {pairs['pair_found']:.3f}, "
                   f"PLOVER type right given the pair {pairs['type_right_given_pair']:.3f}, "
                   f"strict {pairs['strict']:.3f}, swapped {pairs['swapped']:.3f}; "
                   f"source found {pairs['source_found']:.3f}, target found {pairs['target_found']:.3f}")
        out.append(render_table(["type", "pairs", "pair found", "type right given pair"], [
            [t, str(d["pairs"]), f"{d['pair_found']:.3f}", f"{d['type_right_given_pair']:.3f}"]
            for t, d in pairs["by_type"].items()]))
        out += [f"  {c['gold']} -> {c['predicted']}: {c['count']}" for c in pairs["worst_type_confusions"]]
    tp = report.get("TIME_PLACE")
    if tp:
        for field in ("date", "place", "speaker"):
            d = tp.get(field) or {}
            if d:
                where = d.get("accuracy_where_found")
                out.append(f"{field}: accuracy {d.get('accuracy')} ({d.get('correct')}/{d.get('total')})"
                           + (f", {where} where the event/quote was found" if where is not None else ""))
    actor = report.get("PLOVER_ACTOR")
    if actor:
        out.append("actors: " + ", ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
            for k, v in actor.items() if not isinstance(v, (list, dict))))
    return "\n".join(out) + "\n"
