// RDF terms of a SPARQL JSON result: the text a term is shown and sorted by, numbers, and the
// order of the table's columns. Pure.

/** The XML Schema datatypes' namespace (a W3C standard, not the project's). */
export const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "short", "byte",
  "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
  "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"].map((t) => XSD + t));

export const XSD_STRING = XSD + "string";

/** True for a literal of a numeric XSD datatype. */
export function isNumeric(term) {
  return !!term && (term.type === "literal" || term.type === "typed-literal") && NUMERIC.has(term.datatype);
}

/** The text a term is shown by: an IRI's label (or its short name), a blank node's _:id, a literal's value. */
export function displayText(term, labelOf) {
  if (!term) return "";
  if (term.type === "uri") return labelOf(term.value);
  if (term.type === "bnode") return "_:" + term.value;
  return term.value;
}

/** Compares two terms for sorting: numbers as numbers, text in natural order, unbound last. */
export function compareTerms(a, b, labelOf) {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  if (isNumeric(a) && isNumeric(b)) return Number(a.value) - Number(b.value);
  return displayText(a, labelOf).localeCompare(displayText(b, labelOf), undefined, { numeric: true, sensitivity: "base" });
}

/** The row order (indexes) for a column and direction (1 or -1); equal rows keep their order. */
export function sortedOrder(rows, variable, dir, labelOf) {
  return rows.map((_, i) => i).sort((a, b) => dir * compareTerms(rows[a][variable], rows[b][variable], labelOf) || a - b);
}
