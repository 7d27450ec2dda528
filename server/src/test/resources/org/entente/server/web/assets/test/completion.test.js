import { test, assert } from "./harness.js";
import { completions, startsCompletion } from "/assets/js/completion.js";

const ENT = "https://w3id.org/entente/ontology#";
const KNOWN = { ent: ENT, rdfs: "http://www.w3.org/2000/01/rdf-schema#", rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#" };
const TERMS = [
  { iri: ENT + "startDate", label: "start date" },
  { iri: ENT + "State", label: "state" },
  { iri: ENT + "isMemberOf", label: "is member of" },
  { iri: "http://www.w3.org/2000/01/rdf-schema#label", label: "label" },
];
const at = (line, text = line) => completions({ line, ch: line.length, text, known: KNOWN, terms: TERMS });

test("completion: a prefixed name offers the terms of its namespace, those of the case typed first", () => {
  const c = at("SELECT ?s WHERE { ?s a ent:Sta");
  assert.equal(c.start, "SELECT ?s WHERE { ?s a ".length);
  assert.equal(c.list.map((s) => s.text), ["ent:State", "ent:startDate"]);
  assert.equal(c.list[0].displayText, "ent:State — state");
});

test("completion: a prefix the query declares counts", () => {
  const text = "PREFIX e: <" + ENT + ">\nSELECT * { ?s e:isM";
  const c = completions({ line: "SELECT * { ?s e:isM", ch: 19, text, known: KNOWN, terms: TERMS });
  assert.equal(c.list.map((s) => s.text), ["e:isMemberOf"]);
});

test("completion: after PREFIX, whole declarations; elsewhere, prefixes; after ?, nothing", () => {
  assert.equal(at("PREFIX rd").list.map((s) => s.text), ["rdfs: <http://www.w3.org/2000/01/rdf-schema#>", "rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>"]);
  assert.equal(at("SELECT * { ?s rd").list.map((s) => s.text), ["rdfs:", "rdf:"]);
  assert.equal(at("SELECT ?").list, []);
  assert.equal(at("SELECT * { ?s nope:x").list, []);
});

test("completion: what opens the suggestions by itself", () => {
  assert.ok(startsCompletion("?s a ent:"));
  assert.ok(startsCompletion("?s a ent:Sta"));
  assert.ok(startsCompletion("PREFIX e"));
  assert.ok(!startsCompletion("SELECT ?s"));
  assert.ok(!startsCompletion("<http://x.org/"));
});
