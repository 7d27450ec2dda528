// What a result puts on the map: the states among its IRIs (shaded by the number of rows they
// appear in) and, when it has sender and destination columns, an arrow for each pair, with a
// sentence for each pair that cannot be drawn. Pure: it reads the result and what the describe
// query (pagequeries.js) said about its IRIs.

/** The columns that hold the two ends of an arrow: [from, to], or null. */
export const ARROW_COLUMNS = [["sender", "destination"], ["from", "to"]];

/** The ISO 3166-1 numeric code as world-atlas spells it: three digits, leading zeros kept. */
export function isoKey(code) {
  if (code === undefined || code === null) return null;
  const s = String(code).trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  return s.padStart(3, "0");
}

/** A fresh description of an IRI. */
export function emptyInfo() {
  return { label: null, labelLang: null, types: new Set(), num: null, lat: null, long: null, partOf: null };
}

/**
 * Adds the rows of the describe query (?x ?k ?v, see pagequeries.describeQuery) to a map of
 * IRI → description: {label, labelLang, types, num, lat, long, partOf: {iri, lat, long}}. An
 * English or untagged label wins over one in another language.
 */
export function readDescriptions(bindings, into) {
  for (const b of bindings) {
    const iri = b.x.value;
    if (!into.has(iri)) into.set(iri, emptyInfo());
    const info = into.get(iri);
    const k = b.k.value;
    const v = b.v ? b.v.value : "";
    const lang = b.v && b.v["xml:lang"] ? b.v["xml:lang"] : "";
    if (k === "label") {
      const better = !info.label || (lang === "en" && info.labelLang !== "en");
      if (better) {
        info.label = v;
        info.labelLang = lang;
      }
    } else if (k === "other") {
      if (!info.label) {
        info.label = v;
        info.labelLang = lang;
      }
    } else if (k === "type") info.types.add(v);
    else if (k === "num") info.num = isoKey(v) || info.num;
    else if (k === "lat") info.lat = Number(v);
    else if (k === "long") info.long = Number(v);
    else if (k === "partOf" && !info.partOf && b.s && b.la && b.lo) {
      info.partOf = { iri: b.s.value, lat: Number(b.la.value), long: Number(b.lo.value) };
    }
  }
  return into;
}

function pointOf(info) {
  return info && Number.isFinite(info.lat) && Number.isFinite(info.long) ? [info.long, info.lat] : null;
}

/**
 * The map of a SELECT result, or null if nothing in it has a place on the map.
 * vars, rows: the result (SPARQL JSON bindings); info: Map IRI → description (readDescriptions);
 * isState(info): whether a description is of a state; labelOf(iri), href(iri): for names and links.
 * Returns {states: Map ISO key → {iri, label, href, count, point}, arrows: [{from, to, title}],
 * notes: [sentence]}; points are [longitude, latitude].
 */
export function mapData(vars, rows, info, { isState, labelOf, href }) {
  const states = new Map();
  for (const row of rows) {
    const seen = new Set();
    for (const v of vars) {
      const t = row[v];
      if (!t || t.type !== "uri" || seen.has(t.value)) continue;
      seen.add(t.value);
      const d = info.get(t.value);
      if (!d || !d.num || !isState(d)) continue;
      const s = states.get(d.num) || { iri: t.value, label: d.label || labelOf(t.value), href: href(t.value), count: 0, point: pointOf(d) };
      s.count++;
      states.set(d.num, s);
    }
  }

  const arrows = [];
  const notes = [];
  const pair = ARROW_COLUMNS.find(([a, b]) => vars.includes(a) && vars.includes(b));
  if (pair) {
    const [from, to] = pair;
    const where = (iri) => {
      const d = info.get(iri);
      const p = pointOf(d);
      if (p) return { point: p };
      if (d && d.partOf) return { point: [d.partOf.long, d.partOf.lat], via: labelOf(d.partOf.iri) };
      return { why: d && isState(d) ? "has no coordinates" : "has no coordinates and is not part of one state" };
    };
    const done = new Set();
    for (const row of rows) {
      const a = row[from];
      const b = row[to];
      if (!a || !b || a.type !== "uri" || b.type !== "uri") continue;
      const key = a.value + " " + b.value;
      if (done.has(key)) continue;
      done.add(key);
      const p = where(a.value);
      const q = where(b.value);
      const title = labelOf(a.value) + " → " + labelOf(b.value);
      if (p.point && q.point && p.point[0] === q.point[0] && p.point[1] === q.point[1]) {
        notes.push("No arrow for " + title + ": both ends are in " + (q.via || p.via || labelOf(b.value)) + ".");
      } else if (p.point && q.point) {
        arrows.push({ from: p.point, to: q.point, title });
        for (const [end, pos] of [[a.value, p], [b.value, q]]) {
          if (pos.via) notes.push("The arrow " + title + " ends in " + pos.via + ", of which " + labelOf(end) + " is part.");
        }
      } else {
        const [iri, pos] = !p.point ? [a.value, p] : [b.value, q];
        notes.push("No arrow for " + title + ": " + labelOf(iri) + " " + pos.why + ".");
      }
    }
  }
  if (!states.size && !arrows.length) return null;
  return { states, arrows, notes: [...new Set(notes)] };
}

/**
 * Shading levels for counts up to max: 1 level when every state has the same count, else up to
 * four. Returns {levels, level(count)}.
 */
export function shading(max) {
  const levels = max <= 1 ? 1 : Math.min(4, max);
  return { levels, level: (n) => (levels === 1 ? 1 : Math.max(1, Math.ceil((n / max) * levels))) };
}
