// The dates of the Map's time slider: for an example with a date parameter (asOf), the days to
// rerun it on, a step apart (a year, five years, a month) and all on the same day of the year as
// the parameter's value; and a cache of the results per date. Pure: no DOM.

/** The steps the slider offers: [id, words, months per step]. */
export const STEPS = Object.freeze([["1y", "a year", 12], ["5y", "five years", 60], ["1m", "a month", 1]]);

/** The example's first date parameter, or null. */
export function dateParameter(example) {
  return (example && example.parameters || []).find((p) => p.type === "date") || null;
}

/**
 * The earliest day the parameter takes: the "from YYYY-MM-DD" of its description (the named
 * queries say where their data begins), else the fallback.
 */
export function earliestDay(param, fallback) {
  const m = /\bfrom (\d{4}-\d{2}-\d{2})\b/.exec((param && param.description) || "");
  return m ? m[1] : fallback;
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m: 1-12

/** The day d of month m (1-12) of year y, as YYYY-MM-DD; the 31st of a shorter month is its last day. */
export function day(y, m, d) {
  return pad(y, 4) + "-" + pad(m) + "-" + pad(Math.min(d, daysIn(y, m)));
}

/**
 * The slider's dates: from from to to (YYYY-MM-DD, both kept), every step (an id of STEPS) from
 * the anchor (the parameter's value), on the anchor's day. The anchor itself is one of them.
 */
export function sliderDates(from, to, anchor, step) {
  const months = (STEPS.find((s) => s[0] === step) || STEPS[0])[2];
  const [ay, am, ad] = anchor.split("-").map(Number);
  const base = ay * 12 + (am - 1);
  const at = (k) => {
    const t = base + k * months;
    return day(Math.floor(t / 12), (t % 12) + 1, ad);
  };
  const out = [];
  for (let k = 0; at(k) >= from; k--) out.unshift(at(k));
  for (let k = 1; at(k) <= to; k++) out.push(at(k));
  return out.filter((d) => d >= from && d <= to);
}

/** The index of the date in a sorted list nearest to iso (the last one not after it). */
export function nearestIndex(dates, iso) {
  let best = 0;
  for (let i = 0; i < dates.length; i++) if (dates[i] <= iso) best = i;
  return best;
}

/** A cache of promises by key: load(key) is called once per key; a failed load is forgotten. */
export function createCache(load) {
  const map = new Map();
  return {
    get(key) {
      if (!map.has(key)) {
        const p = Promise.resolve().then(() => load(key));
        map.set(key, p);
        p.catch(() => map.delete(key));
      }
      return map.get(key);
    },
    put(key, value) {
      map.set(key, Promise.resolve(value));
    },
    has: (key) => map.has(key),
    get size() {
      return map.size;
    },
  };
}
