// The actor network: a small deterministic force layout (no randomness, so the same
// data always gives the same picture) drawn as SVG.  Edge width is the number of
// events; colour the mean Goldstein (green cooperative, red hostile).

import { fmt, svg } from "./dom.js";

const WIDTH = 960, HEIGHT = 620, PAD = 50;

function layout(nodes, edges) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    return { x: Math.cos(angle) * 0.4, y: Math.sin(angle) * 0.4 };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.events]);
  const maxWeight = Math.max(1, ...edges.map((e) => e.events));
  const k = Math.sqrt(1 / Math.max(1, n));
  for (let step = 0, heat = 0.1; step < 300; step++, heat *= 0.985) {
    const move = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = Math.max(1e-4, dx * dx + dy * dy), push = (k * k) / d2;
        move[i].x += dx * push; move[i].y += dy * push; move[j].x -= dx * push; move[j].y -= dy * push;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.sqrt(dx * dx + dy * dy) || 1e-3;
      const pull = (d / k) * (0.3 + 0.7 * (w / maxWeight));
      move[a].x -= dx * pull; move[a].y -= dy * pull; move[b].x += dx * pull; move[b].y += dy * pull;
    }
    pos.forEach((p, i) => {
      move[i].x -= p.x * 2; move[i].y -= p.y * 2; // gravity keeps unconnected groups close
      const length = Math.hypot(move[i].x, move[i].y) || 1;
      p.x += (move[i].x / length) * Math.min(length, heat);
      p.y += (move[i].y / length) * Math.min(length, heat);
    });
  }
  // Fit into the picture with one scale for both axes, so distances keep their meaning.
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((WIDTH - 2 * PAD) / ((maxX - minX) || 1), (HEIGHT - 2 * PAD) / ((maxY - minY) || 1));
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return pos.map((p) => ({ x: WIDTH / 2 + (p.x - cx) * scale, y: HEIGHT / 2 + (p.y - cy) * scale }));
}

function colour(mean) {
  if (mean === null) return "#999";
  const t = Math.min(1, Math.abs(mean) / 6);
  return mean >= 0 ? `rgb(${Math.round(120 - 74 * t)},${Math.round(150 - 25 * t)},${Math.round(120 - 70 * t)})`
    : `rgb(${Math.round(170 + 28 * t)},${Math.round(120 - 80 * t)},${Math.round(120 - 80 * t)})`;
}

export function networkChart(data, { onNode, onEdge }) {
  const root = svg("svg", { class: "network", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img",
    "aria-label": "Actor network", "data-nodes": data.nodes.length, "data-edges": data.edges.length });
  const positions = layout(data.nodes, data.edges);
  const at = new Map(data.nodes.map((node, i) => [node.id, positions[i]]));
  const maxWeight = Math.max(1, ...data.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...data.nodes.map((node) => node.events));
  const radius = (node) => 6 + 16 * Math.sqrt(node.events / maxNode);
  const radii = new Map(data.nodes.map((node) => [node.id, radius(node)]));
  root.append(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5,
    markerUnits: "userSpaceOnUse", markerWidth: 9, markerHeight: 9, orient: "auto-start-reverse" }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#666" }))));
  for (const edge of data.edges) {
    const a = at.get(edge.source), b = at.get(edge.target);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
    // Curve to the right of the direction of travel, so A->B and B->A do not overlap.
    const bend = 0.15 * d, mx = (a.x + b.x) / 2 + (dy / d) * bend, my = (a.y + b.y) / 2 - (dx / d) * bend;
    const r = radii.get(edge.target) + 3;
    const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * r;
    const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * r;
    root.append(svg("path", {
      class: "edge", d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, stroke: colour(edge.goldstein_mean),
      "stroke-width": 1 + 7 * Math.sqrt(edge.events / maxWeight), "marker-end": "url(#arrow)",
      "data-source": edge.source, "data-target": edge.target, "data-events": edge.events,
      onclick: () => onEdge(edge),
    }, svg("title", {}, `${edge.source} → ${edge.target}: ${edge.events} events (${edge.cooperation} cooperation, ` +
      `${edge.conflict} conflict), mean Goldstein ${fmt(edge.goldstein_mean)}`)));
  }
  for (const node of data.nodes) {
    const p = at.get(node.id);
    root.append(svg("g", { class: "node", "data-id": node.id, transform: `translate(${p.x},${p.y})`, onclick: () => onNode(node) },
      svg("circle", { r: radii.get(node.id) }),
      svg("text", { y: radii.get(node.id) + 13, "text-anchor": "middle" }, node.id),
      svg("title", {}, `${node.name} (${node.id}): ${node.out_events} events out, ${node.in_events} in`)));
  }
  return root;
}
