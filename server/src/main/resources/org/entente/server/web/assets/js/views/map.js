// The Map view: the states of a result shaded on a world map, and arrows from sender to
// destination (mapdata.js says what; worldmap.js draws it). Offered once the result's IRIs are
// described, when something in it has a place on the map. For an example with a date parameter
// (asOf), a slider under the map reruns the example on other dates (timeslider.js), through
// /api/queries/{name} like the form, and shades the map again; its date is the link's "at".

import { drawMap } from "../worldmap.js";
import { mapData } from "../mapdata.js";
import { parseAnswer } from "../http.js";
import { isoDay, plural } from "../format.js";
import { STEPS, createCache, dateParameter, earliestDay, nearestIndex, sliderDates } from "../timeslider.js";

const derived = new WeakMap();

/** The map data of a result (memoized), or null. */
export function mapOf(result, ctx) {
  if (result.kind !== "select" || !result.info) return null;
  if (!derived.has(result)) {
    derived.set(result, mapData(result.vars, result.rows, result.info, {
      isState: (d) => ctx.iris.kindOf(d.types) === "state",
      labelOf: ctx.labelOf,
      href: ctx.iris.href,
    }));
  }
  return derived.get(result);
}

/** The name of the performance measure of each frame of the slider (fetch, describe, draw). */
export const FRAME_MEASURE = "entente-map-frame";
/** The shortest time between two frames when playing (ms): at most about seven frames a second. */
export const FRAME_MS = 150;

function html(name, attrs = {}, text) {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The slider under the map, for an example with a date parameter. */
function timeSlider(panel, result, ctx, param, allStates) {
  const req = result.request;
  const anchor = (req.values && req.values[param.name]) || isoDay();
  const today = isoDay();
  const from = earliestDay(param, String(Number(today.slice(0, 4)) - 100) + "-01-01");
  let step = "1y";
  let dates = sliderDates(from, today > anchor ? today : anchor, anchor, step);

  const frames = createCache(async (date) => {
    const qs = new URLSearchParams(req.params);
    qs.set(param.name, date);
    const answer = await ctx.client.runNamed(req.name, qs);
    if (!answer.ok) throw new Error("the server answered HTTP " + answer.status + " for " + param.name + " = " + date);
    const frame = { ...parseAnswer(answer), request: { ...req, params: qs } };
    if (frame.kind === "select") frame.info = await ctx.describe(frame.vars, frame.rows);
    return frame;
  });
  frames.put(anchor, result);

  const mapBox = html("div", { class: "map-frame" });
  const bar = html("div", { class: "map-time", role: "group", "aria-label": "The map through time" });
  const play = html("button", { type: "button", class: "map-play", "aria-pressed": "false" }, "▶ Play");
  const label = html("label", { for: "map-date" }, param.name + " ");
  const slider = html("input", { type: "range", id: "map-date", min: "0", step: "1" });
  const out = html("output", { for: "map-date", id: "map-date-value", "aria-live": "polite" });
  const stepLabel = html("label", { for: "map-step", class: "small" }, "Step ");
  const stepSelect = html("select", { id: "map-step" });
  for (const [id, words] of STEPS) stepSelect.appendChild(html("option", { value: id }, words));
  bar.append(play, label, slider, out, stepLabel, stepSelect);
  panel.append(mapBox, bar);

  let view = null;
  let token = 0;
  let playing = false;
  let shown = null;

  const setRange = (date) => {
    slider.max = String(dates.length - 1);
    slider.dataset.dates = dates.join(" ");
    slider.value = String(nearestIndex(dates, date));
  };

  async function show(date) {
    const id = ++token;
    const started = performance.now();
    const cached = frames.has(date);
    out.textContent = date + " …";
    bar.setAttribute("aria-busy", "true");
    let frame;
    try {
      frame = await frames.get(date);
    } catch (e) {
      if (id === token) {
        out.textContent = date + ": " + e.message;
        bar.removeAttribute("aria-busy");
      }
      return false;
    }
    if (id !== token) return false;
    const data = mapOf(frame, ctx) || { states: new Map(), arrows: [], notes: [] };
    const drawn = await drawMap(mapBox, { ...data, allStates, view });
    if (id !== token) return false;
    view = view || drawn.view;
    shown = date;
    const n = frame.kind === "select" ? frame.rows.length : 0;
    out.textContent = date + ": " + plural(n, "row", "rows") + ", " + plural(data.states.size, "state", "states") + " shaded";
    slider.setAttribute("aria-valuetext", date);
    mapBox.dataset.date = date;
    bar.removeAttribute("aria-busy");
    performance.measure(FRAME_MEASURE, { start: started, detail: { date, cached } }); // cached: asked before (or fetched ahead)
    ctx.setOption("at", date === anchor ? null : date);
    return true;
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  async function playFrom(i) {
    playing = true;
    play.textContent = "⏸ Pause";
    play.setAttribute("aria-pressed", "true");
    out.setAttribute("aria-live", "off"); // not a sentence per frame for a screen reader
    for (; playing && i < dates.length; i++) {
      const started = performance.now();
      slider.value = String(i);
      if (i + 1 < dates.length) frames.get(dates[i + 1]).catch(() => {}); // the next frame, meanwhile
      await show(dates[i]);
      await sleep(Math.max(0, FRAME_MS - (performance.now() - started)));
    }
    stop();
  }
  function stop() {
    playing = false;
    play.textContent = "▶ Play";
    play.setAttribute("aria-pressed", "false");
    out.setAttribute("aria-live", "polite");
  }

  play.addEventListener("click", () => {
    if (playing) return stop();
    const i = Number(slider.value);
    playFrom(i >= dates.length - 1 ? 0 : i);
  });
  slider.addEventListener("input", () => {
    if (playing) stop();
    show(dates[Number(slider.value)]);
  });
  stepSelect.addEventListener("change", () => {
    step = stepSelect.value;
    const at = shown || anchor;
    dates = sliderDates(from, today > anchor ? today : anchor, anchor, step);
    setRange(at);
    show(dates[Number(slider.value)]);
  });

  const wanted = ctx.option("at");
  const start = /^\d{4}-\d{2}-\d{2}$/.test(wanted || "") && wanted >= from && wanted <= today ? wanted : anchor;
  if (start !== anchor && !dates.includes(start)) dates = [...dates, start].sort();
  setRange(start);
  return show(start);
}

export const mapView = {
  id: "map",
  label: "Map",
  options: ["at"],
  accepts: (result, ctx) => !!mapOf(result, ctx),
  async render(panel, result, ctx) {
    panel.textContent = "Drawing the map…";
    try {
      const allStates = await ctx.allStates();
      const param = result.request && result.request.kind === "named" && ctx.client ? dateParameter(result.request.example) : null;
      if (param) {
        panel.textContent = "";
        await timeSlider(panel, result, ctx, param, allStates);
      } else {
        await drawMap(panel, { ...mapOf(result, ctx), allStates });
      }
    } catch (e) {
      panel.textContent = "The map could not be drawn: " + e.message;
    }
  },
};
