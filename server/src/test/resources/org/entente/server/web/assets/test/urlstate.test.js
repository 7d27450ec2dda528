import { test, assert } from "./harness.js";
import { formatUrl, nonDefaultParams, parseUrl, sameUrl } from "/assets/js/urlstate.js";

test("urlstate: an example's link gives its name, parameters and view", () => {
  assert.equal(parseUrl("?name=nato-members-bordering-russia&asOf=2022-01-25&view=map"), {
    name: "nato-members-bordering-russia", query: null, params: { asOf: "2022-01-25" }, view: "map", options: {},
  });
});

test("urlstate: a free query's link gives its text; other keys are not parameters", () => {
  const text = "SELECT * WHERE { ?s ?p ?o } # a & b = c";
  assert.equal(parseUrl("query=" + encodeURIComponent(text) + "&asOf=2022-01-25"), {
    name: null, query: text, params: {}, view: "table", options: {},
  });
});

test("urlstate: an empty address is the starting page", () => {
  assert.equal(parseUrl(""), { name: null, query: null, params: {}, view: "table", options: {} });
  assert.equal(formatUrl({}), "/");
});

test("urlstate: name wins over query; the first value of a parameter counts", () => {
  const s = parseUrl("?query=ASK%7B%7D&name=x&state=POL&state=FIN");
  assert.equal(s.name, "x");
  assert.equal(s.query, null);
  assert.equal(s.params, { state: "POL" });
});

test("urlstate: keys a view owns are options, not parameters", () => {
  const s = parseUrl("?name=alliance-members-on-date&alliance=NATO&view=map&year=1999", { optionKeys: ["year"] });
  assert.equal(s.params, { alliance: "NATO" });
  assert.equal(s.options, { year: "1999" });
  assert.equal(formatUrl(s), "/?name=alliance-members-on-date&alliance=NATO&view=map&year=1999");
});

test("urlstate: formatUrl writes name and parameters in order, leaves out the table view", () => {
  assert.equal(formatUrl({ name: "state-memberships", params: { state: "POL" }, view: "table" }), "/?name=state-memberships&state=POL");
  assert.equal(formatUrl({ query: "SELECT ?x WHERE {}", view: "text" }), "/?query=SELECT+%3Fx+WHERE+%7B%7D&view=text");
});

test("urlstate: a reserved key is never written as a parameter", () => {
  assert.equal(formatUrl({ name: "x", params: { view: "map", query: "q", a: "1" } }), "/?name=x&a=1");
});

test("urlstate: formatUrl and parseUrl go round", () => {
  const s = { name: "treaty-parties", query: null, params: { treaty: "north-atlantic-treaty", asOf: "1999-03-12" }, view: "map", options: {} };
  assert.equal(parseUrl(formatUrl(s).slice(1)), s);
  const q = { name: null, query: "PREFIX ent: <https://w3id.org/entente/ontology#>\nSELECT ?s WHERE { ?s a ent:State }", params: {}, view: "table", options: {} };
  assert.equal(parseUrl(formatUrl(q).slice(1)), q);
  assert.ok(sameUrl(s, { ...s }));
});

test("urlstate: a link leaves out parameters at their default, and today when the default is today", () => {
  const parameters = [{ name: "asOf", default: "today" }, { name: "alliance", default: "NATO" }, { name: "state", default: "" }];
  assert.equal(nonDefaultParams(parameters, { asOf: "2026-11-25", alliance: "NATO", state: "" }, "2026-11-25"), {});
  assert.equal(nonDefaultParams(parameters, { asOf: "2022-01-25", alliance: "CSTO", state: " POL " }, "2026-11-25"),
    { asOf: "2022-01-25", alliance: "CSTO", state: "POL" });
  assert.equal(nonDefaultParams(parameters, { asOf: "today" }, "2026-11-25"), {});
});
