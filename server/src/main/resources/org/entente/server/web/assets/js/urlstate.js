// The page's state in its address, so that a link reopens the same query and Back and Forward go
// through earlier ones:
//   /?name=nato-members-bordering-russia&asOf=2022-01-25   an example with its parameters
//   /?query=SELECT…                                       a query of one's own
//   …&view=map                                            the view of the results (table if absent)
// A view may own more keys (options: a year, a zoom…); they are kept as they are. Pure: no DOM.

/** The keys of the page itself; every other key of an example's link is one of its parameters. */
export const RESERVED = Object.freeze(["name", "query", "view"]);

export const DEFAULT_VIEW = "table";

/**
 * Reads a query string ("?name=…", with or without the "?") into
 * {name, query, params, view, options}: name or query (name wins), the example's parameters in
 * their order, the view, and the keys listed in optionKeys.
 */
export function parseUrl(search, { optionKeys = [] } = {}) {
  const p = new URLSearchParams(search);
  const owned = new Set(optionKeys);
  const state = { name: null, query: null, params: {}, view: p.get("view") || DEFAULT_VIEW, options: {} };
  if (p.has("name")) state.name = p.get("name");
  else if (p.has("query")) state.query = p.get("query");
  for (const [k, v] of p) {
    if (RESERVED.includes(k)) continue;
    if (owned.has(k)) state.options[k] = v;
    else if (state.name !== null && !(k in state.params)) state.params[k] = v;
  }
  return state;
}

/** The path and query string ("/?…") for a state as parseUrl gives it. */
export function formatUrl({ name = null, query = null, params = {}, view = DEFAULT_VIEW, options = {} }) {
  const p = new URLSearchParams();
  if (name !== null && name !== undefined) {
    p.set("name", name);
    for (const [k, v] of Object.entries(params)) {
      if (!RESERVED.includes(k)) p.set(k, v);
    }
  } else if (query !== null && query !== undefined) {
    p.set("query", query);
  }
  if (view && view !== DEFAULT_VIEW) p.set("view", view);
  for (const [k, v] of Object.entries(options)) {
    if (v !== null && v !== undefined && v !== "" && !RESERVED.includes(k)) p.set(k, v);
  }
  const s = p.toString();
  return s ? "/?" + s : "/";
}

/**
 * The parameter values that belong in a link: those given and not at their default, so that a
 * link made today with asOf left at "today" still means today when it is opened next year.
 * parameters: [{name, default}]; values: {name: value}; today: "YYYY-MM-DD".
 */
export function nonDefaultParams(parameters, values, today) {
  const out = {};
  for (const p of parameters) {
    const v = (values[p.name] || "").trim();
    const d = p.default || "";
    if (!v || v === d || (d === "today" && v === today)) continue;
    out[p.name] = v;
  }
  return out;
}

/** True if two states mean the same address (so that running again adds no history entry). */
export function sameUrl(a, b) {
  return formatUrl(a) === formatUrl(b);
}
