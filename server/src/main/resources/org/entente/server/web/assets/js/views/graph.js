// The Graph view: a node-link drawing of a graph result (CONSTRUCT, DESCRIBE; asked again as
// N-Triples) or of a SELECT result with two IRI columns; each node a link to its page, bounded in
// size with a message when cut (graph.js says what and where).

import { graphData, layout, linkColumns, parseNTriples } from "../graph.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 900;
const HEIGHT = 560;

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (parent) parent.appendChild(e);
  return e;
}

const n1 = (x) => Math.round(x * 10) / 10;

async function triplesOf(result, ctx) {
  if (result.kind === "graph") return parseNTriples(await ctx.client.nTriples(result.request));
  const [a, b] = linkColumns(result.vars, result.rows);
  return result.rows.filter((r) => r[a] && r[b]).map((r) => ({ s: r[a], p: null, o: r[b] }));
}

function nameOf(node, ctx) {
  return node.term.type === "bnode" ? "_:" + node.term.value : ctx.labelOf(node.term.value);
}

/** Draws nodes and links (graph.graphData) into a container. */
export function drawGraph(container, data, ctx, columns) {
  container.textContent = "";
  const figure = document.createElement("figure");
  figure.className = "graph";
  container.appendChild(figure);
  const pos = layout(data.nodes, data.links, { width: WIDTH, height: HEIGHT });
  const svg = el("svg", { class: "graph-svg", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "group", "aria-labelledby": "graph-caption" }, figure);
  const marker = el("marker", { id: "graph-arrow", viewBox: "0 0 10 10", refX: "19", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto" }, el("defs", {}, svg));
  el("path", { d: "M0,0L10,5L0,10Z", class: "graph-arrowhead" }, marker);
  const gLinks = el("g", { class: "graph-links" }, svg);
  for (const l of data.links) {
    const [x1, y1] = pos.get(l.source);
    const [x2, y2] = pos.get(l.target);
    const line = el("line", { x1: n1(x1), y1: n1(y1), x2: n1(x2), y2: n1(y2), class: "graph-link", "marker-end": "url(#graph-arrow)" }, gLinks);
    const names = [l.source, l.target].map((id) => nameOf(data.nodes.find((n) => n.id === id), ctx));
    el("title", {}, line).textContent = names[0] + " → " + (l.p ? ctx.iris.shortName(l.p) + " → " : "") + names[1];
  }
  const gNodes = el("g", { class: "graph-nodes" }, svg);
  for (const node of data.nodes) {
    const [x, y] = pos.get(node.id);
    const name = nameOf(node, ctx);
    const href = node.term.type === "uri" ? ctx.iris.href(node.term.value) : null;
    const parent = href ? el("a", { href, class: "graph-node-link", "aria-label": name }, gNodes) : el("g", {}, gNodes);
    if (href && !ctx.iris.isLocal(href)) {
      parent.setAttribute("target", "_blank");
      parent.setAttribute("rel", "noopener noreferrer");
    }
    const circle = el("circle", { cx: n1(x), cy: n1(y), r: Math.min(12, 5 + node.degree), class: "graph-node" + (node.term.type === "bnode" ? " bnode" : "") }, parent);
    circle.dataset.iri = node.term.value;
    el("title", {}, circle).textContent = name + (node.term.type === "uri" ? " <" + node.term.value + ">" : "");
    const text = el("text", { x: n1(x), y: n1(y - 14), class: "graph-label", "text-anchor": "middle" }, parent);
    text.textContent = name.length > 28 ? name.slice(0, 27) + "…" : name;
  }
  const caption = document.createElement("figcaption");
  caption.id = "graph-caption";
  caption.className = "small muted";
  caption.textContent = data.nodes.length + " nodes and " + data.links.length + " links"
    + (columns ? " (" + columns[0] + " → " + columns[1] + ")" : "") + ". Hover for names; a click opens the page.";
  figure.appendChild(caption);
  const notes = [];
  if (data.cut.nodes || data.cut.links) {
    notes.push("The graph is cut to stay readable: " + data.nodes.length + " of " + data.total.nodes + " nodes (those with the most links) and "
      + data.links.length + " of " + data.total.links + " links are drawn.");
  }
  if (data.literals) notes.push(data.literals + (data.literals === 1 ? " triple has" : " triples have") + " a literal value and " + (data.literals === 1 ? "is" : "are") + " not drawn; the Text tab shows them.");
  if (notes.length) {
    const ul = document.createElement("ul");
    ul.className = "graph-notes small muted";
    for (const n of notes) {
      const li = document.createElement("li");
      li.textContent = n;
      ul.appendChild(li);
    }
    figure.appendChild(ul);
  }
}

export const graphView = {
  id: "graph",
  label: "Graph",
  accepts: (result, ctx) => result.kind === "graph" ? !!ctx.client : result.kind === "select" && !!linkColumns(result.vars, result.rows),
  async render(panel, result, ctx) {
    panel.textContent = "Drawing the graph…";
    try {
      const data = graphData(await triplesOf(result, ctx));
      if (!data.nodes.length) {
        panel.textContent = "Nothing to draw: no link between two resources" + (data.literals ? " (" + data.literals + " triples with literal values, in the Text tab)." : ".");
        return;
      }
      if (result.kind === "graph") {
        await ctx.describe(["s"], data.nodes.filter((n) => n.term.type === "uri").map((n) => ({ s: n.term })));
      }
      drawGraph(panel, data, ctx, result.kind === "select" ? linkColumns(result.vars, result.rows) : null);
    } catch (e) {
      panel.textContent = "The graph could not be drawn: " + e.message;
    }
  },
};
