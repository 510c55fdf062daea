// Small DOM helpers: every piece of data goes in as text, never as HTML, and every
// URL attribute goes through safeUrl: the dashboard never builds markup from strings.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

// Attributes a browser follows or loads: only a safe URL may go in one.
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "srcset"]);

// The link policy, in one place: a path on this server ("/articles/…", "?…", "#…") or an
// absolute http(s) URL (returned normalised); anything else (javascript:, data:, vbscript:,
// "//host", an unparsable string) gives null.
export function safeUrl(value) {
  const text = String(value ?? "");
  if (/^\/(?![\/\\])/.test(text) || /^[?#]/.test(text)) return text;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function setAttrs(node, attrs) {
  for (const [key, raw] of Object.entries(attrs)) {
    if (raw === null || raw === undefined || raw === false) continue;
    if (key.startsWith("on")) {
      // Handlers are functions only: a string would be inline script.
      if (typeof raw === "function") node.addEventListener(key.slice(2), raw);
      continue;
    }
    const value = raw === true ? "" : String(raw);
    if (URL_ATTRIBUTES.has(key.toLowerCase())) {
      const safe = safeUrl(value);
      if (safe !== null) node.setAttribute(key, safe);
      continue;
    }
    node.setAttribute(key, value);
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function fmt(value, digits = 2) {
  return value === null || value === undefined ? "–" : Number(value).toFixed(digits);
}

// A link to another dashboard page (the router handles it without reloading).
export function link(href, ...children) {
  return el("a", { href, "data-internal": true }, ...children);
}

// The dashboard page of an article: its id is one path segment, whatever it holds
// ("/", "?", "#", "%", spaces, any script), so feed URLs used as ids open too.
export function articleHref(id) {
  return `/articles/${encodeURIComponent(id)}`;
}

// The dashboard page of an agreement of the register (ids are hex, encoded all the same).
export function agreementHref(id) {
  return `/agreements/${encodeURIComponent(id)}`;
}

export function articleLink(id, ...children) {
  return link(articleHref(id), ...(children.length ? children : [id]));
}

// A link out of the dashboard (an article's source): an <a> only for an http(s) URL,
// which opens without telling the site where it came from; any other value
// (javascript:, data:, a relative path) is shown as plain text.
export function externalLink(url, label) {
  const text = String(url ?? "");
  const safe = /^https?:/i.test(text.trim()) ? safeUrl(text.trim()) : null;
  if (safe === null) return el("span", { class: "url-text", title: "not an http(s) address: not a link" }, label ? `${label}: ${text}` : text);
  return el("a", { href: safe, rel: "noopener noreferrer", class: "external" }, label || text);
}
