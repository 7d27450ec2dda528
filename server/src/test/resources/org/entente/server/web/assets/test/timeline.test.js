import { test, assert } from "./harness.js";
import {
  colourColumns, formatTime, isoOf, panDomain, parseTime, timeColumns, timelineData, timeScale, timeTicks, utc, zoomDomain,
} from "/assets/js/timeline.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const typed = (value, type) => ({ type: "literal", value, datatype: XSD + type });
const uri = (value) => ({ type: "uri", value });
const lit = (value) => ({ type: "literal", value });
const opts = { labelOf: (iri) => iri.replace("urn:", ""), href: (iri) => "/page/" + iri, now: utc(2026, 1, 1) };

test("timeline: a time has the precision of its datatype", () => {
  const day = parseTime(typed("1999-03-12", "date"));
  assert.equal([day.precision, isoOf(day.start), isoOf(day.end)], ["day", "1999-03-12", "1999-03-13"]);
  const month = parseTime(typed("2022-02", "gYearMonth"));
  assert.equal([month.precision, isoOf(month.start), isoOf(month.end)], ["month", "2022-02-01", "2022-03-01"], "a month is a month long");
  const dec = parseTime(typed("2021-12", "gYearMonth"));
  assert.equal(isoOf(dec.end), "2022-01-01");
  const year = parseTime(typed("1949", "gYear"));
  assert.equal([year.precision, isoOf(year.start), isoOf(year.end)], ["year", "1949-01-01", "1950-01-01"]);
  const instant = parseTime(typed("2022-02-24T03:00:00Z", "dateTime"));
  assert.equal([instant.precision, instant.start, instant.end], ["instant", Date.UTC(2022, 1, 24, 3), Date.UTC(2022, 1, 24, 3)]);
  const offset = parseTime(typed("2022-02-24T05:00:00+02:00", "dateTime"));
  assert.equal(offset.start, Date.UTC(2022, 1, 24, 3), "the offset is applied");
  assert.equal(parseTime(typed("2022-02-24T03:00:00", "dateTime")).start, Date.UTC(2022, 1, 24, 3), "no offset: UTC");
  assert.equal(parseTime(typed("1955-05-06Z", "date")).precision, "day", "a date with a time zone");
});

test("timeline: what is not a time", () => {
  assert.equal(parseTime(typed("2022-02-30", "date")), null, "30 February");
  assert.equal(parseTime(typed("2022-13", "gYearMonth")), null);
  assert.equal(parseTime(typed("1999", "integer")), null, "a number");
  assert.equal(parseTime(lit("1999")), null, "a plain four-digit string may be anything");
  assert.equal(parseTime(lit("February 2022")), null, "words");
  assert.equal(parseTime(uri("urn:1999-03-12")), null);
  assert.equal(parseTime(undefined), null);
  assert.equal(parseTime(lit("2022-02")).precision, "month", "a plain string of a date's form");
  assert.equal(parseTime(lit("2022-02-24")).precision, "day");
});

test("timeline: years before 100 stay themselves", () => {
  assert.equal(new Date(utc(44)).getUTCFullYear(), 44);
  assert.equal(isoOf(parseTime(typed("0044", "gYear")).start), "0044-01-01");
});

test("timeline: times in words at their precision", () => {
  assert.equal(formatTime(utc(1999, 3, 12), "day"), "12 Mar 1999");
  assert.equal(formatTime(utc(2022, 2, 1), "month"), "Feb 2022");
  assert.equal(formatTime(utc(1949), "year"), "1949");
  assert.equal(formatTime(Date.UTC(2022, 1, 24, 3), "instant"), "2022-02-24T03:00:00Z");
});

test("timeline: a start/end pair of columns is a period, with the same stem first", () => {
  const rows = [{ s: uri("urn:a"), memberSince: typed("1999-03-12", "date"), joinedUntil: typed("2000-01-01", "date") }];
  assert.equal(timeColumns(["s", "memberSince", "memberUntil", "joinedUntil"], rows), { start: "memberSince", end: "memberUntil" });
  assert.equal(timeColumns(["s", "startDate", "endDate"], [{ startDate: typed("2000", "gYear") }]), { start: "startDate", end: "endDate" },
    "an end column unbound in every row: periods that go on");
  assert.equal(timeColumns(["d", "when"], [{ when: typed("2022-02", "gYearMonth") }]), { event: "when" });
  assert.equal(timeColumns(["s", "memberSince"], [{ memberSince: typed("1999-03-12", "date") }]), { event: "memberSince" },
    "a start without an end column is an event");
  assert.equal(timeColumns(["s", "n"], [{ s: uri("urn:a"), n: lit("x") }]), null);
});

test("timeline: memberships are bars per member from accession, open when they have not ended", () => {
  const vars = ["state", "name", "memberSince", "memberUntil"];
  const rows = [
    { state: uri("urn:POL"), name: lit("Poland"), memberSince: typed("1999-03-12", "date") },
    { state: uri("urn:DEU"), name: lit("Germany"), memberSince: typed("1955-05-06", "date") },
    { state: uri("urn:DDR"), name: lit("East Germany"), memberSince: typed("1955-05-14", "date"), memberUntil: typed("1990-10-02", "date") },
    { state: uri("urn:XXX"), name: lit("Nowhere") },
  ];
  const t = timelineData(vars, rows, opts);
  assert.equal(t.lanes.map((l) => l.label), ["DEU", "DDR", "POL"], "lanes in order of their first mark");
  assert.equal(t.lanes[0].href, "/page/urn:DEU");
  const pol = t.marks.find((m) => m.lane === "urn:POL");
  assert.equal([pol.kind, isoOf(pol.start), pol.end, pol.open], ["period", "1999-03-12", opts.now, true]);
  const ddr = t.marks.find((m) => m.lane === "urn:DDR");
  assert.equal([isoOf(ddr.end), ddr.open], ["1990-10-03", false], "to the end of the last day");
  assert.equal(ddr.title, "DDR: 14 May 1955 – 2 Oct 1990");
  assert.equal(t.notes, ["No bar for XXX: no memberSince."]);
  assert.ok(t.domain[0] < utc(1955, 5, 6) && t.domain[1] > opts.now);
});

test("timeline: an event at month precision, coloured by a column; rows without a time are listed", () => {
  const vars = ["deployment", "senderName", "progress", "when"];
  const rows = [
    { deployment: uri("urn:rus-blr"), senderName: lit("Russia"), progress: lit("planned"), when: typed("2022-02", "gYearMonth") },
    { deployment: uri("urn:fra-rou"), senderName: lit("France"), progress: lit("planned") },
    { deployment: uri("urn:ukr"), senderName: lit("Ukraine"), progress: lit("carried out"), when: lit("soon") },
  ];
  const t = timelineData(vars, rows, { ...opts, colour: "progress" });
  assert.equal(t.marks.length, 1);
  const m = t.marks[0];
  assert.equal([m.kind, m.precision, isoOf(m.start), isoOf(m.end), m.colour], ["event", "month", "2022-02-01", "2022-03-01", "planned"]);
  assert.equal(m.title, "rus-blr: Feb 2022 · progress: planned");
  assert.equal(t.colours, ["planned"]);
  assert.equal(t.notes, ["No mark for fra-rou: no when.", "No mark for ukr: “soon” in when is not a date."]);
  assert.equal(colourColumns(vars, rows, t.columns, opts.labelOf), ["progress"], "columns whose values repeat");
  assert.equal(timelineData(["a"], [{ a: lit("x") }], opts), null);
});

test("timeline: a period that ends before it starts is refused", () => {
  const t = timelineData(["s", "startDate", "endDate"], [
    { s: uri("urn:a"), startDate: typed("2000", "gYear"), endDate: typed("1990", "gYear") },
    { s: uri("urn:b"), startDate: typed("2000", "gYear"), endDate: typed("2000", "gYear") },
  ], opts);
  assert.equal(t.notes, ["No bar for a: it ends (1990) before it starts (2000)."]);
  assert.equal(isoOf(t.marks[0].end), "2001-01-01", "a year-long period");
});

test("timeline: a scale and its inverse", () => {
  const s = timeScale([utc(2000), utc(2010)], [100, 600]);
  assert.equal(s(utc(2000)), 100);
  assert.equal(s(utc(2010)), 600);
  assert.equal(Math.round(s.invert(350)), Math.round((utc(2000) + utc(2010)) / 2));
});

test("timeline: ticks at round steps", () => {
  const years = timeTicks([utc(1949, 4, 4), utc(2026, 1, 1)], 10);
  assert.equal([years.unit, years.step], ["year", 10]);
  assert.equal(years.ticks.map((t) => t.label), ["1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020"]);
  const months = timeTicks([utc(2022, 1, 15), utc(2022, 3, 15)], 3);
  assert.equal([months.unit, months.step], ["month", 1]);
  assert.equal(months.ticks.map((t) => t.label), ["Feb 2022", "Mar"]);
  const quarters = timeTicks([utc(2021, 11, 1), utc(2023, 2, 1)], 8);
  assert.equal(quarters.ticks.map((t) => t.label), ["Jan 2022", "Apr", "Jul", "Oct", "Jan 2023"]);
  const days = timeTicks([utc(2022, 2, 1), utc(2022, 2, 5)], 10);
  assert.equal(days.ticks.length, 5);
  assert.equal(days.ticks[0].label, "1 Feb 2022");
});

test("timeline: zooming and panning stay inside the whole domain", () => {
  const D = 86400000;
  const full = [0, 1000 * D];
  assert.equal(zoomDomain(full, 0.5, 500 * D, full), [250 * D, 750 * D], "around the time");
  assert.equal(zoomDomain(full, 0.5, 0, full), [0, 500 * D], "around the start");
  assert.equal(zoomDomain([0, 100 * D], 2, 50 * D, full), [0, 200 * D], "out, kept inside");
  assert.equal(zoomDomain(full, 4, 10, full), full, "no wider than the whole");
  assert.equal(zoomDomain([0, D], 0.1, 0, full), [0, D], "no narrower than a day");
  assert.equal(panDomain([100, 200], 0.5, [0, 1000]), [150, 250]);
  assert.equal(panDomain([100, 200], -2, [0, 1000]), [0, 100]);
  assert.equal(panDomain([850, 950], 1, [0, 1000]), [900, 1000]);
});
