// The logic of the review page, without the DOM: a draft of /api/extract as segments of the
// text to highlight (spans count Unicode code points, as the loader's quotes do), and the facts
// file (format 2, FORMAT.md) of the facts a reviewer kept, with the provenance of a draft.

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

/** A value on one line: runs of white space become one space (quotes match across white space). */
export function oneLine(value) {
  return String(value).replace(/[\s\u00A0\u2007\u202F]+/g, " ").trim();
}

/**
 * The facts file of a reviewed draft. draft: the JSON of /api/extract (article, facts); facts:
 * the facts as the reviewer left them ({id, type, label, fields: [{key, value}], quote: {text},
 * confidence}); review: "drafted" or "reviewed"; at: the time of the extraction (ISO, with zone).
 */
export function factsFile(draft, facts, { textFile, review = "drafted", at, software = "entente-extractor" }) {
  const a = draft.article;
  if (!a.published) throw new Error("the article needs its publication date (YYYY, YYYY-MM or YYYY-MM-DD)");
  const lines = [
    "# Drafted by the extractor and " + (review === "reviewed" ? "reviewed" : "not yet reviewed") + " in the web form's review page.",
    "article: " + a.id,
    "title: " + oneLine(a.title),
    "text: " + textFile,
    "published: " + a.published,
    "generated-by: " + oneLine(software),
  ];
  if (at) lines.push("generated-at: " + at);
  lines.push("review: " + (review === "reviewed" ? "reviewed" : "drafted"));
  for (const f of facts) {
    lines.push("", "[" + f.id + "]", "type: " + f.type, "label: " + oneLine(f.label));
    for (const field of f.fields) {
      if (String(field.value).trim() !== "") lines.push(field.key + ": " + oneLine(field.value));
    }
    if (typeof f.confidence === "number") lines.push("confidence: " + confidence(f.confidence));
    lines.push("quote: " + oneLine(f.quote.text));
  }
  return lines.join("\n") + "\n";
}

/** A confidence as the facts format writes it: a decimal from 0 to 1 with at most three places. */
export function confidence(c) {
  const v = Math.min(1, Math.max(0, c));
  return v === 1 ? "1" : v === 0 ? "0" : String(Math.round(v * 1000) / 1000);
}
