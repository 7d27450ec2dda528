// The Map view: the states of a result shaded on a world map, and arrows from sender to
// destination (mapdata.js says what; worldmap.js draws it). Offered once the result's IRIs are
// described, when something in it has a place on the map.

import { drawMap } from "../worldmap.js";
import { mapData } from "../mapdata.js";

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

export const mapView = {
  id: "map",
  label: "Map",
  accepts: (result, ctx) => !!mapOf(result, ctx),
  async render(panel, result, ctx) {
    panel.textContent = "Drawing the map…";
    try {
      const allStates = await ctx.allStates();
      await drawMap(panel, { ...mapOf(result, ctx), allStates });
    } catch (e) {
      panel.textContent = "The map could not be drawn: " + e.message;
    }
  },
};
