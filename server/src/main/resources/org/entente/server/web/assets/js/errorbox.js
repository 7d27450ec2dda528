// The error box under the form (role=alert): a sentence, and the server's own words below it; for
// a syntax error the line is marked in the editor with a "Go to line" button; a refused parameter's
// field is marked.

import { explainFailure } from "./messages.js";

/** The box in an element; editor and params mark what the failure names. */
export function createErrorBox(box, { editor, params }) {
  function show(text, detail) {
    box.textContent = "";
    const p = document.createElement("p");
    p.className = "error-text";
    p.textContent = text;
    box.appendChild(p);
    if (detail) box.appendChild(detail);
    box.hidden = false;
  }

  return {
    show,
    hide() {
      box.hidden = true;
    },
    /** Explains a failed answer of the server to a request ({kind: "named"|"free"}). */
    failure(answer, request) {
      const f = explainFailure(answer.status, answer.body, answer.type);
      if (f.kind === "parameter") {
        params.markInvalid(f.parameter);
        show(f.text);
        return;
      }
      const pre = document.createElement("pre");
      pre.className = "error-detail";
      pre.textContent = f.detail;
      if (f.kind !== "syntax") {
        show(f.text, pre);
        return;
      }
      if (request.kind === "free") editor.markError(f.line, f.column);
      const go = document.createElement("button");
      go.type = "button";
      go.className = "linkish";
      go.textContent = "Go to line " + f.line;
      go.addEventListener("click", () => editor.goTo(f.line, f.column));
      const wrap = document.createElement("div");
      wrap.append(pre, go);
      show(f.text, wrap);
    },
  };
}
