// The SPARQL editor: CodeMirror 5 (a global script, /assets/vendor/codemirror/) with its SPARQL
// mode, bracket matching, prefix and term completion, "Add prefixes", and error marks.

/* global CodeMirror */

const PREFIX_DECL = /^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>/gim;

/** The prefixes a query declares, prefix → namespace. */
export function declaredPrefixes(text) {
  const out = new Map();
  for (const m of text.matchAll(PREFIX_DECL)) out.set(m[1] || "", m[2]);
  return out;
}

/** Removes comments, strings and IRIs, so that what looks like a prefixed name really is one. */
function code(text) {
  return text
    .replace(/<[^<>\s"{}|^`\\]*>/g, " ")
    .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''/g, " ")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, " ")
    .replace(/#[^\n]*/g, " ");
}

/** The prefixes a query uses in prefixed names (ent:State), in order of first use. */
export function usedPrefixes(text) {
  const out = [];
  const body = code(text).replace(/^\s*PREFIX\s+[A-Za-z][\w.-]*:/gim, " ");
  for (const m of body.matchAll(/(^|[^\w?$:.-])([A-Za-z][\w.-]*)?:(?=[A-Za-z0-9_(\s]|$)/gm)) {
    const p = m[2] || "";
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** The PREFIX lines to add to a query: for each known prefix it uses and does not declare. */
export function missingPrefixLines(text, known) {
  const declared = declaredPrefixes(text);
  return usedPrefixes(text)
    .filter((p) => !declared.has(p) && Object.prototype.hasOwnProperty.call(known, p))
    .map((p) => "PREFIX " + (p + ":").padEnd(8) + " <" + known[p] + ">");
}

/** Inserts PREFIX lines after the query's existing PREFIX/BASE lines and leading comments. */
export function withPrefixes(text, lines) {
  if (!lines.length) return text;
  const all = text.split("\n");
  let at = 0;
  for (let i = 0; i < all.length; i++) {
    const l = all[i].trim();
    if (l === "" || l.startsWith("#")) {
      if (at === i) at = i + 1;
      continue;
    }
    if (/^(PREFIX|BASE)\b/i.test(l)) at = i + 1;
    else break;
  }
  // Keep the header comments of a named query first; put our lines before the first keyword.
  while (at > 0 && all[at - 1].trim() === "") at--;
  all.splice(at, 0, ...lines);
  return all.join("\n");
}

/**
 * Makes the editor. options: {textarea, onRun(), prefixes (object), terms () → [{text, label}],
 * onChange(byUser)}. Returns an object with getValue, setValue (not counted as an edit), focus,
 * markError(line, column), clearError(), addPrefixes() → number of lines added.
 */
export function createEditor({ textarea, onRun, onChange, prefixes, terms }) {
  if (typeof CodeMirror === "undefined") {
    // The editor script did not load: the plain text area still works.
    textarea.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        onRun();
      }
    });
    textarea.addEventListener("input", () => onChange(true));
    return {
      getValue: () => textarea.value,
      setValue: (v) => { textarea.value = v; },
      focus: () => textarea.focus(),
      markError: () => {}, clearError: () => {}, cm: null,
      addPrefixes: () => {
        const lines = missingPrefixLines(textarea.value, prefixes());
        textarea.value = withPrefixes(textarea.value, lines);
        return lines.length;
      },
    };
  }

  let programmatic = false;
  let errorLine = null;
  let errorMark = null;

  const hint = (cm) => {
    const cur = cm.getCursor();
    const line = cm.getLine(cur.line);
    let start = cur.ch;
    while (start > 0 && /[\w.:-]/.test(line.charAt(start - 1))) start--;
    const word = line.slice(start, cur.ch);
    const before = line.slice(0, start);
    const known = prefixes();
    let list = [];
    if (/^\s*PREFIX\s+$/i.test(before)) {
      // After PREFIX: whole declarations.
      list = Object.entries(known)
        .filter(([p]) => (p + ":").startsWith(word))
        .map(([p, ns]) => ({ text: p + ": <" + ns + ">", displayText: p + ":  " + ns }));
    } else if (word.includes(":")) {
      // A prefixed name: the terms of the ontology (and any other namespace the server knows terms of).
      const [p, local] = [word.slice(0, word.indexOf(":")), word.slice(word.indexOf(":") + 1).toLowerCase()];
      const ns = declaredPrefixes(cm.getValue()).get(p) || known[p];
      const typed = word.slice(word.indexOf(":") + 1);
      list = terms()
        .filter((t) => ns && t.iri.startsWith(ns) && t.iri.substring(ns.length).toLowerCase().startsWith(local))
        // Those that match the case typed first (ent:Sta → State before startDate).
        .sort((a, b) => Number(!a.iri.substring(ns.length).startsWith(typed)) - Number(!b.iri.substring(ns.length).startsWith(typed)))
        .map((t) => ({ text: p + ":" + t.iri.substring(ns.length), displayText: p + ":" + t.iri.substring(ns.length) + (t.label ? " — " + t.label : "") }));
    } else if (!/[?$]$/.test(before)) {
      list = Object.entries(known)
        .filter(([p]) => p.startsWith(word))
        .map(([p, ns]) => ({ text: p + ":", displayText: p + ":  " + ns }));
    }
    return { list: list.slice(0, 60), from: CodeMirror.Pos(cur.line, start), to: CodeMirror.Pos(cur.line, cur.ch) };
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
    const line = c.getLine(cur.line).slice(0, cur.ch);
    if (/(^|[\s(,;{.^/|])[A-Za-z][\w.-]*:[\w-]*$/.test(line) || /^\s*PREFIX\s+[A-Za-z]*$/i.test(line)) {
      c.showHint({ hint, completeSingle: false });
    }
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
    setValue: (v) => {
      programmatic = true;
      try {
        cm.setValue(v);
        cm.clearHistory();
      } finally {
        programmatic = false;
      }
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
        // An edit like any other (it can be undone); insert in one operation at the top.
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
