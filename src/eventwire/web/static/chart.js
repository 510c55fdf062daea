// The dyad timeline: cooperation stacked above the zero line (verbal light, material
// dark), conflict below it, and the mean Goldstein score per period in a panel beneath.
// Every period group carries its numbers as data-* attributes and a tooltip.

import { el, fmt, svg } from "./dom.js";

const WIDTH = 960, LEFT = 46, RIGHT = 14, TOP = 12;
const COUNTS_HEIGHT = 240, GAP = 26, GOLD_HEIGHT = 90, BOTTOM = 58;

export function legend() {
  // Colours come from classes in style.css: the Content-Security-Policy allows no inline style.
  const item = (kind, label) => el("span", {}, el("span", { class: `swatch swatch-${kind}` }), label);
  return el("div", { class: "legend" },
    item("vcoop", "verbal cooperation"), item("mcoop", "material cooperation"),
    item("vconf", "verbal conflict"), item("mconf", "material conflict"),
    item("gold", "mean Goldstein (−10 … +10)"));
}

// A round top for the count axis whose half is a whole number too (10 -> 5, 40 -> 20).
function niceMax(value) {
  if (value <= 1) return 1;
  if (value <= 10) return value + (value % 2);
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

export function dyadChart(periods, direction = "total") {
  const height = TOP + COUNTS_HEIGHT + GAP + GOLD_HEIGHT + BOTTOM;
  const root = svg("svg", { class: "chart", viewBox: `0 0 ${WIDTH} ${height}`, role: "img",
    "aria-label": "Cooperation and conflict per period", "data-direction": direction,
    "data-periods": periods.length });
  const counts = periods.map((p) => p[direction]);
  const top = niceMax(Math.max(1, ...counts.map((c) => Math.max(c.cooperation, c.conflict))));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const band = plotWidth / Math.max(1, periods.length);
  const barWidth = Math.max(1, Math.min(40, band * 0.78));
  const zero = TOP + COUNTS_HEIGHT / 2;
  const scale = (COUNTS_HEIGHT / 2) / top;
  const goldTop = TOP + COUNTS_HEIGHT + GAP;
  const goldY = (g) => goldTop + GOLD_HEIGHT / 2 - (g / 10) * (GOLD_HEIGHT / 2);

  const ticks = top > 1 ? [top, top / 2, -top / 2, -top] : [top, -top];
  for (const value of ticks) {
    const y = zero - value * scale;
    root.append(svg("line", { class: "grid", x1: LEFT, x2: WIDTH - RIGHT, y1: y, y2: y }),
      svg("text", { x: LEFT - 6, y: y + 4, "text-anchor": "end" }, Math.abs(value)));
  }
  root.append(svg("text", { x: LEFT + 4, y: TOP + 10 }, "cooperation ↑"),
    svg("text", { x: LEFT + 4, y: TOP + COUNTS_HEIGHT - 2 }, "conflict ↓"),
    svg("text", { x: LEFT + 4, y: goldTop - 4 }, "mean Goldstein"));
  for (const g of [10, 0, -10]) {
    root.append(svg("line", { class: "grid", x1: LEFT, x2: WIDTH - RIGHT, y1: goldY(g), y2: goldY(g) }),
      svg("text", { x: LEFT - 6, y: goldY(g) + 4, "text-anchor": "end" }, g > 0 ? `+${g}` : g));
  }

  const labelEvery = Math.max(1, Math.ceil(periods.length / 24));
  const points = [];
  periods.forEach((period, i) => {
    const c = counts[i];
    const x = LEFT + i * band + (band - barWidth) / 2;
    const group = svg("g", {
      class: "period", "data-label": period.label, "data-events": c.events,
      "data-cooperation": c.cooperation, "data-conflict": c.conflict,
      "data-goldstein-sum": c.goldstein_sum, "data-goldstein-mean": c.goldstein_mean ?? "",
    });
    group.append(svg("title", {}, `${period.label}: ${c.events} events — ${c.cooperation} cooperation ` +
      `(${c.verbal_cooperation} verbal, ${c.material_cooperation} material), ${c.conflict} conflict ` +
      `(${c.verbal_conflict} verbal, ${c.material_conflict} material); Goldstein sum ${fmt(c.goldstein_sum, 1)}, ` +
      `mean ${fmt(c.goldstein_mean)}`));
    group.append(svg("rect", { class: "hover", x: LEFT + i * band, y: TOP, width: band, height: COUNTS_HEIGHT, fill: "transparent" }));
    const bar = (cls, from, amount) => svg("rect", { class: cls, x, width: barWidth,
      y: amount >= 0 ? zero - (from + amount) * scale : zero - from * scale, height: Math.abs(amount) * scale });
    if (c.verbal_cooperation) group.append(bar("bar-vcoop", 0, c.verbal_cooperation));
    if (c.material_cooperation) group.append(bar("bar-mcoop", c.verbal_cooperation, c.material_cooperation));
    if (c.verbal_conflict) group.append(bar("bar-vconf", 0, -c.verbal_conflict));
    if (c.material_conflict) group.append(bar("bar-mconf", -c.verbal_conflict, -c.material_conflict));
    if (c.goldstein_mean !== null) points.push([x + barWidth / 2, goldY(c.goldstein_mean), period.label, c.goldstein_mean]);
    if (i % labelEvery === 0) {
      const lx = LEFT + i * band + band / 2, ly = goldTop + GOLD_HEIGHT + 12;
      group.append(svg("text", { x: lx, y: ly, "text-anchor": "end", transform: `rotate(-45 ${lx} ${ly})` }, period.label));
    }
    root.append(group);
  });
  root.append(svg("line", { class: "axis", x1: LEFT, x2: WIDTH - RIGHT, y1: zero, y2: zero }));
  if (points.length > 1) {
    root.append(svg("polyline", { class: "gold-line", points: points.map(([x, y]) => `${x},${y}`).join(" ") }));
  }
  for (const [x, y, label, mean] of points) {
    root.append(svg("circle", { class: "gold-point", cx: x, cy: y, r: 2.8, "data-label": label, "data-mean": mean },
      svg("title", {}, `${label}: mean Goldstein ${fmt(mean)}`)));
  }
  return root;
}
