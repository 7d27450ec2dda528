// What the editor offers as one types: PREFIX declarations after "PREFIX", the ontology's terms
// after a prefix ("ent:Sta" → ent:State), prefixes elsewhere. Pure: a line and a cursor in,
// suggestions out.

import { declaredPrefixes } from "./querytext.js";

export const MAX_SUGGESTIONS = 60;

/** True if what is typed before the cursor should open the suggestions by itself. */
export function startsCompletion(before) {
  return /(^|[\s(,;{.^/|])[A-Za-z][\w.-]*:[\w-]*$/.test(before) || /^\s*PREFIX\s+[A-Za-z]*$/i.test(before);
}

/**
 * The suggestions for the word before the cursor.
 * line: the cursor's line; ch: the cursor's column; text: the whole query (for its PREFIX lines);
 * known: prefix → namespace; terms: [{iri, label}].
 * Returns {start, list: [{text, displayText}]}: the word to replace runs from start to ch.
 */
export function completions({ line, ch, text, known, terms }) {
  let start = ch;
  while (start > 0 && /[\w.:-]/.test(line.charAt(start - 1))) start--;
  const word = line.slice(start, ch);
  const before = line.slice(0, start);
  let list = [];
  if (/^\s*PREFIX\s+$/i.test(before)) {
    list = Object.entries(known)
      .filter(([p]) => (p + ":").startsWith(word))
      .map(([p, ns]) => ({ text: p + ": <" + ns + ">", displayText: p + ":  " + ns }));
  } else if (word.includes(":")) {
    const p = word.slice(0, word.indexOf(":"));
    const typed = word.slice(word.indexOf(":") + 1);
    const ns = declaredPrefixes(text).get(p) || known[p];
    if (ns) {
      const local = (t) => t.iri.substring(ns.length);
      list = terms
        .filter((t) => t.iri.startsWith(ns) && local(t).toLowerCase().startsWith(typed.toLowerCase()))
        // Those that match the case typed come first (ent:Sta → State before startDate).
        .sort((a, b) => Number(!local(a).startsWith(typed)) - Number(!local(b).startsWith(typed)))
        .map((t) => ({ text: p + ":" + local(t), displayText: p + ":" + local(t) + (t.label ? " — " + t.label : "") }));
    }
  } else if (!/[?$]$/.test(before)) {
    list = Object.entries(known)
      .filter(([p]) => p.startsWith(word))
      .map(([p, ns]) => ({ text: p + ":", displayText: p + ":  " + ns }));
  }
  return { start, list: list.slice(0, MAX_SUGGESTIONS) };
}
