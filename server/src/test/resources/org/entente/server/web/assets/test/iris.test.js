import { test, assert } from "./harness.js";
import { createIris } from "/assets/js/iris.js";

// A configuration as /api/config gives it, for another base IRI than the default: nothing in the
// page may assume the default.
const CONFIG = {
  baseIri: "http://example.org/kg/",
  prefixes: {
    ent: "https://w3id.org/entente/ontology#", kg: "http://example.org/kg/id/", rdfs: "http://www.w3.org/2000/01/rdf-schema#",
    wd: "http://www.wikidata.org/entity/", x: "http://example.org/kg/",
  },
  links: [
    { iri: "http://example.org/kg/id/", href: "/id/", match: "prefix" },
    { iri: "https://w3id.org/entente/ontology", href: "/ontology", match: "exact" },
    { iri: "https://w3id.org/entente/ontology#", href: "/ontology#", match: "prefix" },
    { iri: "http://example.org/kg/.well-known/void", href: "/.well-known/void", match: "document" },
    { iri: "http://www.wikidata.org/entity/", href: "https://www.wikidata.org/wiki/", match: "prefix" },
  ],
  entityTypes: {
    state: { classIri: "https://w3id.org/entente/ontology#State", search: "State", namespace: "http://example.org/kg/id/state/" },
    treaty: { classIri: "https://w3id.org/entente/ontology#Treaty", search: "Treaty", namespace: "http://example.org/kg/id/treaty/" },
  },
};
const iris = createIris(CONFIG);

test("iris: the longest prefix that leaves a plain local name", () => {
  assert.equal(iris.shortName("http://example.org/kg/id/POL"), "kg:POL");
  assert.equal(iris.shortName("http://example.org/kg/POL"), "x:POL");
  assert.equal(iris.shortName("http://example.org/kg/id/state/POL"), "http://example.org/kg/id/state/POL", "no prefix leaves a plain name");
  assert.equal(iris.shortName("https://w3id.org/entente/ontology#State"), "ent:State");
});

test("iris: links follow the server's rules, the longest first", () => {
  assert.equal(iris.href("http://example.org/kg/id/state/POL"), "/id/state/POL");
  assert.equal(iris.href("https://w3id.org/entente/ontology#State"), "/ontology#State");
  assert.equal(iris.href("https://w3id.org/entente/ontology"), "/ontology");
  assert.equal(iris.href("https://w3id.org/entente/ontologyX"), "https://w3id.org/entente/ontologyX", "exact means exact");
  assert.equal(iris.href("http://example.org/kg/.well-known/void#dataset"), "/.well-known/void");
  assert.equal(iris.href("http://example.org/kg/.well-known/voidx"), "http://example.org/kg/.well-known/voidx");
  assert.equal(iris.href("http://www.wikidata.org/entity/Q36"), "https://www.wikidata.org/wiki/Q36");
  assert.equal(iris.href("https://schema.org/Country"), "https://schema.org/Country");
  assert.equal(iris.href("urn:isbn:123"), null);
  assert.equal(iris.href("javascript:alert(1)"), null);
});

test("iris: local links are paths of this server", () => {
  assert.ok(iris.isLocal("/id/state/POL"));
  assert.ok(!iris.isLocal("https://www.wikidata.org/wiki/Q36"));
  assert.ok(!iris.isLocal("//evil.example/"));
  assert.ok(!iris.isLocal(null));
});

test("iris: a parameter's value for an entity, and the IRI itself when it is not under the namespace", () => {
  assert.equal(iris.parameterValue("state", "http://example.org/kg/id/state/POL"), "POL");
  assert.equal(iris.parameterValue("treaty", "http://example.org/kg/id/treaty/north-atlantic-treaty"), "north-atlantic-treaty");
  assert.equal(iris.parameterValue("treaty", "http://example.org/kg/id/treaty/north-atlantic-treaty/article/5"),
    "http://example.org/kg/id/treaty/north-atlantic-treaty/article/5");
  assert.equal(iris.parameterValue("state", "http://www.wikidata.org/entity/Q36"), "http://www.wikidata.org/entity/Q36");
  assert.equal(iris.parameterValue("date", "http://example.org/kg/id/state/POL"), "http://example.org/kg/id/state/POL");
  assert.equal(iris.entityType("constructor"), null, "only the configuration's own keys");
});

test("iris: an entity's kind comes from its rdf:types", () => {
  assert.equal(iris.kindOf(new Set(["https://w3id.org/entente/ontology#Actor", "https://w3id.org/entente/ontology#State"])), "state");
  assert.equal(iris.kindOf(new Set(["https://w3id.org/entente/ontology#Treaty"])), "treaty");
  assert.equal(iris.kindOf(new Set()), null);
});

test("iris: with the server's own /api/config, links go where the Linked Data pages put them", async () => {
  const config = await (await fetch("/api/config")).json();
  const live = createIris(config);
  const base = config.baseIri;
  assert.equal(live.href(base + "id/state/POL"), "/id/state/POL");
  assert.equal(live.href(base + "graph/reference"), "/graph/reference");
  assert.equal(live.href(config.prefixes.ent + "State"), "/ontology#State");
  assert.equal(live.href(base + ".well-known/void#dataset"), "/.well-known/void");
  assert.equal(live.href(config.prefixes.wdt + "P47"), "https://www.wikidata.org/wiki/Property:P47");
  assert.equal(live.shortName(config.prefixes.ent + "State"), "ent:State");
  assert.equal(live.parameterValue("state", base + "id/state/POL"), "POL");
  assert.equal(live.parameterValue("organisation", base + "id/organisation/NATO"), "NATO");
  assert.equal(live.parameterValue("treaty", base + "id/treaty/north-atlantic-treaty"), "north-atlantic-treaty");
  assert.equal(live.kindOf(new Set([config.prefixes.ent + "State"])), "state");
});
