"""A dyad timeline as a PNG: cooperation up, conflict down, mean Goldstein below."""

from __future__ import annotations

from pathlib import Path

from .dyad import DyadReport

COOPERATION_COLOUR = "#2e7d32"
CONFLICT_COLOUR = "#c62828"


def plot_dyad(report: DyadReport, path: str | Path) -> Path:
    """Draw the report's periods (both directions together) into `path` (PNG, SVG or PDF by suffix)."""
    import matplotlib

    matplotlib.use("Agg")  # no display: draw to a file
    import matplotlib.pyplot as plt

    labels = [p.label for p in report.periods]
    x = list(range(len(labels)))
    totals = [p.counts.total for p in report.periods]
    fig, (counts_ax, gold_ax) = plt.subplots(
        2, 1, sharex=True, figsize=(max(6.0, min(18.0, 0.35 * len(x) + 3)), 5.5),
        gridspec_kw={"height_ratios": [3, 2]},
    )
    try:
        counts_ax.bar(x, [t.verbal_cooperation for t in totals], color=COOPERATION_COLOUR, alpha=0.55,
                      label="verbal cooperation")
        counts_ax.bar(x, [t.material_cooperation for t in totals], bottom=[t.verbal_cooperation for t in totals],
                      color=COOPERATION_COLOUR, label="material cooperation")
        counts_ax.bar(x, [-t.verbal_conflict for t in totals], color=CONFLICT_COLOUR, alpha=0.55,
                      label="verbal conflict")
        counts_ax.bar(x, [-t.material_conflict for t in totals], bottom=[-t.verbal_conflict for t in totals],
                      color=CONFLICT_COLOUR, label="material conflict")
        counts_ax.axhline(0, color="black", linewidth=0.8)
        counts_ax.set_ylabel("events (conflict below 0)")
        counts_ax.legend(loc="upper left", fontsize="small", ncol=2)
        scope = "all modalities" if report.scope.modalities is None else "/".join(report.scope.modalities)
        sector = f", sector {report.sector}" if report.sector else ""
        counts_ax.set_title(f"{report.a} <-> {report.b} by {report.by} ({scope} events{sector})")

        means = [t.goldstein_mean for t in totals]
        gold_ax.plot([i for i, m in zip(x, means) if m is not None], [m for m in means if m is not None],
                     marker="o", color="#1565c0", linewidth=1.2)
        gold_ax.axhline(0, color="black", linewidth=0.8)
        gold_ax.set_ylim(-10.5, 10.5)
        gold_ax.set_ylabel("mean Goldstein")
        step = max(1, len(x) // 24)
        gold_ax.set_xticks(x[::step], labels[::step], rotation=60, ha="right", fontsize="small")
        fig.tight_layout()
        out = Path(path)
        fig.savefig(out, dpi=110)
    finally:
        plt.close(fig)
    return out
