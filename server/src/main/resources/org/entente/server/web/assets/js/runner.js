// Running what the form holds: an example through /api/queries/{name} with its parameters (the
// server checks and binds them), anything else on the SPARQL endpoint; then the result shown and
// its IRIs described. A run that a later one overtakes shows nothing.

import { parseAnswer } from "./http.js";
import { queryForm } from "./querytext.js";
import { explainMissing, explainNetworkError } from "./messages.js";
import { plural } from "./format.js";

/**
 * The runner. example(): the example to run as such, or null for the editor's text;
 * beforeRun(options): called with run's options once the request is valid (the page writes its
 * address then);
 * busy(on): the form and results are busy; status(text): the status line; shown(result): a
 * result is shown.
 */
export function createRunner({ client, editor, params, describer, results, errors, example, beforeRun, busy, status, shown }) {
  let runId = 0;
  let pending = null;

  async function showResult(result, id) {
    results.show(result);
    shown(result);
    if (result.kind === "select") status(plural(result.rows.length, "row", "rows") + ".");
    else if (result.kind === "ask") status("Answered " + (result.value ? "yes" : "no") + ".");
    else status(result.text.split("\n").some((l) => /\.\s*$/.test(l)) ? "A graph." : "An empty graph.");
    try {
      if (result.kind === "select") result.info = await describer.describe(result.vars, result.rows);
    } catch (e) {
      results.failedToDescribe(result); // labels are a nicety: the table stands with IRIs
      return;
    }
    if (id === runId) results.described(result);
  }

  return {
    /** Waits for a rewrite of the text (parameters put into it) before the next run reads it. */
    after(promise) {
      pending = promise;
    },

    /** Runs; options ({push}) are handed to beforeRun. */
    async run(options = {}) {
      if (pending) await pending;
      pending = null;
      const id = ++runId;
      errors.hide();
      editor.clearError();
      params.clearInvalid();
      const text = editor.getValue();
      const q = example();
      if (q) {
        const missing = params.missing();
        if (missing) {
          errors.show(explainMissing(missing));
          params.markInvalid(missing.name);
          return;
        }
      } else if (!text.trim()) {
        errors.show("Write a query first, or pick an example.");
        return;
      }
      beforeRun(options);
      busy(true);
      status("Running…");
      try {
        let request;
        let answer;
        if (q) {
          const values = params.values();
          const qs = new URLSearchParams();
          for (const [k, v] of Object.entries(values)) if (v) qs.set(k, v);
          request = { kind: "named", name: q.name, params: qs, example: q, values };
          answer = await client.runNamed(q.name, qs);
        } else {
          request = { kind: "free", query: text, form: queryForm(text), example: null, values: {} };
          answer = await client.runQuery(text);
        }
        if (id !== runId) return;
        if (!answer.ok) {
          errors.failure(answer, request);
          results.hide();
          status("");
          return;
        }
        await showResult({ ...parseAnswer(answer), ms: answer.ms, request }, id);
      } catch (e) {
        if (id !== runId) return;
        errors.show(explainNetworkError(e));
        status("");
      } finally {
        if (id === runId) busy(false);
      }
    },
  };
}
