// Text with evidence spans marked: the event words, the source and the target.
// Spans may overlap (several events in one sentence), so the text is cut at every
// span boundary and each piece carries the kinds and events of the spans covering it.

import { el } from "./dom.js";

export const KINDS = ["source", "event", "target"];

// Spans of one event, as offsets relative to `base` (0 for the article text,
// evidence.sentence_start for its sentence).  Unknown spans (-1) are skipped.
export function eventSpans(evidence, base, eventIndex = 0) {
  const spans = [];
  for (const kind of KINDS) {
    const start = evidence[`${kind}_start`], end = evidence[`${kind}_end`];
    if (start === null || end === null || start < 0 || end <= start) continue;
    spans.push({ start: start - base, end: end - base, kind, event: eventIndex });
  }
  return spans;
}

export function highlighted(text, spans) {
  const inside = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of inside) { cuts.add(s.start); cuts.add(s.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    const piece = text.slice(from, to);
    const covering = inside.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) { fragment.append(piece); continue; }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const events = [...new Set(covering.map((s) => s.event))];
    fragment.append(el("mark", {
      class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "),
      "data-kinds": kinds.join(" "),
      "data-events": events.join(" "),
    }, piece));
  }
  return fragment;
}

export function spanKey() {
  return el("span", { class: "span-key" }, "Spans:",
    el("mark", { class: "hl hl-source" }, "source"),
    el("mark", { class: "hl hl-event" }, "event"),
    el("mark", { class: "hl hl-target" }, "target"));
}
