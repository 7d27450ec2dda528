// The query page: examples from /api/queries, the editor, running a query (named queries through
// /api/queries/{name}, everything else through the SPARQL endpoint), the results as a table, a map
// or text, downloads, and a link that reopens the same query (history.pushState / popstate).

import { createEditor } from "./editor.js";
import { renderTable, toCsv, toTsv, hrefFor, shortName } from "./results.js";
import { drawMap, isoKey } from "./worldmap.js";

const $ = (id) => document.getElementById(id);
const ENT = "https://w3id.org/entente/ontology#";
const MAX_GET_URL = 6000; // longer download URLs are written here instead of asked of the server

const STARTER = `# Which alliances are there, and how many members does each have today?
# Press Run (or Ctrl+Enter), or pick an example on the left.
PREFIX ent:  <https://w3id.org/entente/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?organisation ?name (COUNT(?member) AS ?members)
WHERE {
  ?organisation a ent:InternationalOrganisation ;
                rdfs:label ?name .
  FILTER (lang(?name) = "en")
  OPTIONAL { ?organisation ^ent:isMemberOf ?member }
}
GROUP BY ?organisation ?name
ORDER BY DESC(?members)
`;

const state = {
  config: { baseIri: "https://w3id.org/entente/", endpoint: "/kg/sparql", prefixes: {} },
  queries: [],
  byName: new Map(),
  organisations: [],
  terms: [],
  named: null, // the chosen example: {q, edited}
  view: "table",
  result: null, // the last result shown
  labels: new Map(),
  allStates: null,
  runId: 0,
};

let editor;

// ---------------------------------------------------------------------------------------------
// Small helpers

function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate());
}

function escapeIri(iri) {
  return "<" + iri.replace(/[<>"{}|^`\\\s]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")) + ">";
}

async function sparql(query) {
  const res = await fetch(state.config.endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
    body: new URLSearchParams({ query }),
  });
  if (!res.ok) throw new Error("HTTP " + res.status);
  return res.json();
}

function setStatus(text) {
  $("status").textContent = text;
}

function plural(n, one, many) {
  return n + " " + (n === 1 ? one : many);
}

// ---------------------------------------------------------------------------------------------
// Start-up

async function start() {
  editor = createEditor({
    textarea: $("query-text"),
    onRun: () => run({ push: true }),
    onChange: (byUser) => {
      if (byUser && state.named && !state.named.edited) {
        state.named.edited = true;
        showNamed();
      }
    },
    prefixes: () => state.config.prefixes,
    terms: () => state.terms,
  });

  $("query-form").addEventListener("submit", (e) => {
    e.preventDefault();
    run({ push: true });
  });
  $("query-form").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target.closest(".params")) {
      e.preventDefault();
      run({ push: true });
    }
  });
  $("add-prefixes").addEventListener("click", () => {
    const n = editor.addPrefixes();
    setStatus(n ? "Added " + plural(n, "PREFIX line", "PREFIX lines") + "." : "Every prefix the query uses is declared.");
  });
  $("new-query").addEventListener("click", () => {
    state.named = null;
    showNamed();
    editor.setValue(STARTER);
    editor.focus();
    history.pushState(null, "", "/");
  });
  $("bind-params").addEventListener("click", bindParamsIntoText);
  $("restore-named").addEventListener("click", () => {
    if (state.named) selectExample(state.named.q.name, paramValues(), { run: false });
  });
  $("example-filter").addEventListener("input", filterExamples);
  document.querySelectorAll(".views [role=tab]").forEach((tab) => {
    tab.addEventListener("click", () => {
      setView(tab.dataset.view);
      history.replaceState(null, "", shareUrl());
      $("share-link").value = location.origin + shareUrl();
    });
    tab.addEventListener("keydown", tabKeys);
  });
  $("copy-link").addEventListener("click", copyLink);
  window.addEventListener("popstate", () => applyUrl(false));

  const [config, queries] = await Promise.all([
    fetch("/api/config").then((r) => r.json()),
    fetch("/api/queries").then((r) => r.json()),
  ]).catch((e) => {
    showError("The server did not answer (" + e.message + "). Is it running?");
    return [null, null];
  });
  if (config) state.config = config;
  if (queries) {
    state.queries = queries.queries;
    for (const q of state.queries) state.byName.set(q.name, q);
  }
  renderExamples();
  // Organisations for parameters, and the ontology's terms for completion: not needed to start.
  loadOrganisations();
  loadTerms();
  await applyUrl(false);
}

async function loadOrganisations() {
  try {
    const j = await sparql(`PREFIX ent: <${ENT}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?org ?acronym (SAMPLE(?l) AS ?label) WHERE {
  ?org a ent:InternationalOrganisation ; ent:acronym ?acronym .
  OPTIONAL { ?org rdfs:label ?l FILTER (lang(?l) = "en") }
} GROUP BY ?org ?acronym ORDER BY ?acronym`);
    state.organisations = j.results.bindings.map((b) => ({ acronym: b.acronym.value, label: b.label ? b.label.value : b.acronym.value }));
    document.querySelectorAll("select[data-type=organisation]").forEach(fillOrganisations);
  } catch (e) {
    // The select keeps a text fallback (see paramField).
  }
}

async function loadTerms() {
  try {
    const j = await sparql(`PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?t (SAMPLE(?l) AS ?label) WHERE {
  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
  ?t a ?kind .
  FILTER (isIRI(?t))
  OPTIONAL { ?t rdfs:label ?l FILTER (lang(?l) = "en" || lang(?l) = "") }
} GROUP BY ?t ORDER BY ?t`);
    state.terms = j.results.bindings.map((b) => ({ iri: b.t.value, label: b.label ? b.label.value : "" }));
  } catch (e) {
    state.terms = [];
  }
}

// ---------------------------------------------------------------------------------------------
// Examples and their parameters

function renderExamples() {
  const ul = $("examples");
  ul.textContent = "";
  ul.removeAttribute("aria-busy");
  if (!state.queries.length) {
    const li = document.createElement("li");
    li.className = "muted small";
    li.textContent = "No examples could be loaded.";
    ul.appendChild(li);
    return;
  }
  for (const q of state.queries) {
    const li = document.createElement("li");
    li.dataset.name = q.name;
    const b = document.createElement("button");
    b.type = "button";
    b.className = "example";
    b.dataset.name = q.name;
    b.setAttribute("aria-pressed", "false");
    const title = document.createElement("span");
    title.className = "example-title";
    title.textContent = q.title;
    const desc = document.createElement("span");
    desc.className = "example-description";
    desc.textContent = q.description;
    b.append(title, desc);
    b.addEventListener("click", () => {
      selectExample(q.name, {}, { run: false });
      history.pushState(null, "", shareUrl());
      const first = document.querySelector("#param-fields input, #param-fields select");
      (first || $("run")).focus();
    });
    li.appendChild(b);
    ul.appendChild(li);
  }
}

function filterExamples() {
  const words = $("example-filter").value.toLowerCase().split(/\s+/).filter(Boolean);
  for (const li of $("examples").children) {
    const q = state.byName.get(li.dataset.name);
    if (!q) continue;
    const text = (q.title + " " + q.description + " " + q.name).toLowerCase();
    li.hidden = !words.every((w) => text.includes(w));
  }
}

function selectExample(name, values, { run: doRun }) {
  const q = state.byName.get(name);
  if (!q) {
    showError("There is no example called “" + name + "”.");
    return;
  }
  state.named = { q, edited: false };
  editor.setValue(q.query);
  renderParams(q, values);
  showNamed();
  if (doRun) run({ push: false });
}

function showNamed() {
  const n = state.named;
  $("named").hidden = !n;
  $("free-heading").hidden = !!n;
  for (const b of document.querySelectorAll(".example")) {
    const on = !!n && b.dataset.name === n.q.name;
    b.setAttribute("aria-pressed", String(on));
    b.classList.toggle("active", on);
  }
  if (!n) return;
  $("named-title").textContent = n.q.title;
  $("named-description").textContent = n.q.description;
  $("params").hidden = !n.q.parameters.length;
  $("params").disabled = n.edited;
  $("named-edited").hidden = !n.edited;
  $("bind-params").hidden = !n.q.parameters.length;
  document.querySelector(".named-kind").textContent = n.edited ? "Edited example" : "Example";
}

function renderParams(q, values) {
  const box = $("param-fields");
  box.textContent = "";
  for (const p of q.parameters) box.appendChild(paramField(p, values[p.name]));
}

function paramField(p, value) {
  const div = document.createElement("div");
  div.className = "field";
  const id = "param-" + p.name;
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = p.name + (p.required ? "" : " (optional)");
  const help = document.createElement("p");
  help.className = "help small muted";
  help.id = id + "-help";
  help.textContent = p.description + (p.default ? " Default: " + p.default + "." : "");
  let input;
  if (p.type === "date") {
    input = document.createElement("input");
    input.type = "date";
    input.value = value || (p.default === "today" || !p.default ? today() : p.default);
    if (p.default === "today") {
      const t = document.createElement("button");
      t.type = "button";
      t.className = "linkish small";
      t.textContent = "today";
      t.setAttribute("aria-label", "Set " + p.name + " to today");
      t.addEventListener("click", () => { input.value = today(); });
      div.append(label, input, t, help);
    }
  } else if (p.type === "organisation") {
    input = document.createElement("select");
    input.dataset.type = "organisation";
    input.dataset.value = value || p.default || "";
    fillOrganisations(input);
  } else if (p.type === "state" || p.type === "treaty") {
    input = document.createElement("input");
    input.type = "text";
    input.value = value || p.default || "";
    input.placeholder = p.type === "state" ? "Type a country's name or code, e.g. Poland or POL" : "Type a treaty's name, e.g. North Atlantic";
    autocomplete(input, p.type === "state" ? "State" : "Treaty");
  } else {
    input = document.createElement("input");
    input.type = p.type === "integer" ? "number" : "text";
    input.value = value || p.default || "";
  }
  input.id = id;
  input.name = p.name;
  input.dataset.param = p.name;
  input.dataset.default = p.default || "";
  input.required = p.required;
  input.setAttribute("aria-describedby", help.id);
  input.addEventListener("input", () => input.removeAttribute("aria-invalid"));
  if (!div.contains(input)) div.append(label, input, help);
  return div;
}

function fillOrganisations(select) {
  const want = select.value || select.dataset.value;
  select.textContent = "";
  const orgs = state.organisations.length ? state.organisations : [{ acronym: want || "NATO", label: want || "NATO" }];
  for (const o of orgs) {
    const opt = document.createElement("option");
    opt.value = o.acronym;
    opt.textContent = o.label === o.acronym ? o.acronym : o.acronym + " — " + o.label;
    select.appendChild(opt);
  }
  if (want && ![...select.options].some((o) => o.value === want)) {
    const opt = document.createElement("option");
    opt.value = want;
    opt.textContent = want;
    select.appendChild(opt);
  }
  if (want) select.value = want;
}

/** A text field with suggestions from /api/entities: an ARIA combobox with a list box. */
function autocomplete(input, type) {
  const list = document.createElement("ul");
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.autocomplete = "off";
  let items = [];
  let active = -1;
  let timer = null;
  let seq = 0;
  queueMicrotask(() => {
    list.id = input.id + "-list";
    input.setAttribute("aria-controls", list.id);
    input.insertAdjacentElement("afterend", list);
  });
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const choose = (e) => {
    // The server accepts the code (POL) or id (north-atlantic-treaty): the last segment of our IRIs.
    input.value = e.path ? e.path.substring(e.path.lastIndexOf("/") + 1) : e.iri;
    input.title = e.label;
    close();
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute("aria-selected", String(k === i)));
    if (i >= 0) input.setAttribute("aria-activedescendant", list.children[i].id);
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await fetch("/api/entities?" + new URLSearchParams({ q, type, limit: "8" }));
        const j = await r.json();
        if (mine !== seq) return;
        items = j.entities || [];
        list.textContent = "";
        items.forEach((e, i) => {
          const li = document.createElement("li");
          li.id = input.id + "-opt-" + i;
          li.setAttribute("role", "option");
          li.textContent = e.label;
          const code = document.createElement("span");
          code.className = "muted small";
          code.textContent = " " + (e.path ? e.path.substring(e.path.lastIndexOf("/") + 1) : "");
          li.appendChild(code);
          li.addEventListener("mousedown", (ev) => {
            ev.preventDefault();
            choose(e);
          });
          list.appendChild(li);
        });
        list.hidden = !items.length;
        input.setAttribute("aria-expanded", String(!!items.length));
        active = -1;
      } catch (e) {
        close();
      }
    }, 150);
  });
  input.addEventListener("keydown", (e) => {
    if (list.hidden) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      highlight(Math.min(items.length - 1, active + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}

function paramValues() {
  const out = {};
  document.querySelectorAll("#param-fields [data-param]").forEach((f) => {
    out[f.dataset.param] = f.value.trim();
  });
  return out;
}

/** The parameters that go into a link: those not at their default ("today" stays "today"). */
function paramsForUrl() {
  const out = {};
  document.querySelectorAll("#param-fields [data-param]").forEach((f) => {
    const v = f.value.trim();
    const d = f.dataset.default;
    if (!v || v === d || (d === "today" && v === today())) return;
    out[f.dataset.param] = v;
  });
  return out;
}

/** Edited example: bind its parameter values in the text with VALUES, so that it runs as a free query. */
function bindParamsIntoText() {
  const n = state.named;
  if (!n) return;
  const values = paramValues();
  const terms = n.q.parameters.map((p) => {
    const v = values[p.name] || "";
    if (p.type === "date") return '"' + (v || today()) + '"^^<http://www.w3.org/2001/XMLSchema#date>';
    if (p.type === "integer") return v || "0";
    if (p.type === "organisation") return null;
    if (p.type === "state" || p.type === "treaty") {
      if (/^https?:\/\//.test(v)) return escapeIri(v);
      return escapeIri(state.config.baseIri + "id/" + p.type + "/" + (p.type === "state" ? v.toUpperCase() : v));
    }
    return JSON.stringify(v);
  });
  const lines = n.q.parameters.map((p, i) => {
    if (p.type === "organisation") {
      return `  ?${p.name} <${ENT}acronym> ${JSON.stringify(values[p.name] || "NATO")} .`;
    }
    return `  VALUES ?${p.name} { ${terms[i]} }`;
  });
  const text = editor.getValue();
  const m = /\bWHERE\s*\{/i.exec(text);
  if (!m) return;
  const at = m.index + m[0].length;
  editor.setValue(text.slice(0, at) + "\n" + lines.join("\n") + text.slice(at));
  state.named.edited = true;
  showNamed();
  setStatus("The parameter values are now in the text.");
}

// ---------------------------------------------------------------------------------------------
// The URL: /?query=… or /?name=…&param=…, and &view=map|text

function shareUrl() {
  const p = new URLSearchParams();
  if (state.named && !state.named.edited) {
    p.set("name", state.named.q.name);
    for (const [k, v] of Object.entries(paramsForUrl())) p.set(k, v);
  } else {
    p.set("query", editor.getValue());
  }
  if (state.view !== "table") p.set("view", state.view);
  return "/?" + p.toString();
}

async function applyUrl() {
  const p = new URLSearchParams(location.search);
  const view = p.get("view");
  state.view = view === "map" || view === "text" ? view : "table";
  if (p.has("name")) {
    const values = {};
    for (const [k, v] of p) if (k !== "name" && k !== "view") values[k] = v;
    selectExample(p.get("name"), values, { run: false });
    if (state.named) await run({ push: false });
  } else if (p.has("query")) {
    state.named = null;
    showNamed();
    editor.setValue(p.get("query"));
    await run({ push: false });
  } else {
    state.named = null;
    showNamed();
    editor.setValue(STARTER);
    $("results").hidden = true;
    $("error").hidden = true;
  }
}

async function copyLink() {
  const input = $("share-link");
  try {
    await navigator.clipboard.writeText(input.value);
    setStatus("Link copied.");
  } catch (e) {
    input.select();
    setStatus("Select the link and copy it (Ctrl+C).");
  }
}

// ---------------------------------------------------------------------------------------------
// Running a query

function showError(text, detail) {
  const box = $("error");
  box.textContent = "";
  const p = document.createElement("p");
  p.className = "error-text";
  p.textContent = text;
  box.appendChild(p);
  if (detail) box.appendChild(detail);
  box.hidden = false;
}

function queryKind(text) {
  const body = text.replace(/#[^\n]*/g, " ").replace(/<[^>]*>/g, " ").replace(/"(?:[^"\\]|\\.)*"/g, " ");
  const m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(body);
  return m ? m[1].toUpperCase() : "SELECT";
}

async function run({ push }) {
  const id = ++state.runId;
  $("error").hidden = true;
  editor.clearError();
  document.querySelectorAll("[aria-invalid]").forEach((f) => f.removeAttribute("aria-invalid"));
  const text = editor.getValue();
  const named = state.named && !state.named.edited ? state.named.q : null;
  const values = named ? paramValues() : {};
  if (named) {
    for (const p of named.parameters) {
      if (p.required && !values[p.name]) {
        const f = $("param-" + p.name);
        f.setAttribute("aria-invalid", "true");
        showError("Give a value for “" + p.name + "”: " + p.description);
        f.focus();
        return;
      }
    }
  } else if (!text.trim()) {
    showError("Write a query first, or pick an example.");
    return;
  }
  if (push) {
    const url = shareUrl();
    if (url !== location.pathname + location.search) history.pushState(null, "", url);
  }
  $("run").disabled = true;
  $("results").setAttribute("aria-busy", "true");
  setStatus("Running…");
  const started = performance.now();
  let res;
  let request;
  try {
    if (named) {
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries(values)) if (v) qs.set(k, v);
      request = { kind: "named", name: named.name, params: qs };
      res = await fetch("/api/queries/" + encodeURIComponent(named.name) + (qs.toString() ? "?" + qs : ""), {
        headers: { Accept: "application/sparql-results+json" },
      });
    } else {
      request = { kind: "free", query: text, form: queryKind(text) };
      res = await fetch(state.config.endpoint, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1",
        },
        body: new URLSearchParams({ query: text }),
      });
    }
    const ms = Math.round(performance.now() - started);
    const type = (res.headers.get("Content-Type") || "").toLowerCase();
    const body = await res.text();
    if (id !== state.runId) return;
    if (!res.ok) {
      showFailure(res.status, body, type, request);
      $("results").hidden = true;
      setStatus("");
      return;
    }
    if (type.includes("json")) {
      const j = JSON.parse(body);
      if ("boolean" in j) await showResult({ kind: "ask", value: j.boolean, ms, request, raw: body });
      else await showResult({ kind: "select", vars: j.head.vars, rows: j.results.bindings, ms, request, raw: body });
    } else {
      await showResult({ kind: "graph", text: body, ms, request, type });
    }
  } catch (e) {
    if (id !== state.runId) return;
    showError("The query could not be sent: " + e.message + ". Is the server running?");
    setStatus("");
  } finally {
    if (id === state.runId) {
      $("run").disabled = false;
      $("results").removeAttribute("aria-busy");
    }
  }
}

function showFailure(status, body, type, request) {
  let j = null;
  if (type.includes("json")) {
    try {
      j = JSON.parse(body);
    } catch (e) {
      j = null;
    }
  }
  const detail = (j && j.detail) || body.trim();
  if (j && j.error === "bad-parameter" && j.parameter) {
    const f = $("param-" + j.parameter);
    if (f) {
      f.setAttribute("aria-invalid", "true");
      f.focus();
    }
    showError("The value of “" + j.parameter + "” was not accepted: " + detail.replace(/^parameter '[^']*' /, "it ") + ".");
    return;
  }
  const pos = /line (\d+), column (\d+)/i.exec(detail);
  if (status === 400 && pos) {
    const line = Number(pos[1]);
    const column = Number(pos[2]);
    if (request.kind === "free") editor.markError(line, column);
    const pre = document.createElement("pre");
    pre.className = "error-detail";
    pre.textContent = detail;
    const go = document.createElement("button");
    go.type = "button";
    go.className = "linkish";
    go.textContent = "Go to line " + line;
    go.addEventListener("click", () => editor.goTo(line, column));
    const wrap = document.createElement("div");
    wrap.append(pre, go);
    showError("The query has a syntax error at line " + line + ", column " + column + ". The marked line in the editor is where the parser stopped.", wrap);
    return;
  }
  const pre = document.createElement("pre");
  pre.className = "error-detail";
  pre.textContent = detail;
  const words = {
    400: "The server could not run this query.",
    404: "There is no such query.",
    406: "The server cannot give the results in the format asked for.",
    413: "The query is too long for the server.",
    422: "The server refused to run this query.",
    503: "The query took too long and was stopped. Narrow it down (a LIMIT, a more specific pattern) and run it again.",
  };
  showError(words[status] || "The server answered with an error (HTTP " + status + ").", pre);
}

async function showResult(result) {
  state.result = result;
  delete $("results").dataset.labels; // set again once the table shows labels
  $("results").hidden = false;
  const summary = $("summary");
  const time = " in " + result.ms + " ms";
  let empty = false;
  if (result.kind === "select") {
    const n = result.rows.length;
    empty = n === 0;
    summary.textContent = plural(n, "row", "rows") + time + (result.request.kind === "named" ? " · " + state.named.q.title : "");
    setStatus(plural(n, "row", "rows") + ".");
  } else if (result.kind === "ask") {
    summary.textContent = "The answer is " + (result.value ? "yes" : "no") + time;
    setStatus("Answered " + (result.value ? "yes" : "no") + ".");
  } else {
    const triples = result.text.split("\n").filter((l) => /\.\s*$/.test(l)).length;
    summary.textContent = "A graph (Turtle)" + time;
    setStatus(triples ? "A graph." : "An empty graph.");
  }
  renderDownloads(result);
  $("share-link").value = location.origin + shareUrl();

  const table = $("view-table");
  $("tab-table").hidden = result.kind === "graph";
  $("tab-text").hidden = result.kind !== "graph";
  $("tab-map").hidden = true;
  if (result.kind === "graph") {
    $("result-text").textContent = result.text || "# (no triples)";
    setView("text");
    return;
  }
  if (result.kind === "ask") {
    table.textContent = "";
    const p = document.createElement("p");
    p.className = "ask-answer";
    p.textContent = result.value ? "Yes: the pattern has at least one match." : "No: the pattern has no match.";
    table.appendChild(p);
    setView("table");
    return;
  }
  if (empty) {
    table.textContent = "";
    const p = document.createElement("p");
    p.className = "empty note";
    p.textContent = explainEmpty(result);
    table.appendChild(p);
    setView("table");
    return;
  }
  const ctx = { labels: state.labels, prefixes: state.config.prefixes, baseIri: state.config.baseIri };
  const wanted = state.view;
  renderTable(table, result.vars, result.rows, ctx);
  setView("table");
  // Labels, types and places of the IRIs in the results, in one query; then the map if it applies.
  try {
    await describeIris(result);
  } catch (e) {
    $("results").dataset.labels = "failed";
    return; // labels are a nicety: the table stands with IRIs
  }
  if (state.result !== result) return;
  renderTable(table, result.vars, result.rows, ctx);
  $("results").dataset.labels = "done";
  const map = mapData(result);
  if (map) {
    $("tab-map").hidden = false;
    result.map = map;
    if (wanted === "map") setView("map");
  }
}

function explainEmpty(result) {
  if (result.request.kind === "named") {
    const q = state.named.q;
    const given = q.parameters.map((p) => {
      const v = result.request.params.get(p.name);
      return p.name + " = " + (v || p.default || "(none)");
    });
    const what = result.vars.includes("state") || /\bstates?\b/i.test(q.title) ? "no state matched" : "nothing matched";
    return "No rows: " + what + (given.length ? " with " + given.join(", ") : "") + ". The query ran without error; try another value.";
  }
  return "No rows: the query ran without error, but nothing in the graph matches its pattern. Check the spelling of names and IRIs, the language tags of labels (\"Poland\"@en is not \"Poland\") and the datatypes of dates.";
}

function renderDownloads(result) {
  const box = $("downloads");
  box.textContent = "";
  const label = document.createElement("span");
  label.className = "small muted";
  label.textContent = "Download:";
  box.appendChild(label);
  const formats = result.kind === "graph"
    ? [["ttl", "Turtle", "text/turtle", "ttl"]]
    : [["csv", "CSV", "text/csv", "csv"], ["tsv", "TSV", "text/tab-separated-values", "tsv"], ["json", "SPARQL JSON", "application/sparql-results+json", "srj"]];
  const base = result.request.kind === "named" ? "results-" + result.request.name : "results";
  for (const [format, name, mime, ext] of formats) {
    const a = document.createElement("a");
    a.className = "download";
    a.dataset.format = format;
    a.download = base + "." + ext;
    a.textContent = name;
    let href;
    if (result.request.kind === "named") {
      const qs = new URLSearchParams(result.request.params);
      qs.set("format", format);
      href = "/api/queries/" + encodeURIComponent(result.request.name) + "?" + qs;
    } else {
      href = state.config.endpoint + "?" + new URLSearchParams({ query: result.request.query, format });
    }
    if (href.length > MAX_GET_URL) {
      // Too long for a GET: write the file here from the result we have, in the same W3C format.
      let text;
      if (result.kind === "graph") text = result.text;
      else if (format === "csv") text = toCsv(result.vars, result.rows);
      else if (format === "tsv") text = toTsv(result.vars, result.rows);
      else text = result.raw;
      href = URL.createObjectURL(new Blob([text], { type: mime }));
    }
    a.href = href;
    a.type = mime;
    box.appendChild(a);
  }
}

function setView(view) {
  const tab = $("tab-" + view);
  if (!tab || tab.hidden) view = state.result && state.result.kind === "graph" ? "text" : "table";
  state.view = view;
  for (const t of document.querySelectorAll(".views [role=tab]")) {
    const on = t.dataset.view === view;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !on;
  }
  if (view === "map" && state.result && state.result.map && !state.result.mapDrawn) {
    state.result.mapDrawn = true;
    const box = $("view-map");
    box.textContent = "Drawing the map…";
    ensureAllStates()
      .then(() => drawMap(box, { ...state.result.map, allStates: state.allStates }))
      .catch((e) => {
        box.textContent = "The map could not be drawn: " + e.message;
      });
  }
}

function tabKeys(e) {
  const tabs = [...document.querySelectorAll(".views [role=tab]")].filter((t) => !t.hidden);
  const i = tabs.indexOf(e.currentTarget);
  let next = null;
  if (e.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
  if (e.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
  if (next) {
    e.preventDefault();
    next.focus();
    next.click();
  }
}

// ---------------------------------------------------------------------------------------------
// Labels, types and places of the IRIs in a result

async function describeIris(result) {
  const iris = new Set();
  for (const row of result.rows) {
    for (const v of result.vars) {
      const t = row[v];
      if (t && t.type === "uri" && !state.labels.has(t.value)) iris.add(t.value);
    }
  }
  const all = [...iris];
  for (let i = 0; i < all.length; i += 800) {
    const chunk = all.slice(i, i + 800);
    const j = await sparql(`PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX ent: <${ENT}>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT ?x ?k ?v WHERE {
  VALUES ?x { ${chunk.map(escapeIri).join(" ")} }
  { ?x rdfs:label ?v FILTER (lang(?v) = "en" || lang(?v) = "") BIND ("label" AS ?k) }
  UNION { ?x rdfs:label ?v FILTER (lang(?v) != "en" && lang(?v) != "")
          FILTER NOT EXISTS { ?x rdfs:label ?e FILTER (lang(?e) = "en" || lang(?e) = "") } BIND ("other" AS ?k) }
  UNION { ?x a ent:State BIND ("state" AS ?k) BIND ("" AS ?v) }
  UNION { ?x ent:iso3166Numeric ?v BIND ("num" AS ?k) }
  UNION { ?x geo:lat ?v BIND ("lat" AS ?k) }
  UNION { ?x geo:long ?v BIND ("long" AS ?k) }
  UNION { ?x ent:partOf ?s . ?s a ent:State ; geo:lat ?la ; geo:long ?lo
          BIND ("partOf" AS ?k) BIND (CONCAT(STR(?la), " ", STR(?lo), " ", STR(?s)) AS ?v) }
}`);
    for (const iri of chunk) state.labels.set(iri, {});
    for (const b of j.results.bindings) {
      const info = state.labels.get(b.x.value);
      const k = b.k.value;
      const v = b.v ? b.v.value : "";
      if (k === "label" && (!info.label || (b.v["xml:lang"] === "en" && info.labelLang !== "en"))) {
        info.label = v;
        info.labelLang = b.v["xml:lang"] || "";
      } else if (k === "other" && !info.label) info.label = v;
      else if (k === "state") info.state = true;
      else if (k === "num") info.num = isoKey(v);
      else if (k === "lat") info.lat = Number(v);
      else if (k === "long") info.long = Number(v);
      else if (k === "partOf" && !info.partOf) {
        const [la, lo, s] = v.split(" ");
        info.partOf = { lat: Number(la), long: Number(lo), iri: s };
      }
    }
  }
}

function labelOf(iri) {
  const info = state.labels.get(iri);
  return (info && info.label) || shortName(iri, state.config.prefixes);
}

/** What the map shows for a result, or null if nothing in it is a state. */
function mapData(result) {
  const states = new Map();
  for (const row of result.rows) {
    const seen = new Set();
    for (const v of result.vars) {
      const t = row[v];
      if (!t || t.type !== "uri" || seen.has(t.value)) continue;
      seen.add(t.value);
      const info = state.labels.get(t.value);
      if (!info || !info.state || !info.num) continue;
      const s = states.get(info.num) || { label: info.label || t.value, href: hrefFor(t.value, state.config.baseIri), count: 0,
        point: Number.isFinite(info.long) ? [info.long, info.lat] : null };
      s.count++;
      states.set(info.num, s);
    }
  }
  const arrows = [];
  const notes = [];
  const from = result.vars.find((v) => v === "sender" || v === "from");
  const to = result.vars.find((v) => v === "destination" || v === "to");
  if (from && to) {
    const where = (iri) => {
      const info = state.labels.get(iri) || {};
      if (Number.isFinite(info.lat) && Number.isFinite(info.long)) return { point: [info.long, info.lat] };
      if (info.partOf) return { point: [info.partOf.long, info.partOf.lat], via: labelOf(info.partOf.iri) };
      return { why: info.state ? "has no coordinates" : "has no coordinates and is not part of one state" };
    };
    const done = new Set();
    for (const row of result.rows) {
      const a = row[from];
      const b = row[to];
      if (!a || !b || a.type !== "uri" || b.type !== "uri") continue;
      const key = a.value + " " + b.value;
      if (done.has(key)) continue;
      done.add(key);
      const p = where(a.value);
      const q = where(b.value);
      const title = labelOf(a.value) + " → " + labelOf(b.value);
      if (p.point && q.point && p.point[0] === q.point[0] && p.point[1] === q.point[1]) {
        notes.push("No arrow for " + title + ": both ends are in " + (q.via || p.via || labelOf(b.value)) + ".");
      } else if (p.point && q.point) {
        arrows.push({ from: p.point, to: q.point, title });
        for (const [end, pos] of [[a.value, p], [b.value, q]]) {
          if (pos.via) notes.push("The arrow " + title + " ends in " + pos.via + ", of which " + labelOf(end) + " is part.");
        }
      } else {
        const missing = !p.point ? [a.value, p] : [b.value, q];
        notes.push("No arrow for " + title + ": " + labelOf(missing[0]) + " " + missing[1].why + ".");
      }
    }
  }
  if (!states.size && !arrows.length) return null;
  return { states, arrows, notes: [...new Set(notes)] };
}

async function ensureAllStates() {
  if (state.allStates) return;
  const j = await sparql(`PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX ent: <${ENT}>
SELECT ?s ?num (SAMPLE(?l) AS ?label) WHERE {
  ?s a ent:State ; ent:iso3166Numeric ?num .
  OPTIONAL { ?s rdfs:label ?l FILTER (lang(?l) = "en") }
} GROUP BY ?s ?num`);
  state.allStates = new Map();
  for (const b of j.results.bindings) {
    state.allStates.set(isoKey(b.num.value), { label: b.label ? b.label.value : "", href: hrefFor(b.s.value, state.config.baseIri) });
  }
}

start();
