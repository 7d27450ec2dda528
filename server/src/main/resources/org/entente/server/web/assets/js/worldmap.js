// The world map in SVG: Natural Earth's 1:110m countries (world-atlas 2.0.2, /assets/data/),
// decoded from TopoJSON (topojson.js), projected and clipped at the antimeridian with d3-geo's
// Natural Earth projection, shaded, with arrows, names, a legend and notes. Countries are keyed by
// their ISO 3166-1 numeric code as three digits, as world-atlas spells it.

import { loadScripts } from "./scripts.js";
import { featureCollection } from "./topojson.js";
import { shading } from "./mapdata.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const TOPOLOGY_URL = "/assets/data/countries-110m.json";
/** d3-geo and the one library it needs, from their WebJars (server/pom.xml), in load order. */
export const D3_SCRIPTS = Object.freeze(["/assets/vendor/d3-array/d3-array.min.js", "/assets/vendor/d3-geo/d3-geo.min.js"]);
const ANTARCTICA = "010"; // left out: it takes a fifth of the height and no query is about it
const ASPECT = 2;
const SCALE = 100; // user units per radian at the equator

let countriesPromise = null;

/** The d3 namespace with d3-geo, loaded on first use. */
export async function loadD3() {
  if (!globalThis.d3 || !globalThis.d3.geoPath) await loadScripts(D3_SCRIPTS);
  return globalThis.d3;
}

/** The countries: [{id, name, feature}], Antarctica left out. */
export function loadCountries() {
  if (!countriesPromise) {
    countriesPromise = fetch(TOPOLOGY_URL)
      .then((r) => {
        if (!r.ok) throw new Error("the map data could not be loaded (HTTP " + r.status + ")");
        return r.json();
      })
      .then((topology) => featureCollection(topology, "countries").features
        .filter((f) => f.geometry && f.id !== ANTARCTICA)
        .map((f) => ({ id: f.id || null, name: f.properties.name || "", feature: f })))
      .catch((e) => {
        countriesPromise = null;
        throw e;
      });
  }
  return countriesPromise;
}

/** The projection of the map: Natural Earth, centred on 0°, SCALE units per radian. */
export function createProjection(d3) {
  return d3.geoNaturalEarth1().scale(SCALE).translate([0, 0]);
}

/** The rings of a feature as drawn (projected, clipped at the antimeridian): arrays of [x, y]. */
function projectedRings(d3, projection, feature) {
  const rings = [];
  let ring = null;
  const sink = {
    point(x, y) { ring.push([x, y]); },
    lineStart() { ring = []; },
    lineEnd() { if (ring.length > 2) rings.push(ring); },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  d3.geoStream(feature, projection.stream(sink));
  return rings;
}

/** SVG path data for projected rings. */
function ringsPath(rings) {
  let d = "";
  for (const r of rings) {
    r.forEach(([x, y], i) => {
      d += (i === 0 ? "M" : "L") + n2(x) + "," + n2(y);
    });
    d += "Z";
  }
  return d;
}

function planarArea(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]);
  return Math.abs(a / 2);
}

function box(points) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

function union(a, b) {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** The box of a country's largest piece as drawn (so that France is not fitted with French Guiana, nor Russia with Chukotka). */
function mainBox(rings) {
  let best = null;
  let bestArea = -1;
  for (const r of rings) {
    const a = planarArea(r);
    if (a > bestArea) {
      bestArea = a;
      best = r;
    }
  }
  return box(best || []);
}

/** The view box that shows a region with a margin, at the map's aspect ratio, within the world. */
export function fit(b, world, aspect = ASPECT) {
  const minWidth = 40;
  let w = Math.max(b[2] - b[0], minWidth) * 1.25;
  let h = Math.max(b[3] - b[1], minWidth / aspect) * 1.25;
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  if (w >= world[2] - world[0]) return [world[0], world[1], world[2] - world[0], world[3] - world[1]];
  const x = Math.min(Math.max((b[0] + b[2]) / 2 - w / 2, world[0]), world[2] - w);
  const y = Math.min(Math.max((b[1] + b[3]) / 2 - h / 2, world[1]), Math.max(world[1], world[3] - h));
  return [x, y, w, h];
}

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

const n2 = (v) => v.toFixed(2);

let projectedCache = null;

/** The countries as drawn (rings and path data), and the box of the world without Antarctica; computed once. */
function projected(d3, projection, list) {
  if (!projectedCache || projectedCache.list !== list) {
    const drawnRings = new Map();
    let world = [Infinity, Infinity, -Infinity, -Infinity];
    for (const c of list) {
      const rings = projectedRings(d3, projection, c.feature);
      drawnRings.set(c, { rings, d: ringsPath(rings), main: mainBox(rings) });
      for (const r of rings) world = union(world, box(r));
    }
    const sphere = d3.geoPath(projection).bounds({ type: "Sphere" });
    world = [Math.max(world[0], sphere[0][0]), world[1], Math.min(world[2], sphere[1][0]), world[3]];
    projectedCache = { list, drawnRings, world };
  }
  return projectedCache;
}

/**
 * Draws the map into a container.
 * states: Map ISO key → {label, href, count, point: [lon, lat] or null}: the states of the
 * results, shaded by the number of rows they appear in. allStates: Map ISO key → {label, href}:
 * every state of the graph (names and links of the others). arrows: [{from, to, title}] from
 * sender to destination, points [lon, lat]. notes: sentences shown under the map. view: a view box
 * to keep (the one an earlier drawing returned), else the map zooms to what it shows. Returns
 * {view}: the view box it used.
 */
export async function drawMap(container, { states, allStates, arrows, notes, view = null }) {
  const [d3, list] = await Promise.all([loadD3(), loadCountries()]);
  const projection = createProjection(d3);
  const path = d3.geoPath(projection);
  container.textContent = "";

  const figure = document.createElement("figure");
  figure.className = "worldmap";
  container.appendChild(figure);

  const { drawnRings, world } = projected(d3, projection, list);
  const worldBox = [world[0], world[1], world[2] - world[0], world[3] - world[1]];

  // Zoom to the arrows if there are any (they are short and would vanish on a world map), else to
  // the shaded states.
  const projectedArrows = arrows.map((a) => ({ ...a, p: projection(a.from), q: projection(a.to) }));
  let focus = null;
  for (const a of projectedArrows) {
    const b = box([a.p, a.q]);
    focus = focus ? union(focus, b) : b;
  }
  if (!focus) {
    for (const [c, { main }] of drawnRings) {
      if (c.id && states.has(c.id)) focus = focus ? union(focus, main) : main;
    }
  }
  const focusBox = view || (focus ? fit(focus, world) : worldBox);

  const svg = el("svg", { class: "worldmap-svg", role: "img", "aria-labelledby": "map-caption", preserveAspectRatio: "xMidYMid meet" }, figure);
  const defs = el("defs", {}, svg);
  const marker = el("marker", { id: "arrowhead", viewBox: "0 0 10 10", refX: "8", refY: "5", markerWidth: "5", markerHeight: "5", orient: "auto-start-reverse" }, defs);
  el("path", { d: "M0,0L10,5L0,10Z", class: "arrowhead" }, marker);
  el("path", { class: "sea", d: path({ type: "Sphere" }) }, svg);

  const max = Math.max(1, ...[...states.values()].map((s) => s.count || 1));
  const { levels, level } = shading(max);

  const gCountries = el("g", { class: "countries" }, svg);
  const labelled = [];
  for (const c of list) {
    const { d, main } = drawnRings.get(c);
    if (!d) continue;
    const hit = c.id ? states.get(c.id) : null;
    const known = c.id ? allStates.get(c.id) : null;
    const name = (hit && hit.label) || (known && known.label) || c.name;
    const href = (hit && hit.href) || (known && known.href) || null;
    let parent = gCountries;
    if (href) {
      parent = el("a", { href, class: "country-link" }, gCountries);
      parent.setAttribute("aria-label", name + (hit ? " (in the results)" : ""));
    }
    const p = el("path", { d, class: "country" + (hit ? " hl hl-" + level(hit.count || 1) : "") }, parent);
    if (c.id) p.setAttribute("data-iso", c.id);
    el("title", {}, p).textContent = name + (hit && hit.count > 1 ? " — " + hit.count + " rows" : "");
    if (hit) labelled.push({ name, b: main, point: hit.point ? projection(hit.point) : null });
  }

  const unit = focusBox[2] / 100; // one hundredth of the view's width, in user units
  const gArrows = el("g", { class: "arrows" }, svg);
  for (const a of projectedArrows) {
    const [x1, y1] = a.p;
    const [x2, y2] = a.q;
    const dx = x2 - x1;
    const dy = y2 - y1;
    if (Math.hypot(dx, dy) < 1e-6) continue;
    const bend = 0.2;
    const cx = (x1 + x2) / 2 - dy * bend;
    const cy = (y1 + y2) / 2 + dx * bend;
    const arrow = el("path", {
      d: `M${n2(x1)},${n2(y1)}Q${n2(cx)},${n2(cy)} ${n2(x2)},${n2(y2)}`,
      class: "arrow", "stroke-width": (unit * 0.45).toFixed(3), "marker-end": "url(#arrowhead)",
    }, gArrows);
    el("title", {}, arrow).textContent = a.title;
    el("circle", { cx: n2(x1), cy: n2(y1), r: (unit * 0.7).toFixed(3), class: "arrow-start" }, gArrows);
  }

  // Names of the shaded states, biggest first, leaving out any that would overlap one already
  // placed or lie outside the view.
  const gLabels = el("g", { class: "map-labels" }, svg);
  const size = unit * 1.9;
  const placed = [];
  const areaOf = (b) => (b[2] - b[0]) * (b[3] - b[1]);
  labelled.sort((a, b) => areaOf(b.b) - areaOf(a.b));
  for (const { name, b, point } of labelled) {
    const [x0, y0] = point || [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
    const w = name.length * size * 0.6;
    let spot = null;
    for (const dy of [0, 1.15, -1.15]) { // at the state's point, else a little below or above it
      const y = y0 + dy * size;
      const r = [x0 - w / 2, y - size * 0.6, x0 + w / 2, y + size * 0.6];
      const inside = r[0] >= focusBox[0] && r[2] <= focusBox[0] + focusBox[2] && r[1] >= focusBox[1] && r[3] <= focusBox[1] + focusBox[3];
      if (inside && !placed.some((o) => r[0] < o[2] && r[2] > o[0] && r[1] < o[3] && r[3] > o[1])) {
        spot = { r, y };
        break;
      }
    }
    if (!spot) continue;
    placed.push(spot.r);
    const t = el("text", { x: n2(x0), y: n2(spot.y), "font-size": size.toFixed(3), class: "map-label", "text-anchor": "middle", "dominant-baseline": "middle" }, gLabels);
    t.textContent = name;
  }

  const setView = (b) => svg.setAttribute("viewBox", b.map(n2).join(" "));
  setView(focusBox);

  // States of the results that the 1:110m shapes leave out (small islands, Andorra, Luxembourg, …).
  const drawn = new Set(list.map((c) => c.id).filter(Boolean));
  const absent = [...states.entries()].filter(([k]) => !drawn.has(k)).map(([, v]) => v.label).sort();
  const allNotes = absent.length
    ? notes.concat([(absent.length === 1 ? absent[0] + " is" : absent.join(", ") + " are") + " too small for this map's scale (1:110 million) and not drawn."])
    : notes;

  const caption = document.createElement("figcaption");
  caption.id = "map-caption";
  const parts = [];
  const shaded = states.size - absent.length;
  if (shaded) parts.push(shaded === 1 ? "1 state of the results is shaded" : shaded + " states of the results are shaded");
  if (arrows.length) parts.push(arrows.length === 1 ? "1 arrow runs from sender to destination" : arrows.length + " arrows run from sender to destination");
  caption.textContent = (parts.join("; ") || "Nothing of the results has a place on the map") + ". Hover for a name; a click opens the page.";
  figure.appendChild(caption);

  const controls = document.createElement("div");
  controls.className = "map-controls";
  if (levels > 1) {
    const legend = document.createElement("span");
    legend.className = "legend";
    legend.append("Rows per state: ");
    for (let i = 1; i <= levels; i++) {
      const sw = document.createElement("span");
      sw.className = "swatch hl-" + i;
      sw.setAttribute("aria-hidden", "true");
      legend.append(sw, " " + (i === 1 ? "fewest" : i === levels ? "most (" + max + ")" : "") + " ");
    }
    controls.appendChild(legend);
  }
  if (focus || view) {
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "map-zoom";
    let whole = false;
    toggle.textContent = "Show the whole world";
    toggle.addEventListener("click", () => {
      whole = !whole;
      setView(whole ? worldBox : focusBox);
      toggle.textContent = whole ? "Zoom to the results" : "Show the whole world";
    });
    controls.appendChild(toggle);
  }
  figure.appendChild(controls);

  if (allNotes.length) {
    const ul = document.createElement("ul");
    ul.className = "map-notes small muted";
    for (const n of allNotes) {
      const li = document.createElement("li");
      li.textContent = n;
      ul.appendChild(li);
    }
    figure.appendChild(ul);
  }
  return { view: focusBox };
}
