import { test, assert } from "./harness.js";
import { createProjection, drawMap, fit, loadD3 } from "/assets/js/worldmap.js";

test("worldmap: d3-geo's Natural Earth projection, 100 units per radian, north up", async () => {
  const d3 = await loadD3();
  const p = createProjection(d3);
  const [x, y] = p([180, 0]);
  assert.ok(Math.abs(x - 87.07 * Math.PI) < 1e-6 && Math.abs(y) < 1e-9, "the equator's end at 0.8707 π: " + x);
  assert.equal(p([0, 0]), [0, 0]);
  const [, north] = p([0, 60]);
  assert.ok(north < -100 && north > -110, "60°N a little above 1.047 radians up: " + north);
});

test("worldmap: a view box fits a region at 2:1 with a margin, inside the world", () => {
  const world = [-270, -130, 270, 140];
  assert.equal(fit([0, 0, 100, 10], world), [-12.5, -26.25, 125, 62.5]);
  assert.equal(fit([-300, -200, 300, 200], world), [-270, -130, 540, 270], "bigger than the world: the world");
  const [x, , w] = fit([250, 0, 260, 10], world);
  assert.ok(x + w <= 270 + 1e-9, "kept inside on the right");
});

test("worldmap: states shaded and linked, arrows, names, notes; nothing torn across the antimeridian", async () => {
  const box = document.createElement("div");
  document.getElementById("sandbox").appendChild(box);
  const states = new Map([
    ["616", { label: "Poland", href: "/id/state/POL", count: 3, point: [19, 52] }],
    ["246", { label: "Finland", href: "/id/state/FIN", count: 1, point: null }],
    ["470", { label: "Malta", href: "/id/state/MLT", count: 1, point: null }],
  ]);
  const allStates = new Map([["643", { label: "Russia", href: "/id/state/RUS" }], ["242", { label: "Fiji", href: "/id/state/FJI" }]]);
  await drawMap(box, { states, allStates, arrows: [{ from: [10, 56], to: [24, 55], title: "Denmark → Lithuania" }], notes: ["A note."] });

  const hl = [...box.querySelectorAll("svg.worldmap-svg path.country.hl")];
  assert.equal(hl.map((p) => p.getAttribute("data-iso")).sort(), ["246", "616"]);
  const poland = box.querySelector("path.country[data-iso='616']");
  assert.ok(poland.classList.contains("hl-3"), "3 rows, the most: the darkest of three levels: " + poland.getAttribute("class"));
  assert.ok(box.querySelector("path.country[data-iso='246']").classList.contains("hl-1"));
  assert.equal(poland.querySelector("title").textContent, "Poland — 3 rows");
  assert.equal(poland.closest("a").getAttribute("href"), "/id/state/POL");
  assert.equal(box.querySelector("path.country[data-iso='643']").closest("a").getAttribute("href"), "/id/state/RUS");
  assert.equal(box.querySelector("path.country[data-iso='010']"), null, "no Antarctica");
  assert.ok(box.querySelectorAll("path.country").length > 170);
  assert.equal([...box.querySelectorAll("path.arrow title")].map((t) => t.textContent), ["Denmark → Lithuania"]);
  assert.ok([...box.querySelectorAll("text.map-label")].some((t) => t.textContent === "Poland"), "Poland named at its point");
  assert.equal([...box.querySelectorAll("ul.map-notes li")].map((l) => l.textContent),
    ["A note.", "Malta is too small for this map's scale (1:110 million) and not drawn."]);
  assert.match(box.querySelector("figcaption").textContent, /^2 states of the results are shaded; 1 arrow runs from sender to destination\./);
  assert.ok(box.querySelector(".legend"), "a legend when counts differ");

  // Russia and Fiji cross the antimeridian: clipped, no segment of any country runs across the map.
  const vb = box.querySelector("svg").getAttribute("viewBox").split(" ").map(Number);
  assert.ok(vb[2] < 200, "zoomed to the arrow and the states: " + vb);
  for (const p of box.querySelectorAll("path.country")) {
    let prev = null;
    for (const [, cmd, x] of p.getAttribute("d").matchAll(/([MLZ])(-?[\d.]+)?/g)) {
      if (cmd === "L" && prev !== null) assert.ok(Math.abs(Number(x) - prev) < 200, p.getAttribute("data-iso") + " has a segment across the map");
      if (x !== undefined) prev = Number(x);
    }
  }
  box.querySelector("button.map-zoom").click();
  assert.ok(Number(box.querySelector("svg").getAttribute("viewBox").split(" ")[2]) > 500, "the whole world");
  box.remove();
});
