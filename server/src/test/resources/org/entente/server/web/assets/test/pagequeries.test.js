import { test, assert } from "./harness.js";
import {
  allStatesQuery, describeQuery, organisationsQuery, prefixes, readAllStates, readOrganisations, readTerms, starterQuery, termsQuery,
} from "/assets/js/pagequeries.js";

const CONFIG = {
  prefixes: {
    ent: "http://example.org/onto#", rdfs: "http://www.w3.org/2000/01/rdf-schema#", owl: "http://www.w3.org/2002/07/owl#",
    geo: "http://www.w3.org/2003/01/geo/wgs84_pos#", xsd: "http://www.w3.org/2001/XMLSchema#",
  },
  entityTypes: {
    state: { classIri: "http://example.org/onto#State", search: "State", namespace: "http://example.org/id/state/" },
    organisation: { classIri: "http://example.org/onto#Org", search: "Organisation", namespace: "http://example.org/id/org/" },
  },
};

test("pagequeries: PREFIX lines from the configuration; a missing prefix is an error", () => {
  assert.equal(prefixes(CONFIG, ["ent", "rdfs"]), "PREFIX ent:     <http://example.org/onto#>\nPREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>");
  assert.throws(() => prefixes(CONFIG, ["skos"]), /no prefix skos:/);
  assert.throws(() => allStatesQuery({ prefixes: CONFIG.prefixes }), /no entity type state/);
});

test("pagequeries: the queries use the configured namespaces and classes", () => {
  const d = describeQuery(CONFIG, ["http://example.org/id/state/POL", "http://example.org/a b"]);
  assert.ok(d.includes("VALUES ?x { <http://example.org/id/state/POL> <http://example.org/a%20b> }"), d);
  assert.ok(d.includes("?s a <http://example.org/onto#State>"), d);
  assert.ok(d.startsWith("PREFIX rdfs:"), d);
  assert.ok(organisationsQuery(CONFIG).includes("?org a <http://example.org/onto#Org>"));
  assert.ok(termsQuery(CONFIG).includes("owl:Class"));
  assert.ok(starterQuery(CONFIG).includes("PREFIX ent:     <http://example.org/onto#>"));
  assert.ok(starterQuery({}).includes("could not be read"));
});

test("pagequeries: readers of the answers", () => {
  const uri = (value) => ({ type: "uri", value });
  const lit = (value) => ({ type: "literal", value });
  assert.equal(readOrganisations({ results: { bindings: [
    { org: uri("urn:nato"), acronym: lit("NATO"), label: lit("North Atlantic Treaty Organization") },
    { org: uri("urn:x"), acronym: lit("X") },
  ] } }), [
    { iri: "urn:nato", acronym: "NATO", label: "North Atlantic Treaty Organization" },
    { iri: "urn:x", acronym: "X", label: "X" },
  ]);
  assert.equal(readTerms({ results: { bindings: [{ t: uri("urn:t") }, { t: uri("urn:u"), label: lit("U") }] } }),
    [{ iri: "urn:t", label: "" }, { iri: "urn:u", label: "U" }]);
  assert.equal(readAllStates({ results: { bindings: [
    { s: uri("urn:afg"), num: lit("4"), label: lit("Afghanistan") }, { s: uri("urn:bad"), num: lit("x") },
  ] } }), new Map([["004", { iri: "urn:afg", label: "Afghanistan" }]]));
});
