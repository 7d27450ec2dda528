import { test, assert } from "./harness.js";
import { emptyInfo, isoKey, mapData, readDescriptions, shading } from "/assets/js/mapdata.js";

const STATE = "urn:class:State";
const uri = (value) => ({ type: "uri", value });
const lit = (value, lang) => (lang ? { type: "literal", value, "xml:lang": lang } : { type: "literal", value });

function described(entries) {
  const info = new Map();
  for (const [iri, d] of Object.entries(entries)) info.set(iri, { ...emptyInfo(), ...d, types: new Set(d.types || []) });
  return info;
}
const opts = (info) => ({
  isState: (d) => d.types.has(STATE),
  labelOf: (iri) => (info.get(iri) && info.get(iri).label) || iri,
  href: (iri) => "/page/" + iri,
});

test("mapdata: ISO numeric codes as three digits", () => {
  assert.equal(isoKey("4"), "004");
  assert.equal(isoKey(" 616 "), "616");
  assert.equal(isoKey(643), "643");
  assert.equal(isoKey("6161"), null);
  assert.equal(isoKey("PL"), null);
  assert.equal(isoKey(null), null);
});

test("mapdata: descriptions: an English label wins, types gather, the point of what a place is part of", () => {
  const info = readDescriptions([
    { x: uri("urn:p"), k: lit("label"), v: lit("Polska", "") },
    { x: uri("urn:p"), k: lit("label"), v: lit("Poland", "en") },
    { x: uri("urn:p"), k: lit("label"), v: lit("Pologne", "") },
    { x: uri("urn:p"), k: lit("type"), v: uri(STATE) },
    { x: uri("urn:p"), k: lit("type"), v: uri("urn:class:Actor") },
    { x: uri("urn:p"), k: lit("num"), v: lit("616") },
    { x: uri("urn:p"), k: lit("lat"), v: lit("52.0") },
    { x: uri("urn:p"), k: lit("long"), v: lit("19.0") },
    { x: uri("urn:front"), k: lit("other"), v: lit("Frontlinie", "de") },
    { x: uri("urn:front"), k: lit("partOf"), s: uri("urn:ua"), la: lit("49.0"), lo: lit("32.0") },
  ], new Map());
  const p = info.get("urn:p");
  assert.equal([p.label, p.labelLang, p.num, p.lat, p.long], ["Poland", "en", "616", 52, 19]);
  assert.equal(p.types, new Set([STATE, "urn:class:Actor"]));
  assert.equal(info.get("urn:front").label, "Frontlinie");
  assert.equal(info.get("urn:front").partOf, { iri: "urn:ua", lat: 49, long: 32 });
});

test("mapdata: states are counted once per row, whatever column they are in", () => {
  const info = described({
    "urn:pol": { label: "Poland", types: [STATE], num: "616", lat: 52, long: 19 },
    "urn:fin": { label: "Finland", types: [STATE], num: "246" },
    "urn:nato": { label: "NATO", types: ["urn:class:Organisation"] },
    "urn:nonum": { label: "Somewhere", types: [STATE] },
  });
  const rows = [
    { a: uri("urn:pol"), b: uri("urn:pol") },
    { a: uri("urn:pol"), b: uri("urn:fin") },
    { a: uri("urn:nato"), b: uri("urn:nonum") },
  ];
  const m = mapData(["a", "b"], rows, info, opts(info));
  assert.equal([...m.states.keys()].sort(), ["246", "616"]);
  assert.equal(m.states.get("616"), { iri: "urn:pol", label: "Poland", href: "/page/urn:pol", count: 2, point: [19, 52] });
  assert.equal(m.states.get("246").count, 1);
  assert.equal(m.states.get("246").point, null);
  assert.equal(m.arrows, []);
});

test("mapdata: nothing to map is null", () => {
  const info = described({ "urn:nato": { label: "NATO" } });
  assert.equal(mapData(["o"], [{ o: uri("urn:nato") }, { o: lit("x") }], info, opts(info)), null);
  assert.equal(mapData(["o"], [], info, opts(info)), null);
});

test("mapdata: arrows from sender to destination, once per pair, with the reasons for those not drawn", () => {
  const info = described({
    "urn:dnk": { label: "Denmark", types: [STATE], num: "208", lat: 56, long: 10 },
    "urn:ltu": { label: "Lithuania", types: [STATE], num: "440", lat: 55, long: 24 },
    "urn:rus": { label: "Russia", types: [STATE], num: "643", lat: 60, long: 90 },
    "urn:ukr": { label: "Ukraine", types: [STATE], num: "804", lat: 49, long: 32 },
    "urn:front": { label: "Ukraine's front lines", partOf: { iri: "urn:ukr", lat: 49, long: 32 } },
    "urn:nato": { label: "NATO" },
    "urn:ee": { label: "Eastern Europe" },
    "urn:mlt": { label: "Malta", types: [STATE], num: "470" },
  });
  const rows = [
    { sender: uri("urn:dnk"), destination: uri("urn:ltu") },
    { sender: uri("urn:dnk"), destination: uri("urn:ltu") },
    { sender: uri("urn:rus"), destination: uri("urn:front") },
    { sender: uri("urn:nato"), destination: uri("urn:ee") },
    { sender: uri("urn:ukr"), destination: uri("urn:front") },
    { sender: uri("urn:mlt"), destination: uri("urn:ltu") },
    { sender: lit("someone"), destination: uri("urn:ltu") },
  ];
  const m = mapData(["sender", "destination"], rows, info, opts(info));
  assert.equal(m.arrows, [
    { from: [10, 56], to: [24, 55], title: "Denmark → Lithuania" },
    { from: [90, 60], to: [32, 49], title: "Russia → Ukraine's front lines" },
  ]);
  assert.equal(m.notes, [
    "The arrow Russia → Ukraine's front lines ends in Ukraine, of which Ukraine's front lines is part.",
    "No arrow for NATO → Eastern Europe: NATO has no coordinates and is not part of one state.",
    "No arrow for Ukraine → Ukraine's front lines: both ends are in Ukraine.",
    "No arrow for Malta → Lithuania: Malta has no coordinates.",
  ]);
  assert.equal(m.states.get("208").count, 2);
});

test("mapdata: from and to columns make arrows too", () => {
  const info = described({
    "urn:a": { label: "A", types: [STATE], num: "001", lat: 1, long: 2 },
    "urn:b": { label: "B", types: [STATE], num: "002", lat: 3, long: 4 },
  });
  const m = mapData(["from", "to"], [{ from: uri("urn:a"), to: uri("urn:b") }], info, opts(info));
  assert.equal(m.arrows, [{ from: [2, 1], to: [4, 3], title: "A → B" }]);
});

test("mapdata: shading levels", () => {
  const one = shading(1);
  assert.equal([one.levels, one.level(1)], [1, 1]);
  const many = shading(8);
  assert.equal(many.levels, 4);
  assert.equal([1, 2, 3, 4, 5, 8].map(many.level), [1, 1, 2, 2, 3, 4]);
  const two = shading(2);
  assert.equal([two.levels, two.level(1), two.level(2)], [2, 1, 2]);
});
