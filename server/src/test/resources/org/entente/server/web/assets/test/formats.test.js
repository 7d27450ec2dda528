import { test, assert } from "./harness.js";
import { downloadLinks, fileText, MAX_GET_URL, toCsv, toTsv } from "/assets/js/formats.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const VARS = ["s", "n", "l", "d", "b"];
const ROWS = [
  {
    s: { type: "uri", value: "https://w3id.org/entente/id/state/POL" },
    n: { type: "literal", datatype: XSD + "integer", value: "38" },
    l: { type: "literal", "xml:lang": "en", value: "Poland, \"PL\"" },
    d: { type: "literal", datatype: XSD + "date", value: "1999-03-12" },
    b: { type: "bnode", value: "b0" },
  },
  { s: { type: "literal", value: "line\nbreak\ttab" } },
];

test("formats: W3C CSV: plain values, quoted when needed, CRLF", () => {
  assert.equal(toCsv(VARS, ROWS),
    's,n,l,d,b\r\nhttps://w3id.org/entente/id/state/POL,38,"Poland, ""PL""",1999-03-12,_:b0\r\n"line\nbreak\ttab",,,,\r\n');
});

test("formats: W3C TSV: terms in Turtle syntax", () => {
  assert.equal(toTsv(VARS, ROWS),
    '?s\t?n\t?l\t?d\t?b\n<https://w3id.org/entente/id/state/POL>\t38\t"Poland, \\"PL\\""@en\t"1999-03-12"^^<' + XSD + 'date>\t_:b0\n"line\\nbreak\\ttab"\t\t\t\t\n');
});

test("formats: an example's downloads ask the API, a free query's the endpoint", () => {
  const named = downloadLinks("select", { kind: "named", name: "nato-members-bordering-russia", params: new URLSearchParams({ asOf: "2022-01-25" }) }, "/kg/sparql");
  assert.equal(named.map((l) => [l.format, l.file, l.href]), [
    ["csv", "results-nato-members-bordering-russia.csv", "/api/queries/nato-members-bordering-russia?asOf=2022-01-25&format=csv"],
    ["tsv", "results-nato-members-bordering-russia.tsv", "/api/queries/nato-members-bordering-russia?asOf=2022-01-25&format=tsv"],
    ["json", "results-nato-members-bordering-russia.srj", "/api/queries/nato-members-bordering-russia?asOf=2022-01-25&format=json"],
  ]);
  const free = downloadLinks("graph", { kind: "free", query: "DESCRIBE <urn:x>" }, "/kg/sparql");
  assert.equal(free.map((l) => [l.format, l.mime, l.file, l.href]), [["ttl", "text/turtle", "results.ttl", "/kg/sparql?query=DESCRIBE+%3Curn%3Ax%3E&format=ttl"]]);
});

test("formats: a query too long for a GET is written here", () => {
  const query = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(MAX_GET_URL);
  const links = downloadLinks("select", { kind: "free", query }, "/kg/sparql");
  assert.ok(links.every((l) => l.href === null));
  const result = { kind: "select", vars: ["s"], rows: [{ s: { type: "literal", value: "a" } }], raw: "{\"raw\":1}" };
  assert.equal(fileText("csv", result), "s\r\na\r\n");
  assert.equal(fileText("tsv", result), "?s\n\"a\"\n");
  assert.equal(fileText("json", result), "{\"raw\":1}");
  assert.equal(fileText("ttl", { kind: "graph", text: "<a> <b> <c> ." }), "<a> <b> <c> .");
});
