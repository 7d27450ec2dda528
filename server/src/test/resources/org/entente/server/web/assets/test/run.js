// Imports every test file, runs the tests and shows the results; window.testResults and
// data-done on <body> are what WebFormUnitTest reads.

import { run } from "./harness.js";
import "./urlstate.test.js";
import "./querytext.test.js";
import "./iris.test.js";
import "./format.test.js";
import "./messages.test.js";
import "./mapdata.test.js";
import "./formats.test.js";
import "./terms.test.js";
import "./completion.test.js";
import "./topojson.test.js";
import "./pagequeries.test.js";
import "./http.test.js";
import "./describe.test.js";
import "./params.test.js";
import "./results.test.js";
import "./worldmap.test.js";
import "./timeline.test.js";
import "./timeslider.test.js";
import "./history.test.js";
import "./graph.test.js";
import "./draft.test.js";

const results = await run();
const failed = results.filter((r) => !r.ok);
const ol = document.getElementById("tests");
for (const r of results) {
  const li = document.createElement("li");
  li.className = r.ok ? "pass" : "fail";
  li.textContent = (r.ok ? "ok " : "FAILED ") + r.name + (r.ok ? "" : ": " + r.message);
  ol.appendChild(li);
}
document.getElementById("summary").textContent = (results.length - failed.length) + " passed, " + failed.length + " failed";
window.testResults = results;
document.body.dataset.done = "true";
