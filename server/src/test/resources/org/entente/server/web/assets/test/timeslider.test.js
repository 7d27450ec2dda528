import { test, assert } from "./harness.js";
import { createCache, dateParameter, day, earliestDay, nearestIndex, sliderDates } from "/assets/js/timeslider.js";

test("timeslider: the example's date parameter and where its data begins", () => {
  const asOf = { name: "asOf", type: "date", description: "The day (YYYY-MM-DD, from 1945-10-24)." };
  assert.equal(dateParameter({ parameters: [{ name: "alliance", type: "organisation" }, asOf] }), asOf);
  assert.equal(dateParameter({ parameters: [{ name: "state", type: "state" }] }), null);
  assert.equal(dateParameter(null), null);
  assert.equal(earliestDay(asOf, "1926-01-01"), "1945-10-24");
  assert.equal(earliestDay({ description: "Any day." }, "1926-01-01"), "1926-01-01");
});

test("timeslider: a year apart, on the parameter's day, both ends kept", () => {
  const years = sliderDates("1945-10-24", "2026-12-02", "2026-12-02", "1y");
  assert.equal(years.length, 82);
  assert.equal([years[0], years[40], years[81]], ["1945-12-02", "1985-12-02", "2026-12-02"]);
  const fives = sliderDates("1945-10-24", "2026-12-02", "2026-12-02", "5y");
  assert.equal([fives[0], fives[1], fives[fives.length - 1]], ["1946-12-02", "1951-12-02", "2026-12-02"]);
  assert.equal(sliderDates("1945-10-24", "2026-12-02", "1985-06-30", "1y").includes("1985-06-30"), true, "the anchor is a stop");
  assert.equal(sliderDates("1945-10-24", "2026-12-02", "1985-06-30", "1y").slice(-1), ["2026-06-30"], "not after the end");
});

test("timeslider: months, and days that a month or year lacks", () => {
  assert.equal(sliderDates("2021-11-01", "2022-04-30", "2022-01-31", "1m"),
    ["2021-11-30", "2021-12-31", "2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30"]);
  assert.equal(sliderDates("2022-01-01", "2025-01-01", "2024-02-29", "1y"), ["2022-02-28", "2023-02-28", "2024-02-29"]);
  assert.equal(day(2023, 2, 29), "2023-02-28");
  assert.equal(day(1999, 3, 12), "1999-03-12");
});

test("timeslider: the nearest stop not after a date", () => {
  const d = ["1985-01-01", "1986-01-01", "1987-01-01"];
  assert.equal(nearestIndex(d, "1986-06-01"), 1);
  assert.equal(nearestIndex(d, "1990-01-01"), 2);
  assert.equal(nearestIndex(d, "1900-01-01"), 0);
});

test("timeslider: the cache loads each date once and forgets a failure", async () => {
  const calls = [];
  const cache = createCache(async (k) => {
    calls.push(k);
    if (k === "bad") throw new Error("no");
    return k.toUpperCase();
  });
  assert.equal(await cache.get("a"), "A");
  assert.equal(await cache.get("a"), "A");
  await assert.rejects(cache.get("bad"), /no/);
  assert.equal(cache.has("bad"), false);
  cache.put("b", "given");
  assert.equal(await cache.get("b"), "given");
  assert.equal(calls, ["a", "bad"]);
});
