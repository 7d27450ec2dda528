// Small formatting helpers for the page's sentences. Pure.

/** "1 row", "2 rows". */
export function plural(n, one, many) {
  return n + " " + (n === 1 ? one : many);
}

/** A day as YYYY-MM-DD in the browser's time zone (today, by default). */
export function isoDay(date = new Date()) {
  const p = (n) => String(n).padStart(2, "0");
  return date.getFullYear() + "-" + p(date.getMonth() + 1) + "-" + p(date.getDate());
}

/** A list in words: "A", "A and B", "A, B and C". */
export function wordList(items) {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
}
