// The SPARQL editor: CodeMirror 5 (a classic script, /assets/vendor/codemirror/) with its SPARQL
// mode, bracket matching, completion (completion.js), "Add prefixes" (querytext.js) and the marks
// of a syntax error. Without CodeMirror the plain text area still works.

/* global CodeMirror */

import { completions, startsCompletion } from "./completion.js";
import { missingPrefixLines, withPrefixes } from "./querytext.js";

/**
 * Makes the editor on a text area. onRun(): Ctrl+Enter; onChange(byUser): after every change
 * (byUser false for setValue); prefixes(): prefix → namespace; terms(): [{iri, label}].
 * Returns {getValue, setValue (not counted as an edit), focus, markError(line, column),
 * clearError(), goTo(line, column), addPrefixes() → number of lines added, cm}.
 */
export function createEditor({ textarea, onRun, onChange, prefixes, terms }) {
  if (typeof CodeMirror === "undefined") return plainEditor({ textarea, onRun, onChange, prefixes });

  let programmatic = false;
  let errorLine = null;
  let errorMark = null;

  const hint = (cm) => {
    const cur = cm.getCursor();
    const { start, list } = completions({ line: cm.getLine(cur.line), ch: cur.ch, text: cm.getValue(), known: prefixes(), terms: terms() });
    return { list, from: CodeMirror.Pos(cur.line, start), to: CodeMirror.Pos(cur.line, cur.ch) };
  };

  const cm = CodeMirror.fromTextArea(textarea, {
    mode: "application/sparql-query",
    lineNumbers: true,
    matchBrackets: true,
    indentUnit: 2,
    viewportMargin: Infinity,
    inputStyle: "contenteditable",
    screenReaderLabel: "SPARQL query",
    extraKeys: {
      "Ctrl-Enter": () => onRun(),
      "Cmd-Enter": () => onRun(),
      "Ctrl-Space": (c) => c.showHint({ hint, completeSingle: false }),
      // Tab moves the focus on, as everywhere else on the page: no keyboard trap.
      Tab: false,
      "Shift-Tab": false,
    },
  });

  cm.on("inputRead", (c, change) => {
    // Complete as one types a prefixed name or a PREFIX declaration.
    if (change.origin !== "+input" || c.state.completionActive) return;
    const cur = c.getCursor();
    if (startsCompletion(c.getLine(cur.line).slice(0, cur.ch))) c.showHint({ hint, completeSingle: false });
  });

  const clearError = () => {
    if (errorLine !== null) {
      cm.removeLineClass(errorLine, "background", "cm-error-line");
      errorLine = null;
    }
    if (errorMark) {
      errorMark.clear();
      errorMark = null;
    }
  };

  cm.on("changes", () => {
    clearError();
    onChange(!programmatic);
  });

  return {
    cm,
    getValue: () => cm.getValue(),
    setValue(v) {
      programmatic = true;
      try {
        cm.setValue(v);
        cm.clearHistory();
      } finally {
        programmatic = false;
      }
    },
    /** Replaces the text as an edit of the user's (it can be undone). */
    replaceValue(v) {
      const cursor = cm.getCursor();
      cm.operation(() => {
        cm.setValue(v);
        cm.setCursor(cursor);
      });
    },
    focus: () => cm.focus(),
    clearError,
    markError(line, column) {
      clearError();
      const l = Math.max(0, Math.min(cm.lineCount() - 1, line - 1));
      errorLine = cm.addLineClass(l, "background", "cm-error-line");
      const ch = Math.max(0, (column || 1) - 1);
      const text = cm.getLine(l) || "";
      const end = Math.min(text.length, ch + Math.max(1, (text.slice(ch).match(/^\S+/) || [""])[0].length));
      if (end > ch) errorMark = cm.markText({ line: l, ch }, { line: l, ch: end }, { className: "cm-error-token" });
      cm.scrollIntoView({ line: l, ch }, 60);
    },
    goTo(line, column) {
      cm.focus();
      cm.setCursor({ line: Math.max(0, line - 1), ch: Math.max(0, (column || 1) - 1) });
    },
    addPrefixes() {
      const lines = missingPrefixLines(cm.getValue(), prefixes());
      if (lines.length) {
        // An edit like any other (it can be undone); the cursor stays on its text.
        const text = withPrefixes(cm.getValue(), lines);
        const cursor = cm.getCursor();
        cm.operation(() => {
          cm.setValue(text);
          cm.setCursor({ line: cursor.line + lines.length, ch: cursor.ch });
        });
      }
      return lines.length;
    },
  };
}

/** The text area alone, when CodeMirror did not load. */
function plainEditor({ textarea, onRun, onChange, prefixes }) {
  textarea.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun();
    }
  });
  textarea.addEventListener("input", () => onChange(true));
  return {
    cm: null,
    getValue: () => textarea.value,
    setValue: (v) => { textarea.value = v; },
    replaceValue: (v) => { textarea.value = v; onChange(true); },
    focus: () => textarea.focus(),
    markError: () => {},
    clearError: () => {},
    goTo: () => textarea.focus(),
    addPrefixes() {
      const lines = missingPrefixLines(textarea.value, prefixes());
      textarea.value = withPrefixes(textarea.value, lines);
      return lines.length;
    },
  };
}
