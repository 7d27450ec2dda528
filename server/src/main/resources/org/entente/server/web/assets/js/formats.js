// The downloads of a result: the formats offered, the server URL of each (the server writes the
// W3C formats), and, for a query too long for a GET URL, the same formats written here from the
// SPARQL JSON result. Pure.

import { XSD } from "./terms.js";
import { stringLiteral } from "./querytext.js";

/** Longer download URLs are written in the browser instead of asked of the server. */
export const MAX_GET_URL = 6000;

export const TABLE_FORMATS = Object.freeze([
  { format: "csv", name: "CSV", mime: "text/csv", ext: "csv" },
  { format: "tsv", name: "TSV", mime: "text/tab-separated-values", ext: "tsv" },
  { format: "json", name: "SPARQL JSON", mime: "application/sparql-results+json", ext: "srj" },
]);
export const GRAPH_FORMATS = Object.freeze([{ format: "ttl", name: "Turtle", mime: "text/turtle", ext: "ttl" }]);

/**
 * The download links of a result: [{format, name, mime, file, href}], href null when the URL
 * would be too long (then the page writes the file, see fileText).
 * request: {kind: "named", name, params: URLSearchParams} or {kind: "free", query}; endpoint: the
 * SPARQL endpoint's path.
 */
export function downloadLinks(resultKind, request, endpoint) {
  const formats = resultKind === "graph" ? GRAPH_FORMATS : TABLE_FORMATS;
  const base = request.kind === "named" ? "results-" + request.name : "results";
  return formats.map((f) => {
    let href;
    if (request.kind === "named") {
      const qs = new URLSearchParams(request.params);
      qs.set("format", f.format);
      href = "/api/queries/" + encodeURIComponent(request.name) + "?" + qs;
    } else {
      href = endpoint + "?" + new URLSearchParams({ query: request.query, format: f.format });
    }
    return { ...f, file: base + "." + f.ext, href: href.length > MAX_GET_URL ? null : href };
  });
}

/** The text of a download written here, from the result the page holds. */
export function fileText(format, result) {
  if (result.kind === "graph") return result.text;
  if (format === "csv") return toCsv(result.vars, result.rows);
  if (format === "tsv") return toTsv(result.vars, result.rows);
  return result.raw;
}

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

/** SPARQL 1.1 Query Results TSV: RDF terms in Turtle syntax, header with '?'. */
export function toTsv(vars, rows) {
  const lines = [vars.map((v) => "?" + v).join("\t")];
  for (const row of rows) {
    lines.push(vars.map((v) => {
      const t = row[v];
      if (!t) return "";
      if (t.type === "uri") return "<" + t.value + ">";
      if (t.type === "bnode") return "_:" + t.value;
      if (t["xml:lang"]) return stringLiteral(t.value) + "@" + t["xml:lang"];
      if (t.datatype === XSD + "integer" && /^[+-]?\d+$/.test(t.value)) return t.value;
      if (t.datatype && t.datatype !== XSD + "string") return stringLiteral(t.value) + "^^<" + t.datatype + ">";
      return stringLiteral(t.value);
    }).join("\t"));
  }
  return lines.join("\n") + "\n";
}
