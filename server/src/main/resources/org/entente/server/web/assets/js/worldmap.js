// A small world map in SVG, with no library: decodes the TopoJSON of world-atlas 2.0.2
// (/assets/data/countries-110m.json; Natural Earth shapes) and draws it in the Natural Earth
// projection. Countries are keyed by their ISO 3166-1 numeric code as a three-digit string.

const SVG_NS = "http://www.w3.org/2000/svg";
const TOPOLOGY_URL = "/assets/data/countries-110m.json";
const ANTARCTICA = "010"; // left out: it takes a fifth of the height and no query is about it

let topologyPromise = null;

/** The ISO 3166-1 numeric code as world-atlas spells it: three digits, leading zeros kept. */
export function isoKey(code) {
  if (code === undefined || code === null) return null;
  const s = String(code).trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  return s.padStart(3, "0");
}

/** The Natural Earth projection (Šavrič, Patterson, Jenny 2015), longitude and latitude in degrees. */
export function project(lon, lat) {
  const lambda = (lon * Math.PI) / 180;
  const phi = (lat * Math.PI) / 180;
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  const x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
  const y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
  return [x * 100, -y * 100]; // SVG user units; y grows downwards
}

/** Decodes the arcs of a topology: delta-encoded, quantized integer positions to longitude/latitude. */
export function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (t) {
        x += p[0];
        y += p[1];
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      }
      return [p[0], p[1]];
    });
  });
}

/** The rings of a Polygon or MultiPolygon geometry, as arrays of [lon, lat]. */
export function rings(geometry, arcs) {
  const ring = (indexes) => {
    const points = [];
    indexes.forEach((i, k) => {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      // Consecutive arcs share their end and start point: keep it once.
      points.push(...(k === 0 ? arc : arc.slice(1)));
    });
    return points;
  };
  if (geometry.type === "Polygon") return [geometry.arcs.map(ring)];
  if (geometry.type === "MultiPolygon") return geometry.arcs.map((polygon) => polygon.map(ring));
  return [];
}

/**
 * Makes a ring that crosses the antimeridian continuous (longitudes past ±180 instead of a jump
 * across the whole map). Returns the ring, and a copy shifted by 360° if it reaches past an edge,
 * so that both halves are drawn; the map is clipped to the outline of the globe.
 */
export function unwrap(ring) {
  const out = [];
  let shift = 0;
  let prev = null;
  for (const [lon, lat] of ring) {
    if (prev !== null) {
      if (lon + shift - prev > 180) shift -= 360;
      else if (lon + shift - prev < -180) shift += 360;
    }
    prev = lon + shift;
    out.push([prev, lat]);
  }
  const min = Math.min(...out.map((p) => p[0]));
  const max = Math.max(...out.map((p) => p[0]));
  if (max > 180) return [out, out.map(([lon, lat]) => [lon - 360, lat])];
  if (min < -180) return [out, out.map(([lon, lat]) => [lon + 360, lat])];
  return [out];
}

/** The countries of the topology: id, name, polygons (each a list of rings) in projected coordinates. */
function countries(topology) {
  const arcs = decodeArcs(topology);
  return topology.objects.countries.geometries
    .filter((g) => g.id !== ANTARCTICA && (g.type === "Polygon" || g.type === "MultiPolygon"))
    .map((g) => {
      const polygons = [];
      for (const polygon of rings(g, arcs)) {
        const copies = polygon.map(unwrap);
        // A polygon whose outer ring crosses the edge is drawn twice, once on each side.
        for (let k = 0; k < copies[0].length; k++) {
          polygons.push(copies.map((c) => (c[k] || c[0]).map(([lon, lat]) => project(lon, lat))));
        }
      }
      return { id: g.id || null, name: (g.properties && g.properties.name) || "", polygons };
    });
}

/** The outline of the globe in the projection, as an SVG path. */
function sphere() {
  const pts = [];
  for (let lat = -90; lat <= 90; lat += 2) pts.push(project(-180, lat));
  for (let lat = 90; lat >= -90; lat -= 2) pts.push(project(180, lat));
  return pts.map(([x, y], i) => (i ? "L" : "M") + x.toFixed(2) + "," + y.toFixed(2)).join("") + "Z";
}

function loadCountries() {
  if (!topologyPromise) {
    topologyPromise = fetch(TOPOLOGY_URL)
      .then((r) => {
        if (!r.ok) throw new Error("the map data could not be loaded (HTTP " + r.status + ")");
        return r.json();
      })
      .then(countries)
      .catch((e) => {
        topologyPromise = null;
        throw e;
      });
  }
  return topologyPromise;
}

function pathData(polygons) {
  let d = "";
  for (const polygon of polygons) {
    for (const r of polygon) {
      r.forEach(([x, y], i) => {
        d += (i === 0 ? "M" : "L") + x.toFixed(2) + "," + y.toFixed(2);
      });
      d += "Z";
    }
  }
  return d;
}

function area(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]);
  return Math.abs(a / 2);
}

/** The bounding box of a country's largest polygon (so that France is not fitted with French Guiana). */
function mainBox(polygons) {
  let best = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const a = area(polygon[0]);
    if (a > bestArea) {
      bestArea = a;
      best = polygon[0];
    }
  }
  return box(best || []);
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

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

/** The view box that shows a region with a margin, at the map's aspect ratio, never smaller than minWidth. */
function fit(b, world, aspect) {
  const minWidth = 40;
  let w = Math.max(b[2] - b[0], minWidth);
  let h = Math.max(b[3] - b[1], minWidth / aspect);
  w *= 1.25;
  h *= 1.25;
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  const cx = (b[0] + b[2]) / 2;
  const cy = (b[1] + b[3]) / 2;
  let x = cx - w / 2;
  let y = cy - h / 2;
  if (w >= world[2] - world[0]) return world.slice(0, 2).concat([world[2] - world[0], world[3] - world[1]]);
  x = Math.min(Math.max(x, world[0]), world[2] - w);
  y = Math.min(Math.max(y, world[1]), Math.max(world[1], world[3] - h));
  return [x, y, w, h];
}

/**
 * Draws the map into a container.
 *
 * states: Map of ISO numeric key → {label, href, count, point: [lon, lat]}, the states of the results (highlighted,
 * shaded by the number of rows they appear in).
 * allStates: Map of ISO numeric key → {label, href} for every state of the graph (names and links
 * of the others).
 * arrows: [{from: [lon, lat], to: [lon, lat], title}] from sender to destination.
 * notes: sentences shown under the map (what could not be drawn, and why).
 */
export async function drawMap(container, { states, allStates, arrows, notes }) {
  const list = await loadCountries();
  container.textContent = "";

  const figure = document.createElement("figure");
  figure.className = "worldmap";
  container.appendChild(figure);

  const world = list.reduce((b, c) => c.polygons.reduce((bb, p) => union(bb, box(p[0])), b), [Infinity, Infinity, -Infinity, -Infinity]);
  const edge = project(180, 0)[0];
  world[0] = Math.max(world[0], -edge);
  world[2] = Math.min(world[2], edge);
  const aspect = 2;

  // Zoom to the arrows if there are any (they are short and would vanish on a world map), else to
  // the shaded states.
  let focus = null;
  const projectedArrows = arrows.map((a) => ({ ...a, p: project(a.from[0], a.from[1]), q: project(a.to[0], a.to[1]) }));
  for (const a of projectedArrows) {
    const b = box([a.p, a.q]);
    focus = focus ? union(focus, b) : b;
  }
  if (!focus) {
    for (const c of list) {
      if (c.id && states.has(c.id)) focus = focus ? union(focus, mainBox(c.polygons)) : mainBox(c.polygons);
    }
  }
  const worldBox = [world[0], world[1], world[2] - world[0], world[3] - world[1]];
  const focusBox = focus ? fit(focus, world, aspect) : worldBox;

  const svg = el("svg", { class: "worldmap-svg", role: "img", "aria-labelledby": "map-caption", preserveAspectRatio: "xMidYMid meet" }, figure);
  const defs = el("defs", {}, svg);
  const marker = el("marker", { id: "arrowhead", viewBox: "0 0 10 10", refX: "8", refY: "5", markerWidth: "5", markerHeight: "5", orient: "auto-start-reverse" }, defs);
  el("path", { d: "M0,0L10,5L0,10Z", class: "arrowhead" }, marker);
  const outline = sphere();
  const clip = el("clipPath", { id: "globe" }, defs);
  el("path", { d: outline }, clip);
  el("path", { class: "sea", d: outline }, svg);

  const max = Math.max(1, ...[...states.values()].map((s) => s.count || 1));
  const levels = max === 1 ? 1 : Math.min(4, max);
  const level = (n) => (levels === 1 ? 1 : Math.max(1, Math.ceil((n / max) * levels)));

  const gCountries = el("g", { class: "countries", "clip-path": "url(#globe)" }, svg);
  const gLabels = el("g", { class: "map-labels" });
  const labelled = [];
  for (const c of list) {
    const hit = c.id ? states.get(c.id) : null;
    const known = c.id ? allStates.get(c.id) : null;
    const name = (hit && hit.label) || (known && known.label) || c.name;
    const href = (hit && hit.href) || (known && known.href) || null;
    let parent = gCountries;
    if (href) {
      parent = el("a", { href, class: "country-link" }, gCountries);
      parent.setAttribute("aria-label", name + (hit ? " (in the results)" : ""));
    }
    const cls = "country" + (hit ? " hl hl-" + level(hit.count || 1) : "");
    const path = el("path", { d: pathData(c.polygons), class: cls }, parent);
    if (c.id) path.setAttribute("data-iso", c.id);
    el("title", {}, path).textContent = name + (hit && hit.count > 1 ? " — " + hit.count + " rows" : "");
    if (hit) labelled.push({ name, b: mainBox(c.polygons), point: hit.point ? project(hit.point[0], hit.point[1]) : null });
  }

  const unit = focusBox[2] / 100; // one hundredth of the view's width, in user units
  const gArrows = el("g", { class: "arrows" }, svg);
  for (const a of projectedArrows) {
    const [x1, y1] = a.p;
    const [x2, y2] = a.q;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = Math.hypot(dx, dy);
    if (len < 1e-6) continue;
    const bend = 0.2;
    const cx = (x1 + x2) / 2 - dy * bend;
    const cy = (y1 + y2) / 2 + dx * bend;
    const path = el("path", {
      d: `M${x1.toFixed(2)},${y1.toFixed(2)}Q${cx.toFixed(2)},${cy.toFixed(2)} ${x2.toFixed(2)},${y2.toFixed(2)}`,
      class: "arrow", "stroke-width": (unit * 0.45).toFixed(3), "marker-end": "url(#arrowhead)",
    }, gArrows);
    el("title", {}, path).textContent = a.title;
    el("circle", { cx: x1.toFixed(2), cy: y1.toFixed(2), r: (unit * 0.7).toFixed(3), class: "arrow-start" }, gArrows);
  }

  // Names of the shaded states, biggest first, leaving out any that would overlap one already placed
  // or lie outside the view.
  svg.appendChild(gLabels);
  const size = unit * 1.9;
  const placed = [];
  labelled.sort((a, b) => (b.b[2] - b.b[0]) * (b.b[3] - b.b[1]) - (a.b[2] - a.b[0]) * (a.b[3] - a.b[1]));
  for (const { name, b, point } of labelled) {
    const [x0, y0] = point || [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
    const w = name.length * size * 0.6;
    // At the state's point, else a little below or above it.
    let spot = null;
    for (const dy of [0, 1.15, -1.15]) {
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
    const x = x0;
    const y = spot.y;
    const t = el("text", { x: x.toFixed(2), y: y.toFixed(2), "font-size": size.toFixed(3), class: "map-label", "text-anchor": "middle", "dominant-baseline": "middle" }, gLabels);
    t.textContent = name;
  }

  const setView = (b) => svg.setAttribute("viewBox", b.map((v) => v.toFixed(2)).join(" "));
  setView(focusBox);

  // States of the results that the 1:110m shapes leave out (small islands, Andorra, Luxembourg, …).
  const drawn = new Set(list.map((c) => c.id).filter(Boolean));
  const absent = [...states.entries()].filter(([k]) => !drawn.has(k)).map(([, v]) => v.label).sort();
  if (absent.length) {
    notes = notes.concat([(absent.length === 1 ? absent[0] + " is" : absent.join(", ") + " are")
      + " too small for this map's scale (1:110 million) and not drawn."]);
  }
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
  if (focus) {
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

  if (notes.length) {
    const ul = document.createElement("ul");
    ul.className = "map-notes small muted";
    for (const n of notes) {
      const li = document.createElement("li");
      li.textContent = n;
      ul.appendChild(li);
    }
    figure.appendChild(ul);
  }
}
