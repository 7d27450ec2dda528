import { test, assert } from "./harness.js";
import {
  bindValues, codeOnly, dateLiteral, declaredPrefixes, iriRef, missingPrefixLines, parameterTerm, queryForm,
  stringLiteral, usedPrefixes, withPrefixes,
} from "/assets/js/querytext.js";

const ENT = "https://w3id.org/entente/ontology#";
const KNOWN = { ent: ENT, rdfs: "http://www.w3.org/2000/01/rdf-schema#", xsd: "http://www.w3.org/2001/XMLSchema#" };

test("querytext: declared prefixes, the empty one too", () => {
  const d = declaredPrefixes("PREFIX ent: <" + ENT + ">\nprefix : <http://example.org/>\nSELECT * {}");
  assert.equal(d, new Map([["ent", ENT], ["", "http://example.org/"]]));
});

test("querytext: used prefixes, not those in IRIs, strings or comments", () => {
  const q = `PREFIX ent: <${ENT}>
# rdfs:label is mentioned here only
SELECT ?s WHERE { ?s a ent:State ; <http://x.org/a:b> "skos:x" ; xsd:foo 'owl:y' . ?s ent:name ?n }`;
  assert.equal(usedPrefixes(q), ["ent", "xsd"]);
});

test("querytext: codeOnly keeps every position", () => {
  const q = 'SELECT ?s # WHERE {\nWHERE { ?s <urn:x> "WHERE {" }';
  const c = codeOnly(q);
  assert.equal(c.length, q.length);
  assert.equal(c.indexOf("WHERE"), q.lastIndexOf("WHERE {", q.indexOf('"')));
});

test("querytext: missing PREFIX lines for known prefixes only, aligned", () => {
  const q = "SELECT ?s WHERE { ?s a ent:State ; rdfs:label ?l ; foo:bar ?x }";
  assert.equal(missingPrefixLines(q, KNOWN), [
    "PREFIX ent:     <" + ENT + ">",
    "PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>",
  ]);
  assert.equal(missingPrefixLines("PREFIX ent: <" + ENT + ">\nSELECT * { ?s a ent:State }", KNOWN), []);
});

test("querytext: PREFIX lines go after the header comments and existing PREFIX lines", () => {
  const q = "# title: T\n# description: D\n\nPREFIX ent: <" + ENT + ">\n\nSELECT * WHERE { ?s rdfs:label ?l }";
  assert.equal(withPrefixes(q, ["PREFIX rdfs: <r>"]),
    "# title: T\n# description: D\n\nPREFIX ent: <" + ENT + ">\nPREFIX rdfs: <r>\n\nSELECT * WHERE { ?s rdfs:label ?l }");
  assert.equal(withPrefixes("SELECT * {}", ["PREFIX a: <b>"]), "PREFIX a: <b>\nSELECT * {}");
  assert.equal(withPrefixes("SELECT * {}", []), "SELECT * {}");
});

test("querytext: the query form, not fooled by comments or IRIs", () => {
  assert.equal(queryForm("# ASK me\nPREFIX a: <http://x.org/SELECT>\nconstruct { ?s ?p ?o } WHERE { ?s ?p ?o }"), "CONSTRUCT");
  assert.equal(queryForm("DESCRIBE <urn:x>"), "DESCRIBE");
  assert.equal(queryForm("ASK {}"), "ASK");
  assert.equal(queryForm(""), "SELECT");
});

test("querytext: IRIs and literals in SPARQL syntax", () => {
  assert.equal(iriRef("http://x.org/a b<c>"), "<http://x.org/a%20b%3Cc%3E>");
  assert.equal(stringLiteral('say "hi"\n\\'), '"say \\"hi\\"\\n\\\\"');
  assert.equal(dateLiteral("2022-01-25"), '"2022-01-25"^^<http://www.w3.org/2001/XMLSchema#date>');
});

test("querytext: parameter terms by type", () => {
  assert.equal(parameterTerm("date", "2022-01-25"), '"2022-01-25"^^<http://www.w3.org/2001/XMLSchema#date>');
  assert.equal(parameterTerm("date", "25/01/2022"), null);
  assert.equal(parameterTerm("integer", "-12"), "-12");
  assert.equal(parameterTerm("integer", "1e3"), null);
  assert.equal(parameterTerm("iri", "https://w3id.org/entente/id/state/POL"), "<https://w3id.org/entente/id/state/POL>");
  assert.equal(parameterTerm("string", "Black Sea"), '"Black Sea"');
  // drafts is an xsd:boolean in the query: never the string "exclude", which would count as true.
  assert.equal(parameterTerm("drafts", "include"), "true");
  assert.equal(parameterTerm("drafts", "exclude"), "false");
  assert.equal(parameterTerm("drafts", "maybe"), null);
});

test("querytext: VALUES lines go at the start of the WHERE clause, not into a comment", () => {
  const q = "# not this WHERE {\nSELECT ?state WHERE {\n  ?state a ?c .\n}";
  assert.equal(bindValues(q, [{ name: "asOf", term: '"2022-01-25"^^<http://www.w3.org/2001/XMLSchema#date>' }, { name: "n", term: "3" }]),
    "# not this WHERE {\nSELECT ?state WHERE {\n  VALUES ?asOf { \"2022-01-25\"^^<http://www.w3.org/2001/XMLSchema#date> }\n  VALUES ?n { 3 }\n  ?state a ?c .\n}");
  assert.equal(bindValues("ASK {}", [{ name: "x", term: "1" }]), null);
});
