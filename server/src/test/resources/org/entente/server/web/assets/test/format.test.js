import { test, assert } from "./harness.js";
import { isoDay, plural, wordList } from "/assets/js/format.js";

test("format: plural", () => {
  assert.equal(plural(0, "row", "rows"), "0 rows");
  assert.equal(plural(1, "row", "rows"), "1 row");
  assert.equal(plural(6, "row", "rows"), "6 rows");
});

test("format: a day as YYYY-MM-DD in local time", () => {
  assert.equal(isoDay(new Date(2024, 0, 5, 23, 59)), "2024-01-05");
  assert.equal(isoDay(new Date(1999, 2, 12)), "1999-03-12");
  assert.match(isoDay(), /^\d{4}-\d{2}-\d{2}$/);
});

test("format: a list in words", () => {
  assert.equal(wordList([]), "");
  assert.equal(wordList(["Malta"]), "Malta");
  assert.equal(wordList(["Malta", "Andorra"]), "Malta and Andorra");
  assert.equal(wordList(["A", "B", "C"]), "A, B and C");
});
