// TopoJSON (the TopoJSON Format Specification, 1.0) to GeoJSON, for the map's
// shapes: quantized, delta-encoded arcs decoded to longitude and latitude, geometries stitched
// from their arcs (a negative index ~i is arc i reversed). Pure. The map projects the GeoJSON
// with d3-geo.

/** The arcs of a topology as arrays of [x, y] positions (quantized arcs decoded with the transform). */
export function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0], p[1]]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function point(topology, p) {
  const t = topology.transform;
  return t ? [p[0] * t.scale[0] + t.translate[0], p[1] * t.scale[1] + t.translate[1]] : [p[0], p[1]];
}

/** A line or ring from arc indexes: consecutive arcs share an end point, kept once. */
export function stitch(indexes, arcs) {
  const points = [];
  indexes.forEach((i, k) => {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    points.push(...(k === 0 ? arc : arc.slice(1)));
  });
  return points;
}

function geometry(topology, arcs, g) {
  const line = (indexes) => stitch(indexes, arcs);
  switch (g.type) {
    case "Point": return { type: "Point", coordinates: point(topology, g.coordinates) };
    case "MultiPoint": return { type: "MultiPoint", coordinates: g.coordinates.map((p) => point(topology, p)) };
    case "LineString": return { type: "LineString", coordinates: line(g.arcs) };
    case "MultiLineString": return { type: "MultiLineString", coordinates: g.arcs.map(line) };
    case "Polygon": return { type: "Polygon", coordinates: g.arcs.map(line) };
    case "MultiPolygon": return { type: "MultiPolygon", coordinates: g.arcs.map((polygon) => polygon.map(line)) };
    case "GeometryCollection": return { type: "GeometryCollection", geometries: g.geometries.map((x) => geometry(topology, arcs, x)) };
    default: return null; // a null geometry ("type": null)
  }
}

/**
 * The features of one object of a topology (a GeometryCollection, as world-atlas's "countries"),
 * as a GeoJSON FeatureCollection; each feature keeps the geometry's id and properties.
 */
export function featureCollection(topology, objectName) {
  const object = topology.objects && topology.objects[objectName];
  if (!object) throw new Error("the map data has no object " + objectName);
  const arcs = decodeArcs(topology);
  const members = object.type === "GeometryCollection" ? object.geometries : [object];
  return {
    type: "FeatureCollection",
    features: members.map((g) => ({
      type: "Feature",
      ...(g.id !== undefined ? { id: g.id } : {}),
      properties: g.properties || {},
      geometry: geometry(topology, arcs, g),
    })),
  };
}
