// What a result puts on a time axis, and the axis itself. Pure: no DOM.
//
// A time is read from a literal at the precision it has: an xsd:date is a day, an
// xsd:gYearMonth a month, an xsd:gYear a year, an xsd:dateTime an instant. A result's rows become
// marks: a period for a start/end pair of columns (memberSince/memberUntil, startDate/endDate), an
// event for a single time column; rows without a time are listed with the reason.

const XSD = "http://www.w3.org/2001/XMLSchema#";
const DAY = 86400000;

/** The precision of each datatype (a plain or xsd:string literal in one of the forms counts too). */
export const PRECISION = Object.freeze({
  [XSD + "date"]: "day",
  [XSD + "gYearMonth"]: "month",
  [XSD + "gYear"]: "year",
  [XSD + "dateTime"]: "instant",
  [XSD + "dateTimeStamp"]: "instant",
});

const FORMS = [
  ["day", /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/],
  ["month", /^(-?\d{4,})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/],
  ["year", /^(-?\d{4,})(Z|[+-]\d{2}:\d{2})?$/],
  ["instant", /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/],
];

/** Milliseconds since 1970 of a UTC day (years before 100 and BCE years too). */
export function utc(year, month = 1, day = 1) {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * A literal (SPARQL JSON term) as a time: {start, end, precision, text} with start and end in
 * milliseconds (end exclusive: a month runs to the first of the next), or null if it is none.
 * Only typed literals count, and plain strings of the form YYYY-MM-DD or YYYY-MM (a plain
 * "1999" is too likely to be a number).
 */
export function parseTime(term) {
  if (!term || term.type === "uri" || term.type === "bnode") return null;
  const value = String(term.value).trim();
  const dt = term.datatype || "";
  let want = PRECISION[dt];
  if (!want) {
    if (dt && dt !== XSD + "string") return null;
    want = /^-?\d{4,}-\d{2}-\d{2}$/.test(value) ? "day" : /^-?\d{4,}-\d{2}$/.test(value) ? "month" : null;
    if (!want) return null;
  }
  const form = FORMS.find(([p]) => p === want);
  const m = form[1].exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = want === "year" ? 1 : Number(m[2]);
  const d = want === "day" || want === "instant" ? Number(m[3]) : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const start = utc(y, mo, d);
  if (new Date(start).getUTCDate() !== d) return null; // 30 February
  if (want === "instant") {
    const t = Date.parse(m[7] ? value : value + "Z"); // no offset: read as UTC
    if (!Number.isFinite(t)) return null;
    return { start: t, end: t, precision: "instant", text: value };
  }
  const end = want === "day" ? start + DAY : want === "month" ? utc(y, mo + 1, 1) : utc(y + 1, 1, 1);
  return { start, end, precision: want, text: value };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A time in words at a precision: "1999", "Feb 2022", "12 Mar 1999", an instant as ISO. */
export function formatTime(ms, precision) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (precision === "year") return String(y);
  if (precision === "month") return MONTHS[d.getUTCMonth()] + " " + y;
  if (precision === "day") return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + y;
  return d.toISOString().replace(".000Z", "Z");
}

/** The ISO day of a time (YYYY-MM-DD, UTC). */
export function isoOf(ms) {
  const d = new Date(ms);
  const p = (n, w = 2) => String(n).padStart(w, "0");
  return p(d.getUTCFullYear(), 4) + "-" + p(d.getUTCMonth() + 1) + "-" + p(d.getUTCDate());
}

const START = /^(.*?)(since|start|begin|from)(date|time)?$/i;
const END = /^(.*?)(until|end|to|till)(date|time)?$/i;

/**
 * Which columns hold the times: {start, end} for a period (the end column may be unbound in
 * every row: periods that have not ended), or {event} for one time column, or null. A pair is a
 * start-like and an end-like column with the same stem (memberSince, memberUntil), else the first
 * start-like and end-like ones.
 */
export function timeColumns(vars, rows) {
  const timed = vars.filter((v) => rows.some((r) => parseTime(r[v])));
  if (!timed.length) return null;
  const starts = timed.filter((v) => START.test(v));
  const ends = vars.filter((v) => END.test(v) && !starts.includes(v) && rows.every((r) => !r[v] || parseTime(r[v])));
  for (const s of starts) {
    const stem = START.exec(s)[1].toLowerCase();
    const e = ends.find((v) => END.exec(v)[1].toLowerCase() === stem);
    if (e) return { start: s, end: e };
  }
  if (starts.length && ends.length) return { start: starts[0], end: ends[0] };
  return { event: timed[0] };
}

/**
 * The timeline of a SELECT result, or null if no row has a time.
 * vars, rows: the result; labelOf(iri), href(iri): names and links; colour: the column that
 * colours the marks (or null); now: the end of periods that have not ended (ms).
 * Returns {columns, lanes: [{key, label, href}], marks: [{lane, start, end, precision, kind:
 * "period"|"event", open, href, title, colour}], colours: [value], notes: [sentence], domain: [t0, t1]}.
 */
export function timelineData(vars, rows, { labelOf, href, colour = null, now = Date.now() }) {
  const columns = timeColumns(vars, rows);
  if (!columns) return null;
  const timeVars = new Set([columns.start, columns.end, columns.event].filter(Boolean));
  const subjectVar = vars.find((v) => !timeVars.has(v) && rows.some((r) => r[v] && r[v].type === "uri"));
  const labelVar = vars.find((v) => !timeVars.has(v) && rows.some((r) => r[v] && r[v].type === "literal" && !parseTime(r[v])));
  const lanes = new Map();
  const marks = [];
  const notes = [];
  const colours = [];
  const nameOf = (row, i) => {
    const s = subjectVar && row[subjectVar];
    if (s && s.type === "uri") return labelOf(s.value);
    const l = labelVar && row[labelVar];
    return l ? l.value : "row " + (i + 1);
  };

  rows.forEach((row, i) => {
    const name = nameOf(row, i);
    const s = subjectVar && row[subjectVar] && row[subjectVar].type === "uri" ? row[subjectVar].value : null;
    const link = s ? href(s) : null;
    const c = colour && row[colour] ? (row[colour].type === "uri" ? labelOf(row[colour].value) : row[colour].value) : null;
    let mark;
    if (columns.event) {
      const t = parseTime(row[columns.event]);
      if (!t) {
        notes.push("No mark for " + name + ": " + (row[columns.event] ? "“" + row[columns.event].value + "” in " + columns.event + " is not a date." : "no " + columns.event + "."));
        return;
      }
      mark = { start: t.start, end: t.end, precision: t.precision, kind: "event", open: false,
        title: name + ": " + formatTime(t.start, t.precision) };
    } else {
      const a = parseTime(row[columns.start]);
      const b = row[columns.end] ? parseTime(row[columns.end]) : null;
      if (!a) {
        notes.push("No bar for " + name + ": " + (row[columns.start] ? "“" + row[columns.start].value + "” in " + columns.start + " is not a date." : "no " + columns.start + "."));
        return;
      }
      if (b && b.end < a.start) {
        notes.push("No bar for " + name + ": it ends (" + b.text + ") before it starts (" + a.text + ").");
        return;
      }
      const end = b ? b.end : Math.max(now, a.end);
      mark = { start: a.start, end, precision: a.precision, kind: "period", open: !b,
        title: name + ": " + formatTime(a.start, a.precision) + " – " + (b ? formatTime(b.start, b.precision) : "(no end in the result)") };
    }
    const key = s || name;
    if (!lanes.has(key)) lanes.set(key, { key, label: name, href: link, first: mark.start });
    const lane = lanes.get(key);
    lane.first = Math.min(lane.first, mark.start);
    if (c !== null && !colours.includes(c)) colours.push(c);
    if (c !== null) mark.title += " · " + colour + ": " + c;
    marks.push({ ...mark, lane: key, href: link, colour: c, row: i });
  });
  if (!marks.length) return null;
  const laneList = [...lanes.values()].sort((x, y) => x.first - y.first || x.label.localeCompare(y.label));
  const t0 = Math.min(...marks.map((m) => m.start));
  const t1 = Math.max(...marks.map((m) => m.end));
  return { columns, lanes: laneList, marks, colours: colours.sort(), notes, domain: padded(t0, t1) };
}

/** A domain with some room on both sides: 4% of the span, and at least 15 days. */
export function padded(t0, t1) {
  const pad = Math.max((t1 - t0) * 0.04, 15 * DAY);
  return [t0 - pad, t1 + pad];
}

/**
 * The columns that may colour the marks: those (not a time column) whose values repeat, with 2 to
 * 12 distinct values. The first such column is the default.
 */
export function colourColumns(vars, rows, columns, labelOf) {
  const timeVars = new Set([columns.start, columns.end, columns.event].filter(Boolean));
  return vars.filter((v) => {
    if (timeVars.has(v)) return false;
    const values = new Set(rows.filter((r) => r[v]).map((r) => (r[v].type === "uri" ? labelOf(r[v].value) : r[v].value)));
    return values.size >= 2 && values.size <= 12 && values.size < rows.length;
  });
}

/** A linear scale from a domain [t0, t1] (ms) to a range [x0, x1] (px), with its inverse. */
export function timeScale([t0, t1], [x0, x1]) {
  const k = (x1 - x0) / (t1 - t0 || 1);
  const scale = (t) => x0 + (t - t0) * k;
  scale.invert = (x) => t0 + (x - x0) / k;
  scale.domain = [t0, t1];
  scale.range = [x0, x1];
  return scale;
}

const STEPS = [
  ["day", 1], ["day", 7], ["month", 1], ["month", 3], ["month", 6],
  ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 20], ["year", 50], ["year", 100], ["year", 200], ["year", 500], ["year", 1000],
];

function approx([unit, n]) {
  return n * (unit === "day" ? DAY : unit === "month" ? 30.44 * DAY : 365.25 * DAY);
}

/**
 * Ticks for a domain: the finest round step (a day, a week, a month, a quarter, a year, 2, 5, 10…
 * years) that gives at most max ticks. Returns {unit, step, ticks: [{t, label}]}; a year tick is
 * on 1 January of a multiple of the step, a month tick on the first of the month.
 */
export function timeTicks([t0, t1], max = 10) {
  const span = t1 - t0;
  const [unit, step] = STEPS.find((s) => span / approx(s) <= max) || STEPS[STEPS.length - 1];
  const d = new Date(t0);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth() + 1;
  let t;
  const ticks = [];
  if (unit === "year") {
    y = Math.ceil(y / step) * step;
    if (utc(y) < t0) y += step;
    for (t = utc(y); t <= t1; y += step, t = utc(y)) ticks.push({ t, label: String(y) });
  } else if (unit === "month") {
    m = Math.ceil((m - 1) / step) * step + 1;
    for (t = utc(y, m, 1); t < t0; m += step, t = utc(y, m, 1));
    for (; t <= t1; m += step, t = utc(y, m, 1)) {
      const dd = new Date(t);
      ticks.push({ t, label: dd.getUTCMonth() === 0 || !ticks.length ? formatTime(t, "month") : MONTHS[dd.getUTCMonth()] });
    }
  } else {
    for (t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += step * DAY) ticks.push({ t, label: formatTime(t, "day") });
  }
  return { unit, step, ticks };
}

/**
 * A zoomed domain: by factor k (under 1 zooms in) around the time at, kept inside the whole
 * domain (full) and no narrower than a day.
 */
export function zoomDomain([v0, v1], k, at, [f0, f1]) {
  let w = Math.min(f1 - f0, Math.max(DAY, (v1 - v0) * k));
  let a = at - (at - v0) * (w / (v1 - v0));
  a = Math.max(f0, Math.min(a, f1 - w));
  return [a, a + w];
}

/** A domain moved by a share of its width (negative: earlier), kept inside the whole domain. */
export function panDomain([v0, v1], share, [f0, f1]) {
  const w = v1 - v0;
  const a = Math.max(f0, Math.min(v0 + w * share, f1 - w));
  return [a, a + w];
}
