import { test, assert } from "./harness.js";
import { decodeArcs, featureCollection, stitch } from "/assets/js/topojson.js";

// Two squares side by side sharing their middle edge, quantized with scale 10 and translate (0, 100):
// arc 0 is the shared edge (10,0)→(10,10), arc 1 the rest of the left square, arc 2 of the right.
const TOPOLOGY = {
  type: "Topology",
  transform: { scale: [10, 10], translate: [0, 100] },
  objects: {
    shapes: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", id: "001", properties: { name: "Left" }, arcs: [[0, 1]] },
        { type: "MultiPolygon", id: "002", properties: { name: "Right" }, arcs: [[[2, ~0]]] },
        { type: "Point", coordinates: [3, 4], properties: { name: "A point" } },
        { type: null, id: "003" },
      ],
    },
  },
  arcs: [
    [[1, 0], [0, 1]],
    [[1, 1], [-1, 0], [0, -1], [1, 0]],
    [[1, 0], [1, 0], [0, 1], [-1, 0]],
  ],
};

test("topojson: arcs are delta-decoded and scaled", () => {
  assert.equal(decodeArcs(TOPOLOGY), [
    [[10, 100], [10, 110]],
    [[10, 110], [0, 110], [0, 100], [10, 100]],
    [[10, 100], [20, 100], [20, 110], [10, 110]],
  ]);
  assert.equal(decodeArcs({ arcs: [[[1.5, 2], [3, 4]]] }), [[[1.5, 2], [3, 4]]], "without a transform, positions are as they are");
});

test("topojson: rings stitched from arcs share their end points once; ~i is arc i reversed", () => {
  const arcs = decodeArcs(TOPOLOGY);
  assert.equal(stitch([0, 1], arcs), [[10, 100], [10, 110], [0, 110], [0, 100], [10, 100]]);
  assert.equal(stitch([2, ~0], arcs), [[10, 100], [20, 100], [20, 110], [10, 110], [10, 100]]);
});

test("topojson: features keep ids and properties; points are scaled, not delta-decoded", () => {
  const fc = featureCollection(TOPOLOGY, "shapes");
  assert.equal(fc.type, "FeatureCollection");
  assert.equal(fc.features.map((f) => [f.id, f.geometry && f.geometry.type, f.properties.name]), [
    ["001", "Polygon", "Left"], ["002", "MultiPolygon", "Right"], [undefined, "Point", "A point"], ["003", null, undefined],
  ]);
  assert.equal(fc.features[1].geometry.coordinates, [[[[10, 100], [20, 100], [20, 110], [10, 110], [10, 100]]]]);
  assert.equal(fc.features[2].geometry.coordinates, [30, 140]);
  assert.ok(!("id" in fc.features[2]));
  assert.throws(() => featureCollection(TOPOLOGY, "land"), /no object land/);
});

test("topojson: world-atlas's 110m countries: 177, Russia and Fiji across the antimeridian, closed rings", async () => {
  const topology = await (await fetch("/assets/data/countries-110m.json")).json();
  const fc = featureCollection(topology, "countries");
  assert.equal(fc.features.length, 177);
  const byId = new Map(fc.features.filter((f) => f.id).map((f) => [f.id, f]));
  assert.equal(byId.get("643").properties.name, "Russia");
  assert.equal(byId.get("643").geometry.type, "MultiPolygon");
  assert.equal(byId.get("616").properties.name, "Poland");
  assert.equal(fc.features.filter((f) => !f.id).map((f) => f.properties.name).sort(), ["Kosovo", "N. Cyprus", "Somaliland"]);
  for (const f of fc.features) {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polygons.flat()) {
      const [a, b] = [ring[0], ring[ring.length - 1]];
      assert.ok(Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9, f.properties.name + " has an open ring");
      for (const [lon, lat] of ring) assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, f.properties.name + " out of range");
    }
  }
  // Poland's outline lies between 14°E and 24.2°E, 49°N and 55°N.
  const pl = byId.get("616").geometry.coordinates.flat();
  assert.ok(pl.every(([lon, lat]) => lon > 14 && lon < 24.2 && lat > 49 && lat < 55), "Poland where it is");
});
