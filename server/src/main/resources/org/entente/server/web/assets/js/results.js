// The results table and the W3C result formats, for the query page.

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "short", "byte",
  "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
  "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"].map((t) => XSD + t));
const WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
const WIKIDATA_PROP = "http://www.wikidata.org/prop/direct/";
const ONTOLOGY_NS = "https://w3id.org/entente/ontology#";
const ONTOLOGY_IRI = "https://w3id.org/entente/ontology";

/**
 * Where a link to an IRI goes, as the server's Linked Data pages do it (org.entente.server.ld.Links):
 * our own page for IRIs under the base IRI and for ontology terms, the wiki page for Wikidata
 * items and properties, the IRI itself for other http(s) IRIs, nowhere (null) for anything else.
 */
export function hrefFor(iri, baseIri) {
  if (baseIri && iri.startsWith(baseIri)) {
    const rest = iri.substring(baseIri.length);
    if (rest.startsWith("id/") || rest.startsWith("graph/")) return "/" + rest;
    if (rest.startsWith(".well-known/void")) return "/.well-known/void";
  }
  if (iri.startsWith(ONTOLOGY_NS)) return "/ontology#" + iri.substring(ONTOLOGY_NS.length);
  if (iri === ONTOLOGY_IRI) return "/ontology";
  if (iri.startsWith(WIKIDATA_ENTITY)) return "https://www.wikidata.org/wiki/" + iri.substring(WIKIDATA_ENTITY.length);
  if (iri.startsWith(WIKIDATA_PROP)) return "https://www.wikidata.org/wiki/Property:" + iri.substring(WIKIDATA_PROP.length);
  return /^https?:\/\//i.test(iri) ? iri : null;
}

/** A prefixed name for an IRI if one of the prefixes fits, else the IRI. */
export function shortName(iri, prefixes) {
  let best = null;
  for (const [p, ns] of Object.entries(prefixes || {})) {
    if (iri.startsWith(ns) && /^[A-Za-z0-9_-]*$/.test(iri.substring(ns.length)) && (!best || ns.length > best[1].length)) {
      best = [p, ns];
    }
  }
  return best ? best[0] + ":" + iri.substring(best[1].length) : iri;
}

/** The text a term is shown and sorted by. */
export function displayText(term, labels, prefixes) {
  if (!term) return "";
  if (term.type === "uri") {
    const info = labels.get(term.value);
    return (info && info.label) || shortName(term.value, prefixes);
  }
  if (term.type === "bnode") return "_:" + term.value;
  return term.value;
}

function isNumeric(term) {
  return term && (term.type === "literal" || term.type === "typed-literal") && NUMERIC.has(term.datatype);
}

function compareTerms(a, b, labels, prefixes) {
  if (!a && !b) return 0;
  if (!a) return 1; // unbound last
  if (!b) return -1;
  if (isNumeric(a) && isNumeric(b)) return Number(a.value) - Number(b.value);
  return displayText(a, labels, prefixes).localeCompare(displayText(b, labels, prefixes), undefined, { numeric: true, sensitivity: "base" });
}

function cell(term, ctx) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const text = displayText(term, ctx.labels, ctx.prefixes);
    const href = hrefFor(term.value, ctx.baseIri);
    const node = document.createElement(href ? "a" : "span");
    node.textContent = text;
    node.title = term.value;
    node.className = "iri";
    if (href) {
      node.href = href;
      if (!href.startsWith("/")) {
        node.classList.add("ext");
        node.target = "_blank";
        node.rel = "noopener noreferrer";
      }
    }
    td.appendChild(node);
  } else if (term.type === "bnode") {
    td.textContent = "_:" + term.value;
    td.className = "bnode";
  } else {
    td.textContent = term.value;
    if (isNumeric(term)) td.className = "num";
    if (term["xml:lang"]) td.lang = term["xml:lang"];
    if (term.datatype && term.datatype !== XSD + "string") td.title = shortName(term.datatype, ctx.prefixes);
  }
  return td;
}

/**
 * Renders a SELECT result as a table with sortable columns into a container.
 * ctx: {labels: Map IRI → {label}, prefixes, baseIri}.
 */
export function renderTable(container, vars, rows, ctx) {
  container.textContent = "";
  const wrap = document.createElement("div");
  wrap.className = "table-wrap";
  const table = document.createElement("table");
  table.className = "results-table";
  const caption = document.createElement("caption");
  caption.className = "visually-hidden";
  caption.textContent = "Query results; the column headers sort the rows.";
  table.appendChild(caption);
  const thead = table.createTHead();
  const hr = thead.insertRow();
  const tbody = table.createTBody();
  let order = rows.map((_, i) => i);
  let sorted = { col: null, dir: 0 };

  const fill = () => {
    tbody.textContent = "";
    const frag = document.createDocumentFragment();
    for (const i of order) {
      const tr = document.createElement("tr");
      for (const v of vars) tr.appendChild(cell(rows[i][v], ctx));
      frag.appendChild(tr);
    }
    tbody.appendChild(frag);
  };

  vars.forEach((v) => {
    const th = document.createElement("th");
    th.scope = "col";
    th.setAttribute("aria-sort", "none");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = v;
    button.title = "Sort by " + v;
    button.addEventListener("click", () => {
      const dir = sorted.col === v ? -sorted.dir || 1 : 1;
      sorted = { col: v, dir };
      order = rows.map((_, i) => i);
      order.sort((a, b) => dir * compareTerms(rows[a][v], rows[b][v], ctx.labels, ctx.prefixes) || a - b);
      for (const other of hr.children) other.setAttribute("aria-sort", "none");
      th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      fill();
    });
    th.appendChild(button);
    hr.appendChild(th);
  });
  fill();
  wrap.appendChild(table);
  container.appendChild(wrap);
}

// ---- The W3C formats, written from a SPARQL JSON result (for queries too long for a GET URL) ----

function csvField(s) {
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** SPARQL 1.1 Query Results CSV: plain values, IRIs as they are, blank nodes as _:label. */
export function toCsv(vars, rows) {
  const lines = [vars.map(csvField).join(",")];
  for (const row of rows) {
    lines.push(vars.map((v) => {
      const t = row[v];
      if (!t) return "";
      return csvField(t.type === "bnode" ? "_:" + t.value : t.value);
    }).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

function turtleString(s) {
  return '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t") + '"';
}

/** SPARQL 1.1 Query Results TSV: RDF terms in Turtle syntax, header with '?'. */
export function toTsv(vars, rows) {
  const lines = [vars.map((v) => "?" + v).join("\t")];
  for (const row of rows) {
    lines.push(vars.map((v) => {
      const t = row[v];
      if (!t) return "";
      if (t.type === "uri") return "<" + t.value + ">";
      if (t.type === "bnode") return "_:" + t.value;
      if (t["xml:lang"]) return turtleString(t.value) + "@" + t["xml:lang"];
      if (t.datatype === XSD + "integer" && /^[+-]?\d+$/.test(t.value)) return t.value;
      if (t.datatype && t.datatype !== XSD + "string") return turtleString(t.value) + "^^<" + t.datatype + ">";
      return turtleString(t.value);
    }).join("\t"));
  }
  return lines.join("\n") + "\n";
}
