import { test, assert } from "./harness.js";
import { createClient, parseAnswer } from "/assets/js/http.js";
import { fakeFetch } from "./fakes.js";

test("http: the configuration sets the endpoint the client posts to", async () => {
  const f = fakeFetch((url) => (url === "/api/config" ? { body: { endpoint: "/other/sparql", prefixes: {} } } : { body: { head: { vars: [] }, results: { bindings: [] } } }));
  const client = createClient({ fetch: f.fetch });
  assert.equal(client.endpoint, "/kg/sparql");
  await client.config();
  await client.select("ASK {}");
  assert.equal(f.calls[1].url, "/other/sparql");
  assert.equal(f.calls[1].method, "POST");
  assert.equal(f.calls[1].body, "query=ASK+%7B%7D");
  assert.equal(f.calls[1].headers.Accept, "application/sparql-results+json");
});

test("http: an example runs through /api/queries/{name} with its parameters", async () => {
  const f = fakeFetch(() => ({ body: { head: { vars: ["s"] }, results: { bindings: [] } }, type: "application/sparql-results+json; charset=utf-8" }));
  const client = createClient({ fetch: f.fetch });
  const a = await client.runNamed("state memberships", new URLSearchParams({ state: "POL" }));
  assert.equal(f.calls[0].url, "/api/queries/state%20memberships?state=POL");
  assert.equal([a.ok, a.status, a.type], [true, 200, "application/sparql-results+json; charset=utf-8"]);
  assert.ok(Number.isInteger(a.ms) && a.ms >= 0);
  await client.runNamed("x", new URLSearchParams());
  assert.equal(f.calls[1].url, "/api/queries/x");
});

test("http: a failed answer is read, not thrown; a failed API call throws", async () => {
  const f = fakeFetch(() => ({ status: 400, type: "text/plain", body: "Parse error at line 1, column 8" }));
  const client = createClient({ fetch: f.fetch });
  const a = await client.runQuery("SELECT");
  assert.equal([a.ok, a.status, a.body], [false, 400, "Parse error at line 1, column 8"]);
  assert.match(f.calls[0].headers.Accept, /text\/turtle/);
  await assert.rejects(client.queries(), /HTTP 400/);
  await assert.rejects(client.select("ASK {}"), /HTTP 400/);
});

test("http: entity suggestions", async () => {
  const f = fakeFetch(() => ({ body: { entities: [{ iri: "urn:pol", label: "Poland" }] } }));
  const client = createClient({ fetch: f.fetch });
  assert.equal(await client.entities("Pola", "State"), [{ iri: "urn:pol", label: "Poland" }]);
  assert.equal(f.calls[0].url, "/api/entities?q=Pola&type=State&limit=8");
});

test("http: answers become results", () => {
  assert.equal(parseAnswer({ type: "application/sparql-results+json", body: '{"head":{},"boolean":true}' }),
    { kind: "ask", value: true, raw: '{"head":{},"boolean":true}' });
  const sel = parseAnswer({ type: "application/sparql-results+json", body: '{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"a"}}]}}' });
  assert.equal([sel.kind, sel.vars, sel.rows], ["select", ["s"], [{ s: { type: "literal", value: "a" } }]]);
  assert.equal(parseAnswer({ type: "text/turtle", body: "<a> <b> <c> ." }), { kind: "graph", text: "<a> <b> <c> .", type: "text/turtle" });
});

test("http: the real server's configuration and examples", async () => {
  const client = createClient();
  const config = await client.config();
  assert.equal(client.endpoint, config.endpoint);
  assert.ok(config.prefixes.ent && config.links.length && config.entityTypes.state, JSON.stringify(config));
  const queries = await client.queries();
  assert.ok(queries.some((q) => q.name === "nato-members-bordering-russia"));
});
