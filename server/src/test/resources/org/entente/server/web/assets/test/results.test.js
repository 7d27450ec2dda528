import { test, assert } from "./harness.js";
import { createResults } from "/assets/js/results.js";

// Two views of a made-up registry: "list" for every SELECT, "count" only once the result is described.
function panel() {
  const root = document.createElement("section");
  root.innerHTML = '<p class="summary"></p><div class="downloads"></div><div class="tabs" role="tablist"></div><div class="panels"></div>';
  document.getElementById("sandbox").appendChild(root);
  const drawn = [];
  const views = [
    { id: "list", label: "List", accepts: (r) => r.kind === "select", render: (p, r) => { drawn.push("list"); p.textContent = r.rows.length + " rows"; } },
    { id: "count", label: "Count", accepts: (r) => !!r.info, render: (p) => { drawn.push("count"); p.textContent = "described"; } },
  ];
  const changes = [];
  const results = createResults(
    { section: root, summary: root.querySelector(".summary"), downloads: root.querySelector(".downloads"), tablist: root.querySelector(".tabs"), panels: root.querySelector(".panels") },
    { views, ctx: {}, endpoint: () => "/kg/sparql", onViewChange: (id) => changes.push(id) });
  return { root, results, drawn, changes };
}
const RESULT = () => ({ kind: "select", vars: ["s"], rows: [{}, {}], ms: 12, request: { kind: "free", query: "SELECT * {}", example: null, values: {} } });

test("results: tabs and panels come from the view registry; a view is drawn when shown", () => {
  const { root, results, drawn } = panel();
  assert.equal([...root.querySelectorAll("[role=tab]")].map((t) => [t.id, t.getAttribute("aria-controls"), t.textContent]),
    [["tab-list", "view-list", "List"], ["tab-count", "view-count", "Count"]]);
  const r = RESULT();
  results.show(r);
  assert.equal(root.querySelector(".summary").textContent, "2 rows in 12 ms");
  assert.equal(drawn, ["list"]);
  assert.ok(root.querySelector("#tab-count").hidden, "not offered before the result is described");
  assert.equal(root.querySelector("#tab-list").getAttribute("aria-selected"), "true");
  assert.equal([...root.querySelectorAll("a.download")].map((a) => a.dataset.format), ["csv", "tsv", "json"]);
  root.remove();
});

test("results: a view asked for by a link is shown once the result offers it", () => {
  const { root, results, drawn } = panel();
  results.want("count");
  const r = RESULT();
  results.show(r);
  assert.equal([results.shown(), results.view()], ["list", "count"], "the link keeps the view asked for");
  r.info = new Map();
  results.described(r);
  assert.equal(results.shown(), "count");
  assert.equal(root.dataset.labels, "done");
  assert.ok(!root.querySelector("#view-count").hidden);
  assert.ok(root.querySelector("#view-list").hidden);
  assert.equal(drawn, ["list", "count"]);
  root.remove();
});

test("results: clicking a tab shows it and says so; arrow keys move between the tabs offered", () => {
  const { root, results, changes } = panel();
  const r = RESULT();
  r.info = new Map();
  results.show(r);
  root.querySelector("#tab-count").click();
  assert.equal([results.shown(), results.view(), changes], ["count", "count", ["count"]]);
  root.querySelector("#tab-count").dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  assert.equal([results.shown(), results.view()], ["list", "list"]);
  results.hide();
  assert.ok(root.hidden);
  root.remove();
});
