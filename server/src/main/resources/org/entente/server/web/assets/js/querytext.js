// Reading and rewriting the text of a SPARQL query: the prefixes it declares and uses, the PREFIX
// lines it lacks, its form (SELECT, ASK…), and the VALUES lines that put an example's parameters
// into its text. Pure: strings in, strings out.

import { XSD } from "./terms.js";

const PREFIX_DECL = /^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>/gim;

/** The prefixes a query declares, prefix → namespace. */
export function declaredPrefixes(text) {
  const out = new Map();
  for (const m of text.matchAll(PREFIX_DECL)) out.set(m[1] || "", m[2]);
  return out;
}

const blank = (m) => m.replace(/[^\n]/g, " ");

/**
 * The text with comments, strings and IRIs blanked out (each character a space, line breaks
 * kept, so positions stay), so that what looks like a keyword or prefixed name really is one.
 */
export function codeOnly(text) {
  return text
    .replace(/<[^<>\s"{}|^`\\]*>/g, blank)
    .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''/g, blank)
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, blank)
    .replace(/#[^\n]*/g, blank);
}

/** The prefixes a query uses in prefixed names (ent:State), in order of first use. */
export function usedPrefixes(text) {
  const out = [];
  const body = codeOnly(text).replace(/^\s*PREFIX\s+[A-Za-z][\w.-]*:/gim, " ");
  for (const m of body.matchAll(/(^|[^\w?$:.-])([A-Za-z][\w.-]*)?:(?=[A-Za-z0-9_(\s]|$)/gm)) {
    const p = m[2] || "";
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** A PREFIX line, aligned as the named queries align theirs. */
export function prefixLine(prefix, namespace) {
  return "PREFIX " + (prefix + ":").padEnd(8) + " <" + namespace + ">";
}

/** The PREFIX lines to add to a query: one for each known prefix it uses and does not declare. */
export function missingPrefixLines(text, known) {
  const declared = declaredPrefixes(text);
  return usedPrefixes(text)
    .filter((p) => !declared.has(p) && Object.prototype.hasOwnProperty.call(known, p))
    .map((p) => prefixLine(p, known[p]));
}

/** Inserts lines after the query's leading comments and PREFIX/BASE lines. */
export function withPrefixes(text, lines) {
  if (!lines.length) return text;
  const all = text.split("\n");
  let at = 0;
  for (let i = 0; i < all.length; i++) {
    const l = all[i].trim();
    if (l === "" || l.startsWith("#")) {
      if (at === i) at = i + 1;
      continue;
    }
    if (/^(PREFIX|BASE)\b/i.test(l)) at = i + 1;
    else break;
  }
  // Keep the header comments of a named query first; put our lines before the first keyword.
  while (at > 0 && all[at - 1].trim() === "") at--;
  all.splice(at, 0, ...lines);
  return all.join("\n");
}

/** The query's form: SELECT, ASK, CONSTRUCT or DESCRIBE (SELECT if none is found). */
export function queryForm(text) {
  const m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(codeOnly(text));
  return m ? m[1].toUpperCase() : "SELECT";
}

/** An IRI in SPARQL syntax, with the characters an IRIREF may not hold percent-encoded. */
export function iriRef(iri) {
  return "<" + iri.replace(/[<>"{}|^`\\\s]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")) + ">";
}

/** A string literal in SPARQL syntax. */
export function stringLiteral(s) {
  return '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t") + '"';
}

/** An xsd:date literal. */
export function dateLiteral(day) {
  return stringLiteral(day) + "^^" + iriRef(XSD + "date");
}

/**
 * The SPARQL term for a parameter's value, as the server binds it: a date as xsd:date, an integer
 * as a number, an IRI (entity parameters, already resolved) as an IRI, anything else as a string.
 * Null if the value cannot be written as that type.
 */
export function parameterTerm(type, value) {
  if (type === "date") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateLiteral(value) : null;
  if (type === "integer") return /^-?\d{1,18}$/.test(value) ? value : null;
  if (type === "drafts") return value === "include" ? "true" : value === "exclude" ? "false" : null;
  if (type === "iri" || /^https?:\/\//.test(value)) return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value) ? iriRef(value) : null;
  return stringLiteral(value);
}

/**
 * The query with a VALUES line for each binding, at the start of its WHERE clause, so that the
 * query means what it meant with those parameters. bindings: [{name, term}]. Null if the query
 * has no WHERE clause to put them in.
 */
export function bindValues(text, bindings) {
  const m = /\bWHERE\s*\{/i.exec(codeOnly(text));
  if (!m) return null;
  const at = m.index + m[0].length;
  const lines = bindings.map((b) => "  VALUES ?" + b.name + " { " + b.term + " }");
  return text.slice(0, at) + "\n" + lines.join("\n") + text.slice(at);
}
