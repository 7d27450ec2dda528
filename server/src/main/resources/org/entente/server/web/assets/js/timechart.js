// The timeline drawn in SVG: one lane per entity, bars for periods, points for events of a day or
// an instant, month- or year-long marks for events of that precision; an axis with round ticks;
// zoom (buttons, the mouse wheel) and panning (buttons, dragging). timeline.js says what is drawn.

import { formatTime, isoOf, panDomain, timeScale, timeTicks, zoomDomain } from "./timeline.js";

const SVG = "http://www.w3.org/2000/svg";
const LANE = 22;
const AXIS = 30;
/** Marks narrower than this (px) are drawn as points when they are events of a day or an instant. */
const POINT = 6;
export const PALETTE = 8;

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (parent) parent.appendChild(e);
  return e;
}

function html(name, className, text) {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(text, label, onClick) {
  const b = html("button", "tl-button", text);
  b.type = "button";
  if (label) b.setAttribute("aria-label", label);
  b.addEventListener("click", onClick);
  return b;
}

const n1 = (x) => Math.round(x * 10) / 10;

/** The class of a colour value: tl-c0 … tl-c7 by its place among the values. */
export function colourClass(colours, value) {
  const i = value === null || value === undefined ? 0 : colours.indexOf(value);
  return "tl-c" + (Math.max(0, i) % PALETTE);
}

/**
 * Draws a timeline (timeline.timelineData) into a container. colours: {columns, chosen,
 * onChoose(column)}, the columns that may colour the marks. Returns {domain(), zoom(k), pan(share),
 * reset()}.
 */
export function drawTimeline(container, data, { colours = { columns: [], chosen: null, onChoose() {} } } = {}) {
  container.textContent = "";
  const figure = html("figure", "timeline");
  container.appendChild(figure);

  const controls = html("div", "tl-controls");
  if (colours.columns.length) {
    const label = html("label", "small", "Colour by ");
    const select = document.createElement("select");
    select.id = "tl-colour";
    select.appendChild(Object.assign(document.createElement("option"), { value: "", textContent: "(one colour)" }));
    for (const c of colours.columns) select.appendChild(Object.assign(document.createElement("option"), { value: c, textContent: c }));
    select.value = colours.chosen || "";
    select.addEventListener("change", () => colours.onChoose(select.value || null));
    label.htmlFor = select.id;
    controls.append(label, select);
  }
  const full = data.domain;
  let view = full.slice();
  const zoom = (k, at) => { view = zoomDomain(view, k, at === undefined ? (view[0] + view[1]) / 2 : at, full); paint(); };
  const pan = (share) => { view = panDomain(view, share, full); paint(); };
  const reset = () => { view = full.slice(); paint(); };
  const range = html("span", "tl-range small muted");
  range.setAttribute("aria-live", "polite");
  controls.append(
    button("+", "Zoom in", () => zoom(0.5)),
    button("−", "Zoom out", () => zoom(2)),
    button("←", "Earlier", () => pan(-0.25)),
    button("→", "Later", () => pan(0.25)),
    button("Whole period", null, reset),
    range);
  figure.appendChild(controls);

  const width = Math.max(600, Math.round(container.clientWidth || 900));
  const gutter = Math.round(Math.min(240, width * 0.3));
  const height = AXIS + data.lanes.length * LANE + 8;
  const svg = el("svg", { class: "timeline-svg", viewBox: `0 0 ${width} ${height}`, role: "group", "aria-labelledby": "tl-caption", "data-plot": gutter + " " + (width - 8) }, figure);
  const clipId = "tl-clip";
  el("rect", { x: gutter, y: 0, width: width - gutter - 8, height }, el("clipPath", { id: clipId }, el("defs", {}, svg)));
  const laneIndex = new Map(data.lanes.map((l, i) => [l.key, i]));

  // The lanes and their names (links to the pages), drawn once.
  const gLanes = el("g", { class: "tl-lanes" }, svg);
  const maxChars = Math.floor(gutter / 7.2);
  data.lanes.forEach((lane, i) => {
    const y = AXIS + i * LANE;
    if (i % 2) el("rect", { x: 0, y, width, height: LANE, class: "tl-stripe" }, gLanes);
    const parent = lane.href ? el("a", { href: lane.href, class: "tl-lane-link" }, gLanes) : gLanes;
    const t = el("text", { x: gutter - 6, y: y + LANE / 2, class: "tl-lane", "text-anchor": "end", "dominant-baseline": "middle" }, parent);
    t.textContent = lane.label.length > maxChars ? lane.label.slice(0, maxChars - 1) + "…" : lane.label;
    if (lane.label.length > maxChars) el("title", {}, t).textContent = lane.label;
  });
  const gAxis = el("g", { class: "tl-axis" }, svg);
  const gMarks = el("g", { class: "tl-marks", "clip-path": `url(#${clipId})` }, svg);

  function paint() {
    const s = timeScale(view, [gutter, width - 8]);
    gAxis.textContent = "";
    gMarks.textContent = "";
    const { ticks } = timeTicks(view, Math.max(2, Math.floor((width - gutter) / 70)));
    for (const { t, label } of ticks) {
      const x = n1(s(t));
      el("line", { x1: x, x2: x, y1: AXIS - 6, y2: height - 4, class: "tl-grid" }, gAxis);
      const anchor = x > width - 30 ? "end" : x < gutter + 20 ? "start" : "middle";
      el("text", { x, y: AXIS - 10, class: "tl-tick", "text-anchor": anchor }, gAxis).textContent = label;
    }
    for (const m of data.marks) {
      if (m.end < view[0] || m.start > view[1]) continue;
      const y = AXIS + laneIndex.get(m.lane) * LANE;
      const x0 = Math.max(gutter - 2, s(m.start));
      const x1 = Math.min(width, s(m.end));
      const parent = m.href ? el("a", { href: m.href, class: "tl-link", "aria-label": m.title }, gMarks) : gMarks;
      const cls = colourClass(data.colours, m.colour);
      const attrs = { "data-start": isoOf(m.start), "data-end": isoOf(m.end), "data-precision": m.precision, "data-kind": m.kind, "data-row": m.row };
      let shape;
      if (m.kind === "event" && (m.precision === "day" || m.precision === "instant") && x1 - x0 < POINT) {
        shape = el("circle", { cx: n1((x0 + x1) / 2), cy: y + LANE / 2, r: 5, class: "tl-mark tl-point " + cls, ...attrs }, parent);
      } else {
        const w = Math.max(2, x1 - x0);
        shape = el("rect", {
          x: n1(x0), y: y + 4, width: n1(w), height: LANE - 8, rx: 2,
          class: "tl-mark " + (m.kind === "period" ? "tl-bar" : "tl-event") + (m.open ? " tl-open" : "") + " " + cls, ...attrs,
        }, parent);
      }
      el("title", {}, shape).textContent = m.title;
    }
    const unit = view[1] - view[0] > 3 * 365.25 * 86400000 ? "year" : view[1] - view[0] > 90 * 86400000 ? "month" : "day";
    range.textContent = formatTime(view[0], unit) + " – " + formatTime(view[1], unit);
    svg.dataset.from = isoOf(view[0]);
    svg.dataset.to = isoOf(view[1]);
  }
  paint();

  // The mouse wheel zooms around the time under the pointer; dragging pans.
  const timeAt = (clientX) => {
    const r = svg.getBoundingClientRect();
    const x = ((clientX - r.left) * width) / (r.width || width);
    return timeScale(view, [gutter, width - 8]).invert(x);
  };
  svg.addEventListener("wheel", (e) => {
    if (!e.ctrlKey && !e.shiftKey && Math.abs(e.deltaY) < Math.abs(e.deltaX)) return;
    e.preventDefault();
    zoom(e.deltaY < 0 ? 0.8 : 1.25, timeAt(e.clientX));
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0 || e.target.closest("a")) return;
    drag = { x: e.clientX, view: view.slice() };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const r = svg.getBoundingClientRect();
    const share = -((e.clientX - drag.x) * width) / (r.width || width) / (width - gutter - 8);
    view = panDomain(drag.view, share, full);
    paint();
  });
  const stop = () => { drag = null; };
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);

  const caption = html("figcaption", "small muted");
  caption.id = "tl-caption";
  const periods = data.marks.filter((m) => m.kind === "period").length;
  const events = data.marks.length - periods;
  const parts = [];
  if (periods) parts.push(periods === 1 ? "1 period (a bar)" : periods + " periods (bars)");
  if (events) parts.push(events === 1 ? "1 event" : events + " events");
  caption.textContent = "Timeline of " + parts.join(" and ") + " in " + (data.lanes.length === 1 ? "1 lane" : data.lanes.length + " lanes")
    + ", each at the precision of its date. Hover for the dates; a click opens the page; the wheel zooms, dragging moves.";
  figure.appendChild(caption);

  if (data.colours.length) {
    const legend = html("ul", "tl-legend small");
    legend.setAttribute("aria-label", "Colours");
    for (const c of data.colours) {
      const li = html("li");
      const sw = html("span", "swatch " + colourClass(data.colours, c));
      sw.setAttribute("aria-hidden", "true");
      li.append(sw, " " + c);
      legend.appendChild(li);
    }
    figure.appendChild(legend);
  }
  if (data.notes.length) {
    const ul = html("ul", "tl-notes small muted");
    for (const n of data.notes) ul.appendChild(html("li", "", n));
    figure.appendChild(ul);
  }

  return { domain: () => view.slice(), zoom, pan, reset };
}
