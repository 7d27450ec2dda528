// The logic of the review page, without the DOM: a draft of /api/extract as segments of the
// text to highlight (spans count Unicode code points, as the loader's quotes do), a selected passage
// as a quote, a fact's fields for its type (/api/fact-types), and the draft as the reviewer left it,
// which the server turns into the facts file (the loader's one writer; this page writes none).

/** The code points of a text, so that spans index them as the server counts. */
export function codePoints(text) {
  return Array.from(text);
}

/** The passage of a text between two code point offsets. */
export function passage(text, start, end) {
  return codePoints(text).slice(start, end).join("");
}

/**
 * The text cut into segments for highlighting: [{text, facts: [index…]}], where facts lists the
 * facts whose quote covers the segment. spans: [{start, end}] by fact index (null: none).
 */
export function segments(text, spans) {
  const cps = codePoints(text);
  const cuts = new Set([0, cps.length]);
  spans.forEach((s) => { if (s) { cuts.add(Math.max(0, Math.min(s.start, cps.length))); cuts.add(Math.max(0, Math.min(s.end, cps.length))); } });
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const facts = [];
    spans.forEach((s, k) => { if (s && s.start <= a && b <= s.end) facts.push(k); });
    out.push({ text: cps.slice(a, b).join(""), facts });
  }
  return out;
}

/** The code point offset of a UTF-16 offset of a text (what a DOM range counts). */
export function codePointIndex(text, utf16) {
  return codePoints(text.slice(0, Math.max(0, utf16))).length;
}

/**
 * A selected passage as a quote: the code point span [start, end) without white space at either end,
 * and its text, verbatim from the text; null when nothing but white space is selected.
 */
export function quoteOf(text, start, end) {
  const cps = codePoints(text);
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(cps.length, Math.max(start, end));
  while (a < b && /\s/u.test(cps[a])) a++;
  while (b > a && /\s/u.test(cps[b - 1])) b--;
  return a < b ? { text: cps.slice(a, b).join(""), span: { start: a, end: b } } : null;
}

/** How often a passage occurs in a text (the loader refuses a quote that occurs more than once). */
export function occurrences(text, passageText) {
  if (!passageText) return 0;
  let n = 0;
  for (let i = text.indexOf(passageText); i >= 0; i = text.indexOf(passageText, i + 1)) n++;
  return n;
}

/**
 * The fields of a fact of a type ({name, fields: [{key, value, min, max}]} of /api/fact-types), in
 * the type's order: the values the fact has for the type's keys, an empty value for a key it has
 * none for; dropped lists the values of keys the type does not have.
 */
export function fieldsFor(type, fields) {
  const out = [];
  for (const ft of type.fields) {
    const values = fields.filter((f) => f.key === ft.key);
    if (values.length) values.forEach((f) => out.push({ key: f.key, value: f.value }));
    else out.push({ key: ft.key, value: "" });
  }
  const keys = new Set(type.fields.map((ft) => ft.key));
  const dropped = fields.filter((f) => !keys.has(f.key) && String(f.value).trim() !== "");
  return { fields: out, dropped };
}

/** True if a fact's fields may hold one more value of key: the type has the key and takes more values than there are. */
export function canAddValue(type, fields, key) {
  const ft = type.fields.find((x) => x.key === key);
  if (!ft) return false;
  const n = fields.filter((f) => f.key === key).length;
  return ft.max === null || ft.max === undefined || n < ft.max;
}

/**
 * The fields with one more, empty, value of key, right after its last value (canAddValue must
 * hold); the facts file then has the key twice, as the format writes a repeated field.
 */
export function addValue(type, fields, key) {
  if (!canAddValue(type, fields, key)) return fields;
  let at = -1;
  fields.forEach((f, i) => { if (f.key === key) at = i; });
  const out = fields.map((f) => ({ ...f }));
  out.splice(at + 1, 0, { key, value: "" });
  return out;
}

/**
 * A fact given another type: its fields follow the type (fieldsFor), and it has no confidence any
 * more, since the extractor did not draft it so. An id that begins with the old type's name
 * (deployment-rus-blr) begins with the new one's (militaryexercise-rus-blr), unless another fact
 * (ids) has that id. The same type changes nothing.
 */
export function retype(fact, type, ids = []) {
  if (fact.type === type.name) return { fact, dropped: [] };
  const { fields, dropped } = fieldsFor(type, fact.fields);
  const { confidence, ...rest } = fact;
  const old = fact.type.toLowerCase() + "-";
  const renamed = fact.id.startsWith(old) ? type.name.toLowerCase() + "-" + fact.id.slice(old.length) : fact.id;
  const id = ids.includes(renamed) && renamed !== fact.id ? fact.id : renamed;
  return { fact: { ...rest, id, type: type.name, fields }, dropped };
}

/** An id for a fact the reviewer adds: added-<type>-<n>, the first n not taken. */
export function newFactId(typeName, ids) {
  const base = "added-" + typeName.toLowerCase();
  const taken = new Set(ids);
  let n = 1;
  while (taken.has(base + "-" + n)) n++;
  return base + "-" + n;
}

/** A fact added from a selected passage (quoteOf): no label yet, the type's fields empty, no confidence. */
export function newFact(type, quote, ids) {
  return { id: newFactId(type.name, ids), type: type.name, label: "", fields: fieldsFor(type, []).fields, quote };
}

/**
 * The draft to send back to the server (/api/drafts/facts-file, /api/articles): the extractor's
 * draft with the facts as the reviewer left them; facts without a confidence send none.
 */
export function reviewedDraft(draft, facts) {
  return {
    article: draft.article,
    generatedBy: draft.generatedBy,
    generatedAt: draft.generatedAt,
    facts: facts.map((f) => {
      const out = { id: f.id, type: f.type, label: f.label, fields: f.fields.map((x) => ({ key: x.key, value: x.value })), quote: f.quote };
      if (typeof f.confidence === "number") out.confidence = f.confidence;
      return out;
    }),
    notes: draft.notes || [],
  };
}
