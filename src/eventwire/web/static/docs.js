// A readable API reference drawn from /openapi.json (FastAPI's own pages need a CDN).

import { el } from "./dom.js";

function schemaType(schema = {}) {
  if (schema.anyOf) return schema.anyOf.map(schemaType).filter((t) => t !== "null").join(" | ");
  if (schema.type === "array") return `${schemaType(schema.items)}, repeatable`;
  const limits = [schema.minimum !== undefined ? `≥ ${schema.minimum}` : "", schema.maximum !== undefined ? `≤ ${schema.maximum}` : ""];
  return [schema.type || "value", ...limits.filter(Boolean)].join(" ");
}

// Required parameters filled with their documented examples, so "try it" answers.
function exampleQuery(parameters) {
  const search = new URLSearchParams();
  for (const p of parameters) {
    const examples = p.examples || (p.schema && p.schema.examples);
    const first = Array.isArray(examples) ? examples[0] : examples && Object.values(examples)[0]?.value;
    if (p.required && first !== undefined) search.set(p.name, first);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

function endpoint(path, method, op) {
  const params = (op.parameters || []).map((p) => el("tr", {},
    el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, p.required ? "required" : ""),
    el("td", {}, schemaType(p.schema)), el("td", {}, p.schema && p.schema.default !== undefined ? JSON.stringify(p.schema.default) : ""),
    el("td", {}, p.description || "")));
  const example = path.includes("{") ? null : el("a", { href: path + exampleQuery(op.parameters || []) }, "try it");
  return el("section", { class: "docs-endpoint", id: op.operationId },
    el("h3", {}, el("code", { class: "path" }, `${method.toUpperCase()} ${path}`), " — ", op.summary || ""),
    el("p", {}, op.description || ""), example,
    params.length ? el("table", { class: "data" },
      el("thead", {}, el("tr", {}, ...["parameter", "in", "", "type", "default", "meaning"].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...params)) : "");
}

async function main() {
  const root = document.getElementById("docs");
  const spec = await (await fetch("/openapi.json")).json();
  const sections = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) sections.push(endpoint(path, method, op));
  }
  root.replaceChildren(
    el("h2", {}, `${spec.info.title} API ${spec.info.version}`),
    el("p", {}, spec.info.description || ""),
    el("p", {}, "Every dashboard page /NAME?QUERY has a JSON twin at /api/NAME?QUERY. The machine-readable description is ",
      el("a", { href: "/openapi.json" }, "/openapi.json"), "."),
    ...sections);
}

main().catch((e) => document.getElementById("docs").replaceChildren(el("p", { class: "error" }, `Error: ${e.message}`)));
