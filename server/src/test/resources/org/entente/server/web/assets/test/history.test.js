import { test, assert } from "./harness.js";
import {
  HISTORY_KEY, HISTORY_MAX, TABS_MAX, addToHistory, clearHistory, closeTab, openTab, queryKey, readHistory, readTabs, switchTab,
  titleOf, updateActiveTab,
} from "/assets/js/history.js";

function fakeStorage(initial = {}) {
  const m = new Map(Object.entries(initial));
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), map: m };
}
const entry = (url, title = url) => ({ url, title, view: "table", time: "2026-01-01T00:00:00Z" });

test("history: the same query whatever its view or map date", () => {
  assert.equal(queryKey("/?name=a&asOf=1990-01-01&view=map&at=1985-01-01&colour=progress"), queryKey("/?asOf=1990-01-01&name=a"));
  assert.ok(queryKey("/?name=a&asOf=1990-01-01") !== queryKey("/?name=a&asOf=1991-01-01"));
});

test("history: newest first, one entry per query, at most twenty", () => {
  const s = fakeStorage();
  addToHistory(s, entry("/?name=a"));
  addToHistory(s, entry("/?name=b"));
  const list = addToHistory(s, { ...entry("/?name=a&view=timeline"), view: "timeline" });
  assert.equal(list.map((e) => e.url), ["/?name=a&view=timeline", "/?name=b"]);
  assert.equal(readHistory(s), list, "written");
  for (let i = 0; i < 30; i++) addToHistory(s, entry("/?query=" + i));
  assert.equal(readHistory(s).length, HISTORY_MAX);
  assert.equal(readHistory(s)[0].url, "/?query=29");
  assert.equal(clearHistory(s), []);
  assert.equal(readHistory(s), []);
});

test("history: what the storage holds that is not a history is no history", () => {
  assert.equal(readHistory(fakeStorage({ [HISTORY_KEY]: "{not json" })), []);
  assert.equal(readHistory(fakeStorage({ [HISTORY_KEY]: "{\"a\":1}" })), []);
  assert.equal(readHistory(fakeStorage({ [HISTORY_KEY]: "[{\"url\":1},{\"url\":\"/\",\"title\":\"x\"}]" })).length, 1);
  const full = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); } };
  assert.equal(addToHistory(full, entry("/?name=a")).length, 1, "a full storage: the page goes on");
});

test("history: titles of examples and of one's own queries", () => {
  assert.equal(titleOf({ example: { title: "Members" }, values: { alliance: "NATO", asOf: "" } }), "Members (alliance = NATO)");
  assert.equal(titleOf({ query: "PREFIX ent: <x>\n\nSELECT ?s WHERE { ?s ?p ?o }" }), "SELECT ?s WHERE { ?s ?p ?o }");
  assert.equal(titleOf({ query: "# Which organisations are there?\nSELECT …" }), "Which organisations are there?");
  assert.equal(titleOf({ query: "" }), "(empty query)");
  assert.equal(titleOf({ query: "SELECT " + "x".repeat(100) }).length, 80);
});

test("history: tabs open, switch, keep their addresses and close", () => {
  const s = fakeStorage();
  let t = readTabs(s);
  assert.equal(t, { tabs: [{ id: "t1", url: "/", title: "New query" }], active: "t1" }, "one tab to start");
  t = updateActiveTab(s, t, "/?name=a", "A");
  t = openTab(s, t);
  assert.equal(t.active, "t2");
  t = updateActiveTab(s, t, "/?name=b", "B");
  assert.equal(readTabs(s), t, "kept in the storage");
  assert.equal(t.tabs.map((x) => [x.id, x.url, x.title]), [["t1", "/?name=a", "A"], ["t2", "/?name=b", "B"]]);
  t = switchTab(s, t, "t1");
  assert.equal(readTabs(s).active, "t1");
  assert.equal(switchTab(s, t, "nope"), t);
  t = closeTab(s, t, "t1");
  assert.equal([t.active, t.tabs.length], ["t2", 1], "the neighbour becomes active");
  assert.equal(closeTab(s, t, "t2"), t, "the last tab stays");
  for (let i = 0; i < 20; i++) t = openTab(s, t);
  assert.equal(t.tabs.length, TABS_MAX);
  assert.equal(new Set(t.tabs.map((x) => x.id)).size, TABS_MAX, "ids are unique");
});
