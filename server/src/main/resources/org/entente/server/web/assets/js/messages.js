// What the page says when a query fails or finds nothing: the server's answer turned into a
// sentence, and what to do next. Pure: the page shows what these return.

const STATUS_WORDS = {
  400: "The server could not run this query.",
  404: "There is no such query.",
  406: "The server cannot give the results in the format asked for.",
  413: "The query is too long for the server.",
  422: "The server refused to run this query.",
  503: "The query took too long and was stopped. Narrow it down (a LIMIT, a more specific pattern) and run it again.",
};

/**
 * Explains a failed request from its status, body and content type. Returns one of
 *   {kind: "parameter", parameter, text}            a refused parameter of an example
 *   {kind: "syntax", line, column, text, detail}    a syntax error, where the parser stopped
 *   {kind: "status", status, text, detail}          anything else
 */
export function explainFailure(status, body, contentType) {
  let j = null;
  if ((contentType || "").toLowerCase().includes("json")) {
    try {
      j = JSON.parse(body);
    } catch (e) {
      j = null;
    }
  }
  const detail = (j && j.detail) || String(body || "").trim();
  if (j && j.error === "bad-parameter" && j.parameter) {
    return {
      kind: "parameter",
      parameter: j.parameter,
      text: "The value of “" + j.parameter + "” was not accepted: " + detail.replace(/^parameter '[^']*' /, "it ") + ".",
    };
  }
  const pos = /line (\d+), column (\d+)/i.exec(detail);
  if (status === 400 && pos) {
    const line = Number(pos[1]);
    const column = Number(pos[2]);
    return {
      kind: "syntax", line, column, detail,
      text: "The query has a syntax error at line " + line + ", column " + column + ". The marked line in the editor is where the parser stopped.",
    };
  }
  return { kind: "status", status, detail, text: STATUS_WORDS[status] || "The server answered with an error (HTTP " + status + ")." };
}

/** The sentence for a request that could not be sent at all. */
export function explainNetworkError(error) {
  return "The query could not be sent: " + (error && error.message ? error.message : String(error)) + ". Is the server running?";
}

/**
 * Explains an empty result. For an example: its parameters with the values used (the default
 * when none was given), and what did not match: "no state" when the example is about states.
 * example: {title, parameters: [{name, default}]} or null; values: {name: value}; vars: the columns.
 */
export function explainEmpty(example, values, vars) {
  if (example) {
    const given = example.parameters.map((p) => p.name + " = " + (values[p.name] || p.default || "(none)"));
    const what = vars.includes("state") || /\bstates?\b/i.test(example.title) ? "no state matched" : "nothing matched";
    return "No rows: " + what + (given.length ? " with " + given.join(", ") : "") + ". The query ran without error; try another value.";
  }
  return "No rows: the query ran without error, but nothing in the graph matches its pattern. Check the spelling of names and IRIs, the language tags of labels (\"Poland\"@en is not \"Poland\") and the datatypes of dates.";
}

/** What a missing required parameter needs. */
export function explainMissing(parameter) {
  return "Give a value for “" + parameter.name + "”: " + parameter.description;
}
