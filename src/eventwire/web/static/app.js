// The eventwire dashboard: a few views over the JSON API, routed by the page path.
// Page /NAME?QUERY shows what /api/NAME?QUERY returns (the "JSON" link in the header).

import { ApiError, getJSON, query } from "./api.js";
import { dyadChart, legend } from "./chart.js";
import { agreementHref, articleHref, articleLink, el, externalLink, fmt, link } from "./dom.js";
import { networkChart } from "./graph.js";
import { eventSpans, highlighted, spanKey } from "./highlight.js";

const view = document.getElementById("view");
const MODALITIES = ["asserted", "all", "negated", "future", "hypothetical", "historical"];
const EVENTS_PER_PAGE = 25;

// ---- routing -------------------------------------------------------------------------

const ROUTES = [
  [/^\/dyad\/?$/, dyadView],
  [/^\/events\/?$/, eventsView],
  [/^\/network\/?$/, networkView],
  [/^\/actors\/?$/, actorsView],
  [/^\/articles\/(.+)$/, articleView],
  [/^\/agreements\/?$/, agreementsView],
  [/^\/agreements\/([^/]+)$/, agreementView],
];
const AGREEMENT_KINDS = ["", "treaty", "agreement", "mou", "ceasefire", "un_resolution", "sanctions"];

function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  route();
}

async function route() {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  document.getElementById("json-twin").href = `/api${path}${location.search}`;
  for (const a of document.querySelectorAll("nav a[data-nav]")) {
    a.classList.toggle("active", path.startsWith(`/${a.dataset.nav}`));
  }
  const found = ROUTES.find(([pattern]) => pattern.test(path));
  view.replaceChildren(el("p", { class: "status" }, "Loading…"));
  if (!found) {
    showError(new ApiError(404, `no such page: ${path}`));
    return;
  }
  const [pattern, render] = found;
  try {
    await render(params, ...path.match(pattern).slice(1).map(decodeURIComponent));
  } catch (error) {
    showError(error);
  }
}

function showError(error, into = view) {
  const where = error.parameter ? ` (parameter ${error.parameter})` : "";
  into.replaceChildren(el("p", { class: "error", role: "alert" },
    error instanceof ApiError ? `Error ${error.status}: ${error.message}${where}` : `Error: ${error.message}`));
}

document.addEventListener("click", (event) => {
  const a = event.target.closest("a[data-internal][href]");
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(a.getAttribute("href"));
});
window.addEventListener("popstate", route);

// ---- forms -----------------------------------------------------------------------------

function input(name, label, value, attrs = {}) {
  return el("label", {}, label, el("input", { name, value: value ?? "", ...attrs }));
}

function select(name, label, value, options) {
  return el("label", {}, label, el("select", { name },
    ...options.map((o) => el("option", { value: o, selected: o === value }, o))));
}

function checkbox(name, label, checked) {
  return el("label", { class: "check" }, el("input", { type: "checkbox", name, checked }), label);
}

// A filter form whose submit navigates to the same page with the form's values.
function filterForm(page, fields, id) {
  const form = el("form", { class: "filters", id }, ...fields, el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = {};
    for (const [key, value] of new FormData(form)) {
      if (value === "" || (key === "modality" && value === "asserted")) continue;
      values[key] = value === "on" ? "true" : value.trim();
    }
    navigate(`/${page}${query(values)}`);
  });
  return form;
}

function scopeFields(params) {
  return [
    input("since", "since", params.get("since"), { class: "short", placeholder: "2019" }),
    input("until", "until", params.get("until"), { class: "short", placeholder: "2023-12" }),
    select("modality", "modality", params.get("modality") || "asserted", MODALITIES),
    checkbox("one_a_day", "one a day", params.get("one_a_day") === "true"),
  ];
}

function scopeParams(params) {
  return { since: params.get("since"), until: params.get("until"), modality: params.getAll("modality"),
    one_a_day: params.get("one_a_day") };
}

let actorList = null;
async function actorDatalist() {
  if (!actorList) {
    actorList = el("datalist", { id: "actor-codes" });
    Promise.all([getJSON("/actors", { by: "country", top: 200 }), getJSON("/actors", { top: 300 })])
      .then(([countries, actors]) => {
        for (const a of [...countries.actors, ...actors.actors]) {
          actorList.append(el("option", { value: a.actor }, `${a.name} (${a.events})`));
        }
      })
      .catch(() => {}); // suggestions only: the form works without them
  }
  return actorList;
}

// ---- shared pieces -------------------------------------------------------------------

function modalityBadge(modality) {
  return el("span", { class: `modality ${modality}` }, modality);
}

function actorCell(code, actor) {
  const title = actor && actor.text ? `${actor.name || actor.text} — "${actor.text}"` : "";
  return el("td", { title }, code || "?");
}

function sentenceCell(event, index) {
  const ev = event.evidence;
  const sentence = ev.sentence || "";
  return el("td", { class: "evidence" }, highlighted(sentence, eventSpans(ev, ev.sentence_start, index)));
}

function eventsTable(events, id) {
  const head = el("tr", {}, ...["date", "source", "event", "target", "modality", "evidence", "article"].map((h) => el("th", {}, h)));
  const rows = events.map((e, i) => el("tr", { "data-event-id": e.id },
    el("td", {}, e.date || "–"),
    actorCell(e.source_actor, e.actor),
    el("td", {}, e.cameo, el("span", { class: "code-name" }, e.cameo_name)),
    actorCell(e.target_actor, e.recipient),
    el("td", {}, modalityBadge(e.modality)),
    sentenceCell(e, i),
    el("td", {}, articleLink(e.article.id, e.article.title || e.article.id)),
  ));
  return el("table", { class: "data", id }, el("thead", {}, head), el("tbody", {}, ...rows));
}

function pager(page, onPage) {
  const from = page.total ? page.offset + 1 : 0;
  const to = page.offset + page.events.length;
  return el("div", { class: "pager" },
    el("button", { class: "plain", type: "button", disabled: page.offset === 0,
      onclick: () => onPage(Math.max(0, page.offset - page.limit)) }, "◀ newer"),
    el("span", { class: "page-info" }, `events ${from}–${to} of ${page.total}`),
    el("button", { class: "plain", type: "button", disabled: to >= page.total,
      onclick: () => onPage(page.offset + page.limit) }, "older ▶"));
}

// ---- dyad ----------------------------------------------------------------------------

async function dyadView(params) {
  if (!params.get("a") || !params.get("b")) {
    const top = await getJSON("/network", { top: 1 });
    if (!top.edges.length) {
      view.replaceChildren(el("h2", {}, "Dyad"), el("p", { class: "status" }, "The store has no events between two actors yet."));
      return;
    }
    const edge = top.edges[0];
    navigate(`/dyad${query({ a: edge.source, b: edge.target })}`, { replace: true });
    return;
  }
  const a = params.get("a").toUpperCase(), b = params.get("b").toUpperCase();
  const form = filterForm("dyad", [
    input("a", "actor A", a, { list: "actor-codes", class: "short", required: true }),
    input("b", "actor B", b, { list: "actor-codes", class: "short", required: true }),
    select("by", "by", params.get("by") || "month", ["week", "month", "year"]),
    input("sector", "sector", params.get("sector"), { class: "short", placeholder: "MIL" }),
    ...scopeFields(params),
  ], "dyad-form");
  view.replaceChildren(el("h2", {}, `${a} ↔ ${b}`), form, await actorDatalist(), el("p", { class: "status" }, "Loading…"));
  const report = await getJSON("/dyad", location.search);
  const t = report.totals;
  const card = (label, value, id) => el("div", { class: "card", id }, el("div", { class: "label" }, label), el("div", { class: "value" }, value));
  const cards = el("div", { class: "cards" },
    card("events", t.total.events, "total-events"),
    card("cooperation", t.total.cooperation, "total-cooperation"),
    card("conflict", t.total.conflict, "total-conflict"),
    card("mean Goldstein", fmt(t.total.goldstein_mean), "total-goldstein-mean"));
  const directionPicker = el("select", { id: "direction" },
    el("option", { value: "total" }, "both directions"),
    el("option", { value: "a_to_b" }, `${report.a} → ${report.b}`),
    el("option", { value: "b_to_a" }, `${report.b} → ${report.a}`));
  const chartHolder = el("div", { id: "dyad-chart" }, dyadChart(report.periods));
  directionPicker.addEventListener("change", () => chartHolder.replaceChildren(dyadChart(report.periods, directionPicker.value)));
  const eventsHolder = el("div", { id: "dyad-events-holder" });
  view.replaceChildren(
    el("h2", {}, `${report.a} ↔ ${report.b}`, report.sector ? ` (sector ${report.sector})` : ""),
    form, await actorDatalist(), cards,
    el("div", { class: "legend" }, legend(), el("label", {}, "chart: ", directionPicker)),
    report.periods.length ? chartHolder : el("p", { class: "status" }, "No dated events for this dyad."),
    report.undated ? el("p", { class: "status" }, `${report.undated} undated events are counted in the totals but not on the timeline.`) : "",
    el("h3", {}, "Totals by direction"), totalsTable(report),
    el("h3", {}, "Most frequent codes"), topCodesTable(report),
    el("h3", {}, "Events"), spanKey(), eventsHolder,
  );
  const eventParams = { dyad: `${report.a},${report.b}`, sector: report.sector, ...scopeParams(params), limit: EVENTS_PER_PAGE };
  await showEventPage(eventsHolder, eventParams, 0, "dyad-events");
}

function totalsTable(report) {
  const rows = [["a_to_b", `${report.a} → ${report.b}`], ["b_to_a", `${report.b} → ${report.a}`], ["total", "both"]];
  const cols = ["events", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean"];
  return el("table", { class: "data", id: "dyad-totals" },
    el("thead", {}, el("tr", {}, el("th", {}, "direction"), ...cols.map((c) => el("th", { class: "num" }, c.replace("_", " "))))),
    el("tbody", {}, ...rows.map(([key, label]) => el("tr", { "data-direction": key }, el("td", {}, label),
      ...cols.map((c) => el("td", { class: "num", "data-field": c },
        c.startsWith("goldstein") ? fmt(report.totals[key][c], c === "goldstein_sum" ? 1 : 2) : report.totals[key][c]))))));
}

function topCodesTable(report) {
  const rows = [];
  for (const [key, label] of [["a_to_b", `${report.a} → ${report.b}`], ["b_to_a", `${report.b} → ${report.a}`]]) {
    for (const c of report.top_codes[key]) {
      rows.push(el("tr", {}, el("td", {}, label), el("td", {}, c.cameo), el("td", {}, c.name),
        el("td", { class: "num" }, c.events), el("td", { class: "num" }, fmt(c.goldstein, 1))));
    }
  }
  return el("table", { class: "data", id: "dyad-codes" },
    el("thead", {}, el("tr", {}, ...["direction", "cameo", "name", "events", "goldstein"].map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows));
}

async function showEventPage(holder, eventParams, offset, tableId) {
  holder.replaceChildren(el("p", { class: "status" }, "Loading events…"));
  try {
    const page = await getJSON("/events", { ...eventParams, offset });
    holder.replaceChildren(pager(page, (next) => showEventPage(holder, eventParams, next, tableId)),
      eventsTable(page.events, tableId));
  } catch (error) {
    showError(error, holder);
  }
}

// ---- events --------------------------------------------------------------------------

async function eventsView(params) {
  const form = filterForm("events", [
    input("actor", "actor", params.get("actor"), { list: "actor-codes", class: "short" }),
    input("dyad", "dyad", params.get("dyad"), { class: "short", placeholder: "IRN,RUS" }),
    input("code", "CAMEO prefix", params.get("code"), { class: "short", placeholder: "19" }),
    ...scopeFields(params),
    select("order", "order", params.get("order") || "newest", ["newest", "oldest"]),
  ], "events-form");
  const holder = el("div", { id: "events-holder" });
  view.replaceChildren(el("h2", {}, "Events"), form, await actorDatalist(), spanKey(), holder);
  const eventParams = Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)]));
  const offset = Number(params.get("offset") || 0);
  delete eventParams.offset;
  await showEventPage(holder, { limit: EVENTS_PER_PAGE, ...eventParams }, offset, "events-table");
}

// ---- article -------------------------------------------------------------------------

async function articleView(params, articleId) {
  const data = await getJSON(articleHref(articleId));
  const article = data.article;
  const copyOf = article.duplicate_of;
  const meta = el("div", { class: "meta" },
    [article.publisher, article.published, article.language].filter(Boolean).join(" · "),
    article.url ? [" · ", externalLink(article.url, "source")] : "",
    ` · id ${article.id}`);
  const spans = copyOf ? [] : data.events.flatMap((e, i) => eventSpans(e.evidence, 0, i));
  const text = el("div", { class: "article-text", id: "article-text" }, highlighted(article.text, spans));
  const list = el("ol", { class: "article-events", id: "article-events" }, ...data.events.map((e, i) => {
    const item = el("li", { "data-event": i, "data-event-id": e.id },
      el("strong", {}, `${e.source_actor || "?"} ${e.cameo} ${e.target_actor || "?"}`), " ",
      e.cameo_name, " ", modalityBadge(e.modality), e.date ? ` ${e.date}` : "",
      e.location ? el("span", { class: "place" }, ` in ${e.location.name}`) : "", el("br"),
      highlighted(e.evidence.sentence || "", eventSpans(e.evidence, e.evidence.sentence_start, i)));
    item.addEventListener("click", () => activate(i));
    return item;
  }));
  function activate(index) {
    for (const node of view.querySelectorAll("[data-events], li[data-event]")) {
      const events = (node.dataset.events ?? node.dataset.event).split(" ");
      node.classList.toggle("active", events.includes(String(index)));
    }
  }
  view.replaceChildren(
    el("h2", {}, article.title || article.id), meta,
    copyOf ? el("p", { class: "status" }, "A copy of ", articleLink(copyOf),
      ": its events were coded on the original.") : "",
    data.copies.length ? el("p", { class: "status" }, `${data.copies.length} wire copies of this article are stored.`) : "",
    article.warnings.length ? el("p", { class: "status" }, `Warnings: ${article.warnings.join("; ")}`) : "",
    spanKey(), text,
    el("h3", {}, `${data.events.length} coded events`),
    data.events.length ? list : el("p", { class: "status" }, "No events were coded in this article."),
    ...(data.quotes.length ? [el("h3", {}, `${data.quotes.length} quotes`), quoteList(data.quotes)] : []));
}

function quoteList(quotes) {
  return el("ol", { class: "article-quotes", id: "article-quotes" }, ...quotes.map((q) => el("li", {},
    el("strong", {}, q.speaker_name || "unnamed speaker"), q.speaker_code ? ` (${q.speaker_code})` : "",
    q.direct ? ": “" : " (reported): ", q.text, q.direct ? "”" : "")));
}

// ---- agreements ----------------------------------------------------------------------


async function agreementsView(params) {
  const form = filterForm("agreements", [
    input("party", "party", params.get("party"), { list: "actor-codes", class: "short", placeholder: "IRN" }),
    select("kind", "kind", params.get("kind") || "", AGREEMENT_KINDS),
    input("expiring_before", "expiring before", params.get("expiring_before"),
      { class: "short", placeholder: "2026-01-01" }),
  ], "agreements-form");
  const data = await getJSON("/agreements", { party: params.get("party"), kind: params.get("kind"),
    expiring_before: params.get("expiring_before") });
  const head = el("tr", {}, ...["agreement", "kind", "parties", "signed", "expiry", "articles", "mentions",
    "last seen"].map((h) => el("th", {}, h)));
  const rows = data.agreements.map((a) => el("tr", { "data-agreement-id": a.id },
    el("td", {}, link(agreementHref(a.id), a.name)),
    el("td", {}, a.kind),
    el("td", {}, a.parties.join(", ") || "–"),
    el("td", {}, (a.dates.signed || []).join(" / ") || "–"),
    el("td", {}, (a.dates.expiry || []).join(" / ") || "–"),
    el("td", { class: "num" }, a.articles),
    el("td", { class: "num" }, a.mentions),
    el("td", {}, a.last_seen || "–")));
  view.replaceChildren(el("h2", {}, "Agreements"), form, await actorDatalist(),
    el("p", { class: "status" }, `${data.agreements.length} of ${data.total} agreements`),
    data.agreements.length
      ? el("table", { class: "data", id: "agreements-table" }, el("thead", {}, head), el("tbody", {}, ...rows))
      : el("p", { class: "status" }, "No agreement matches."));
}

async function agreementView(params, agreementId) {
  const a = await getJSON(agreementHref(agreementId));
  const dates = el("table", { class: "data", id: "agreement-dates" },
    el("thead", {}, el("tr", {}, ...["date", "value", "as written", "from"].map((h) => el("th", {}, h)))),
    el("tbody", {}, ...Object.entries(a.dates).flatMap(([key, values]) => values.map((d) => el("tr", {},
      el("td", {}, key.replace("_", " ")),
      el("td", {}, d.value || "unread", d.precision ? el("span", { class: "code-name" }, d.precision) : ""),
      el("td", {}, d.text || ""),
      el("td", {}, ...d.sources.flatMap((s, i) => [i ? ", " : "", articleLink(s.article_id)])))))));
  const timeline = el("ol", { class: "agreement-timeline", id: "agreement-timeline" }, ...a.timeline.map((t) =>
    el("li", { "data-action": t.action },
      el("strong", {}, t.published || "undated"), " ", el("span", { class: "action" }, t.action), " ",
      modalityBadge(t.modality), " — “", t.evidence.text, "” ",
      articleLink(t.article_id, t.title || t.article_id))));
  view.replaceChildren(
    el("h2", {}, a.name),
    el("div", { class: "meta" }, [a.kind, a.number ? `number ${a.number}` : "",
      `parties: ${a.parties.join(", ") || "not named"}`, `${a.articles} articles, ${a.mentions} mentions`,
      `id ${a.id}`].filter(Boolean).join(" · ")),
    a.names.length > 1 ? el("p", { class: "status" }, `Also named: ${a.names.join("; ")}`) : "",
    el("h3", {}, "Dates"),
    Object.keys(a.dates).length ? dates : el("p", { class: "status" }, "No date is given."),
    el("h3", {}, `Timeline: ${a.timeline.length} mentions and status changes`), timeline,
    el("h3", {}, `${a.events.length} linked events`),
    a.events.length ? eventsTable(a.events, "agreement-events")
      : el("p", { class: "status" }, "No coded event points to this agreement."));
}

// ---- network -------------------------------------------------------------------------

async function networkView(params) {
  const form = filterForm("network", [
    select("by", "nodes", params.get("by") || "country", ["country", "actor"]),
    input("actor", "touching", params.get("actor"), { list: "actor-codes", class: "short" }),
    input("code", "CAMEO prefix", params.get("code"), { class: "short", placeholder: "06" }),
    input("min_events", "min events", params.get("min_events"), { class: "short", type: "number", min: 1 }),
    input("top", "top edges", params.get("top") || "60", { class: "short", type: "number", min: 1 }),
    ...scopeFields(params),
  ], "network-form");
  view.replaceChildren(el("h2", {}, "Network"), form, await actorDatalist(), el("p", { class: "status" }, "Loading…"));
  const search = new URLSearchParams(location.search);
  if (!search.has("top")) search.set("top", "60");
  const data = await getJSON("/network", `?${search}`);
  const chart = data.edges.length
    ? networkChart(data, {
      onNode: (node) => navigate(`/events${query({ actor: node.id, ...scopeParams(params) })}`),
      onEdge: (edge) => navigate(`/dyad${query({ a: edge.source, b: edge.target, ...scopeParams(params) })}`),
    })
    : el("p", { class: "status" }, "No edges in this scope.");
  const rows = data.edges.map((e) => el("tr", {},
    el("td", {}, e.source), el("td", {}, e.target),
    el("td", { class: "num" }, e.events), el("td", { class: "num" }, e.cooperation), el("td", { class: "num" }, e.conflict),
    el("td", { class: "num" }, fmt(e.goldstein_mean)),
    el("td", {}, link(`/dyad${query({ a: e.source, b: e.target, ...scopeParams(params) })}`, "dyad"))));
  view.replaceChildren(el("h2", {}, "Network"), form, await actorDatalist(),
    el("p", { class: "status" }, `${data.edges.length} of ${data.edges_in_scope} edges, ${data.nodes.length} nodes. ` +
      "Click an edge for its dyad, a node for its events."),
    chart,
    el("table", { class: "data", id: "network-edges" },
      el("thead", {}, el("tr", {}, ...["source", "target", "events", "coop", "conflict", "mean Goldstein", ""].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows)));
}

// ---- actors --------------------------------------------------------------------------

async function actorsView(params) {
  const form = filterForm("actors", [
    select("by", "group by", params.get("by") || "actor", ["actor", "country"]),
    input("top", "top", params.get("top") || "20", { class: "short", type: "number", min: 1 }),
    ...scopeFields(params),
  ], "actors-form");
  const data = await getJSON("/actors", location.search);
  const rows = data.actors.map((a) => el("tr", {},
    el("td", {}, link(`/events${query({ actor: a.actor, ...scopeParams(params) })}`, a.actor)),
    el("td", {}, a.name), el("td", { class: "num" }, a.events), el("td", { class: "num" }, a.as_source),
    el("td", { class: "num" }, a.as_target), el("td", { class: "num" }, a.cooperation), el("td", { class: "num" }, a.conflict),
    el("td", { class: "num" }, fmt(a.goldstein_mean)),
    el("td", {}, link(`/network${query({ actor: a.actor, by: data.by, ...scopeParams(params) })}`, "network"))));
  view.replaceChildren(el("h2", {}, "Most active actors"), form,
    el("table", { class: "data", id: "actors-table" },
      el("thead", {}, el("tr", {}, ...["actor", "name", "events", "as source", "as target", "coop", "conflict", "mean Goldstein", ""].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows)));
}

route();
