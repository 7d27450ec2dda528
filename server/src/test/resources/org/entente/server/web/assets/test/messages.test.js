import { test, assert } from "./harness.js";
import { explainEmpty, explainFailure, explainMissing, explainNetworkError } from "/assets/js/messages.js";

test("messages: a refused parameter is named", () => {
  const body = JSON.stringify({ error: "bad-parameter", parameter: "asOf", detail: "parameter 'asOf' is '2022-13-01'; expected a date YYYY-MM-DD or 'today'" });
  assert.equal(explainFailure(400, body, "application/json"), {
    kind: "parameter", parameter: "asOf",
    text: "The value of “asOf” was not accepted: it is '2022-13-01'; expected a date YYYY-MM-DD or 'today'.",
  });
});

test("messages: a syntax error gives its line and column", () => {
  const detail = "Parse error: Encountered \" \")\" \") \"\" at line 3, column 14.";
  const f = explainFailure(400, detail, "text/plain");
  assert.equal(f.kind, "syntax");
  assert.equal([f.line, f.column], [3, 14]);
  assert.equal(f.text, "The query has a syntax error at line 3, column 14. The marked line in the editor is where the parser stopped.");
  assert.equal(f.detail, detail);
});

test("messages: a timeout, a refusal and an unknown status in words", () => {
  assert.match(explainFailure(503, "Query timed out", "text/plain").text, /took too long/);
  assert.equal(explainFailure(422, "SERVICE not allowed", "text/plain").text, "The server refused to run this query.");
  assert.equal(explainFailure(418, "", "text/plain").text, "The server answered with an error (HTTP 418).");
  assert.equal(explainFailure(500, "{not json", "application/json").detail, "{not json");
});

test("messages: no rows, for an example and for a query of one's own", () => {
  const example = { title: "NATO members bordering Russia", parameters: [{ name: "asOf", default: "today" }] };
  assert.equal(explainEmpty(example, { asOf: "1990-01-01" }, ["state", "name"]),
    "No rows: no state matched with asOf = 1990-01-01. The query ran without error; try another value.");
  assert.equal(explainEmpty({ title: "Treaty parties", parameters: [{ name: "treaty" }] }, {}, ["party"]),
    "No rows: nothing matched with treaty = (none). The query ran without error; try another value.");
  assert.match(explainEmpty(null, {}, ["s"]), /^No rows: the query ran without error/);
});

test("messages: a missing parameter and a network failure", () => {
  assert.equal(explainMissing({ name: "state", description: "The state." }), "Give a value for “state”: The state.");
  assert.equal(explainNetworkError(new TypeError("Failed to fetch")), "The query could not be sent: Failed to fetch. Is the server running?");
});
