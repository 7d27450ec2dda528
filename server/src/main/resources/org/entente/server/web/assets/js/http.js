// The page's HTTP client: the server's configuration and examples, SPARQL through the endpoint,
// examples through /api/queries/{name}, entity suggestions. It only talks to this server. The
// fetch function can be given (tests give a fake one).

const SELECT_JSON = "application/sparql-results+json";
const ANY_RESULT = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1";

/** An answer read in full: status, content type (lower case), body text and the time it took. */
async function read(res, started) {
  const body = await res.text();
  return {
    ok: res.ok, status: res.status, type: (res.headers.get("Content-Type") || "").toLowerCase(), body,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * The client. endpoint: the SPARQL endpoint's path (from /api/config; "/kg/sparql" until then).
 */
export function createClient({ fetch: fetchImpl = (...a) => fetch(...a), endpoint = "/kg/sparql" } = {}) {
  const client = {
    endpoint,

    /** GET a JSON document of the API; throws with the status when it fails. */
    async json(path) {
      const res = await fetchImpl(path, { headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(path + " answered HTTP " + res.status);
      return res.json();
    },

    /** The server's configuration: base IRI, endpoint, prefixes, link rules, entity types. */
    async config() {
      const c = await client.json("/api/config");
      if (c.endpoint) client.endpoint = c.endpoint;
      return c;
    },

    /** The named queries (examples) with their parameters. */
    async queries() {
      return (await client.json("/api/queries")).queries;
    },

    /** Entities whose names start with q, of a kind (State, Treaty…): [{iri, label, type, path}]. */
    async entities(q, type, limit = 8) {
      return (await client.json("/api/entities?" + new URLSearchParams({ q, type, limit: String(limit) }))).entities || [];
    },

    /** A SELECT or ASK of the page's own, as SPARQL JSON; throws on any failure. */
    async select(query) {
      const res = await fetchImpl(client.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: SELECT_JSON },
        body: new URLSearchParams({ query }),
      });
      if (!res.ok) throw new Error("the endpoint answered HTTP " + res.status);
      return res.json();
    },

    /** Runs an example with its parameters (URLSearchParams); the answer read in full. */
    async runNamed(name, params) {
      const started = performance.now();
      const qs = params.toString();
      const res = await fetchImpl("/api/queries/" + encodeURIComponent(name) + (qs ? "?" + qs : ""), {
        headers: { Accept: SELECT_JSON },
      });
      return read(res, started);
    },

    /**
     * A graph result again as N-Triples (for the Graph view): an example through its API path, a
     * query of one's own on the endpoint. The text; throws when it fails.
     */
    async nTriples(request) {
      const init = { headers: { Accept: "application/n-triples" } };
      let url = client.endpoint;
      if (request.kind === "named") {
        const qs = request.params.toString();
        url = "/api/queries/" + encodeURIComponent(request.name) + (qs ? "?" + qs : "");
      } else {
        init.method = "POST";
        init.headers["Content-Type"] = "application/x-www-form-urlencoded";
        init.body = new URLSearchParams({ query: request.query });
      }
      const res = await fetchImpl(url, init);
      if (!res.ok) throw new Error("the server answered HTTP " + res.status);
      return res.text();
    },

    /** Runs a query of one's own on the endpoint (POST, so that any length goes); the answer read in full. */
    async runQuery(query) {
      const started = performance.now();
      const res = await fetchImpl(client.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: ANY_RESULT },
        body: new URLSearchParams({ query }),
      });
      return read(res, started);
    },
  };
  return client;
}

/**
 * A successful answer as a result: {kind: "select", vars, rows, raw}, {kind: "ask", value, raw}
 * or {kind: "graph", text, type}.
 */
export function parseAnswer(answer) {
  if (answer.type.includes("json")) {
    const j = JSON.parse(answer.body);
    if ("boolean" in j) return { kind: "ask", value: j.boolean, raw: answer.body };
    return { kind: "select", vars: j.head.vars, rows: j.results.bindings, raw: answer.body };
  }
  return { kind: "graph", text: answer.body, type: answer.type };
}
