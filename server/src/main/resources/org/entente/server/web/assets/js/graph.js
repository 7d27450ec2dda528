// What the Graph view draws: nodes and links from a graph (CONSTRUCT, DESCRIBE: read as
// N-Triples) or from a SELECT result with two IRI columns, bounded in size, and where they go (a
// small force-directed layout of our own). Pure: no DOM.

import { ARROW_COLUMNS } from "./mapdata.js";

/** At most this many nodes and links are drawn; the rest is counted in a message. */
export const MAX_NODES = 120;
export const MAX_LINKS = 300;

const ESC = { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" };

function unescape(s) {
  return s.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (m, u4, u8, c) =>
    u4 ? String.fromCharCode(parseInt(u4, 16)) : u8 ? String.fromCodePoint(parseInt(u8, 16)) : ESC[c] !== undefined ? ESC[c] : m);
}

const TERM = /\s*(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([A-Za-z0-9-]+))?)/y;

function term(line, at) {
  TERM.lastIndex = at;
  const m = TERM.exec(line);
  if (!m) return null;
  let t;
  if (m[1] !== undefined) t = { type: "uri", value: unescape(m[1]) };
  else if (m[2] !== undefined) t = { type: "bnode", value: m[2] };
  else {
    t = { type: "literal", value: unescape(m[3]) };
    if (m[4]) t.datatype = m[4];
    if (m[5]) t["xml:lang"] = m[5];
  }
  return { t, end: TERM.lastIndex };
}

/**
 * N-Triples text as [{s, p, o}] of SPARQL JSON terms; a line that is not a triple is an error
 * naming its number.
 */
export function parseNTriples(text) {
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const s = term(line, 0);
    const p = s && term(line, s.end);
    const o = p && term(line, p.end);
    if (!o || !/^\s*\.\s*(#.*)?$/.test(line.slice(o.end)) || s.t.type === "literal" || p.t.type !== "uri") {
      throw new Error("line " + (i + 1) + " is not an N-Triples triple: " + line.slice(0, 60));
    }
    out.push({ s: s.t, p: p.t, o: o.t });
  });
  return out;
}

/** The two columns of a SELECT result that make links: sender/destination (or from/to), else its first two IRI columns. */
export function linkColumns(vars, rows) {
  const pair = ARROW_COLUMNS.find(([a, b]) => vars.includes(a) && vars.includes(b));
  if (pair) return pair;
  const iris = vars.filter((v) => rows.some((r) => r[v] && r[v].type === "uri") && rows.every((r) => !r[v] || r[v].type === "uri"));
  return iris.length >= 2 ? iris.slice(0, 2) : null;
}

const nodeKey = (t) => (t.type === "bnode" ? "_:" : "") + t.value;

/**
 * Nodes and links: triples [{s, p, o}] (p may be null: a link without a name). Only links between
 * IRIs and blank nodes are drawn; literals are counted. Nodes by degree, at most MAX_NODES of
 * them. Returns {nodes: [{id, term, degree}], links: [{source, target, p}], cut: {nodes, links}
 * (how many of each were left out), literals, total: {nodes, links}}.
 */
export function graphData(triples, { maxNodes = MAX_NODES, maxLinks = MAX_LINKS } = {}) {
  const nodes = new Map();
  const links = [];
  const seen = new Set();
  let literals = 0;
  for (const { s, p, o } of triples) {
    if (o.type === "literal") {
      literals++;
      continue;
    }
    const a = nodeKey(s);
    const b = nodeKey(o);
    const key = a + " " + (p ? p.value : "") + " " + b;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    for (const [k, t] of [[a, s], [b, o]]) {
      if (!nodes.has(k)) nodes.set(k, { id: k, term: t, degree: 0 });
      nodes.get(k).degree++;
    }
    links.push({ source: a, target: b, p: p ? p.value : null });
  }
  const all = [...nodes.values()].sort((x, y) => y.degree - x.degree || x.id.localeCompare(y.id));
  const kept = all.slice(0, maxNodes);
  const ids = new Set(kept.map((n) => n.id));
  const among = links.filter((l) => ids.has(l.source) && ids.has(l.target));
  const drawn = among.slice(0, maxLinks);
  return {
    nodes: kept, links: drawn, literals,
    total: { nodes: all.length, links: links.length },
    cut: { nodes: all.length - kept.length, links: links.length - drawn.length },
  };
}

/** A small deterministic pseudo-random sequence (the layout is the same every time). */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 100000) / 100000;
  };
}

/**
 * Places nodes in a width × height box (a margin of 30 kept): nodes repel, links pull, a weak
 * pull to the centre keeps parts that are not linked together near; a fixed number of cooling
 * steps from a deterministic start (Fruchterman and Reingold's method), then scaled into the box.
 * Returns Map id → [x, y].
 */
export function layout(nodes, links, { width = 800, height = 500, steps = 300, margin = 30 } = {}) {
  const rnd = random(nodes.length * 7919 + links.length);
  const n = nodes.length;
  const k = 1; // the ideal distance, in the simulation's units
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    const r = Math.sqrt(n) * (0.5 + 0.5 * rnd());
    return [r * Math.cos(a), r * Math.sin(a)];
  });
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const edges = links.map((l) => [index.get(l.source), index.get(l.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  for (let step = 0; step < steps; step++) {
    const t = 0.1 * Math.sqrt(n) * (1 - step / steps) + 0.01; // how far a node may move: cooling
    const disp = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i][0] - pos[j][0];
        let dy = pos[i][1] - pos[j][1];
        let d2 = dx * dx + dy * dy;
        if (d2 < 1e-6) {
          dx = rnd() - 0.5;
          dy = rnd() - 0.5;
          d2 = dx * dx + dy * dy;
        }
        const f = (k * k) / d2; // k²/d along the unit vector
        disp[i][0] += dx * f;
        disp[i][1] += dy * f;
        disp[j][0] -= dx * f;
        disp[j][1] -= dy * f;
      }
    }
    for (const [a, b] of edges) {
      const dx = pos[a][0] - pos[b][0];
      const dy = pos[a][1] - pos[b][1];
      const f = Math.sqrt(dx * dx + dy * dy) / k; // d²/k along the unit vector
      disp[a][0] -= dx * f;
      disp[a][1] -= dy * f;
      disp[b][0] += dx * f;
      disp[b][1] += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i][0] -= pos[i][0] * 0.6;
      disp[i][1] -= pos[i][1] * 0.6;
      const d = Math.hypot(disp[i][0], disp[i][1]) || 1;
      const m = Math.min(d, t);
      pos[i][0] += (disp[i][0] / d) * m;
      pos[i][1] += (disp[i][1] / d) * m;
    }
  }
  // Into the box: one scale for both axes, centred.
  const xs = pos.map((p) => p[0]);
  const ys = pos.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * margin) / (x1 - x0 || 1), (height - 2 * margin) / (y1 - y0 || 1));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return new Map(nodes.map((d, i) => [d.id, [width / 2 + (pos[i][0] - cx) * scale, height / 2 + (pos[i][1] - cy) * scale]]));
}
