// What the page remembers in the browser's localStorage: the last queries run (their address:
// text or example, parameters, view) to reopen, and the query tabs with the address of each.
// Pure: the storage is given (localStorage, or a fake in the tests); a storage that fails or holds
// something else is read as empty.

export const HISTORY_KEY = "entente.history";
export const TABS_KEY = "entente.tabs";
export const HISTORY_MAX = 20;
export const TABS_MAX = 8;

function read(storage, key) {
  try {
    const v = JSON.parse(storage.getItem(key) || "null");
    return v && typeof v === "object" ? v : null;
  } catch (e) {
    return null;
  }
}

function write(storage, key, value) {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch (e) {
    return false; // full, or forbidden: the page works without it
  }
}

/** The address of a state without its view and the views' options: what makes it the same query. */
export function queryKey(url) {
  const q = new URLSearchParams(url.replace(/^[^?]*\??/, ""));
  q.delete("view");
  q.delete("at");
  q.delete("colour");
  q.sort();
  return q.toString();
}

/** A short title for a query: the example's title and parameters, else its first line that says something. */
export function titleOf({ example = null, values = {}, query = "" }) {
  if (example) {
    const params = Object.entries(values).filter(([, v]) => v).map(([k, v]) => k + " = " + v);
    return example.title + (params.length ? " (" + params.join(", ") + ")" : "");
  }
  const lines = query.split("\n").map((l) => l.trim());
  const comment = lines.find((l) => /^#\s*\S/.test(l));
  const line = comment ? comment.replace(/^#\s*/, "") : lines.find((l) => l && !/^(PREFIX|BASE)\b/i.test(l)) || "(empty query)";
  return line.length > 80 ? line.slice(0, 79) + "…" : line;
}

/** The history, newest first: [{url, title, view, time}]. */
export function readHistory(storage) {
  const list = read(storage, HISTORY_KEY);
  return Array.isArray(list) ? list.filter((e) => e && typeof e.url === "string" && typeof e.title === "string") : [];
}

/**
 * Adds an entry ({url, title, view, time}) at the top; an entry of the same query (another view,
 * say) is replaced; at most HISTORY_MAX are kept. Returns the new list, also written.
 */
export function addToHistory(storage, entry) {
  const key = queryKey(entry.url);
  const list = [entry, ...readHistory(storage).filter((e) => queryKey(e.url) !== key)].slice(0, HISTORY_MAX);
  write(storage, HISTORY_KEY, list);
  return list;
}

export function clearHistory(storage) {
  write(storage, HISTORY_KEY, []);
  return [];
}

/** The tabs: {tabs: [{id, url, title}], active: id}; one tab at least. */
export function readTabs(storage) {
  const t = read(storage, TABS_KEY);
  const tabs = t && Array.isArray(t.tabs) ? t.tabs.filter((x) => x && typeof x.id === "string" && typeof x.url === "string") : [];
  if (!tabs.length) return { tabs: [{ id: "t1", url: "/", title: "New query" }], active: "t1" };
  return { tabs: tabs.slice(0, TABS_MAX), active: tabs.some((x) => x.id === t.active) ? t.active : tabs[0].id };
}

function saveTabs(storage, state) {
  write(storage, TABS_KEY, state);
  return state;
}

/** The active tab now holds this address (and title). */
export function updateActiveTab(storage, state, url, title) {
  const tabs = state.tabs.map((t) => (t.id === state.active ? { ...t, url, title: title || t.title } : t));
  return saveTabs(storage, { tabs, active: state.active });
}

/** A new tab with an address, made the active one; none beyond TABS_MAX (the state is returned as it is). */
export function openTab(storage, state, url = "/", title = "New query") {
  if (state.tabs.length >= TABS_MAX) return state;
  let n = state.tabs.length + 1;
  while (state.tabs.some((t) => t.id === "t" + n)) n++;
  const id = "t" + n;
  return saveTabs(storage, { tabs: [...state.tabs, { id, url, title }], active: id });
}

/** Another tab made the active one. */
export function switchTab(storage, state, id) {
  return state.tabs.some((t) => t.id === id) ? saveTabs(storage, { ...state, active: id }) : state;
}

/** A tab closed; the last one is kept. Its neighbour becomes active if it was. */
export function closeTab(storage, state, id) {
  if (state.tabs.length <= 1) return state;
  const i = state.tabs.findIndex((t) => t.id === id);
  if (i < 0) return state;
  const tabs = state.tabs.filter((t) => t.id !== id);
  const active = state.active === id ? tabs[Math.min(i, tabs.length - 1)].id : state.active;
  return saveTabs(storage, { tabs, active });
}
