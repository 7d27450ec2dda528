import { test, assert } from "./harness.js";
import { compareTerms, displayText, isNumeric, sortedOrder } from "/assets/js/terms.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const num = (v, t = "integer") => ({ type: "literal", datatype: XSD + t, value: v });
const str = (v) => ({ type: "literal", value: v });
const labels = { "urn:pol": "Poland", "urn:est": "Estonia" };
const labelOf = (iri) => labels[iri] || iri;

test("terms: numbers by their datatype", () => {
  assert.ok(isNumeric(num("3")));
  assert.ok(isNumeric(num("2.5", "decimal")));
  assert.ok(!isNumeric(num("1999-03-12", "date")));
  assert.ok(!isNumeric(str("3")));
  assert.ok(!isNumeric(undefined));
});

test("terms: IRIs shown by label, blank nodes as _:id", () => {
  assert.equal(displayText({ type: "uri", value: "urn:pol" }, labelOf), "Poland");
  assert.equal(displayText({ type: "bnode", value: "b1" }, labelOf), "_:b1");
  assert.equal(displayText(str("x"), labelOf), "x");
  assert.equal(displayText(undefined, labelOf), "");
});

test("terms: numbers sort as numbers, text in natural order, unbound last", () => {
  assert.ok(compareTerms(num("9"), num("10"), labelOf) < 0);
  assert.ok(compareTerms(str("item 9"), str("item 10"), labelOf) < 0);
  assert.ok(compareTerms(str("b"), str("A"), labelOf) > 0);
  assert.ok(compareTerms(undefined, str("a"), labelOf) > 0);
  assert.ok(compareTerms({ type: "uri", value: "urn:pol" }, { type: "uri", value: "urn:est" }, labelOf) > 0, "by label");
});

test("terms: the row order of a column, stable for equal values", () => {
  const rows = [{ n: num("2") }, { n: num("10") }, { n: num("2") }, {}];
  assert.equal(sortedOrder(rows, "n", 1, labelOf), [0, 2, 1, 3]);
  assert.equal(sortedOrder(rows, "n", -1, labelOf), [3, 1, 0, 2]);
});
