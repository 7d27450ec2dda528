// The results panel: the summary, the downloads, and the views of the result (views/index.js) as
// ARIA tabs; a view is drawn when it is shown, again once the result's IRIs are described.

import { plural } from "./format.js";
import { downloadLinks, fileText } from "./formats.js";

/**
 * The panel. els: {section, summary, downloads, tablist, panels}; views: the view registry;
 * ctx: what views are given (iris, labelOf, allStates()); onViewChange(id): after the user picks
 * a view. Returns {show(result), described(result), failedToDescribe(result), hide(), want(id),
 * view(), shown()}.
 */
export function createResults(els, { views, ctx, endpoint, onViewChange }) {
  const tabs = new Map();
  let result = null;
  let current = null;
  let wanted = views.length ? views[0].id : null;
  let drawn = new Set();

  for (const v of views) {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.setAttribute("role", "tab");
    tab.id = "tab-" + v.id;
    tab.dataset.view = v.id;
    tab.setAttribute("aria-controls", "view-" + v.id);
    tab.setAttribute("aria-selected", "false");
    tab.tabIndex = -1;
    tab.hidden = true;
    tab.textContent = v.label;
    const panel = document.createElement("div");
    panel.id = "view-" + v.id;
    panel.className = "view";
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", tab.id);
    panel.hidden = true;
    els.tablist.appendChild(tab);
    els.panels.appendChild(panel);
    tabs.set(v.id, { view: v, tab, panel });
    tab.addEventListener("click", () => {
      wanted = v.id;
      select(v.id);
      onViewChange(current);
    });
    tab.addEventListener("keydown", (e) => {
      const shown = [...tabs.values()].filter((t) => !t.tab.hidden).map((t) => t.tab);
      const i = shown.indexOf(tab);
      let next = null;
      if (e.key === "ArrowRight") next = shown[(i + 1) % shown.length];
      if (e.key === "ArrowLeft") next = shown[(i - 1 + shown.length) % shown.length];
      if (e.key === "Home") next = shown[0];
      if (e.key === "End") next = shown[shown.length - 1];
      if (next) {
        e.preventDefault();
        next.focus();
        next.click();
      }
    });
  }

  const available = (id) => tabs.has(id) && !tabs.get(id).tab.hidden;

  function refreshTabs() {
    for (const { view, tab } of tabs.values()) tab.hidden = !result || !view.accepts(result, ctx);
  }

  function draw(id) {
    if (!result || drawn.has(id)) return;
    drawn.add(id);
    const { view, panel } = tabs.get(id);
    view.render(panel, result, ctx);
  }

  /** Shows a view if the result offers it, else the first view it offers. */
  function select(id) {
    if (!available(id)) id = [...tabs.keys()].find(available) || null;
    current = id;
    for (const [k, { tab, panel }] of tabs) {
      const on = k === id;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      panel.hidden = !on;
    }
    if (id) draw(id);
  }

  function summary(r) {
    const time = " in " + r.ms + " ms";
    if (r.kind === "select") {
      return plural(r.rows.length, "row", "rows") + time + (r.request.example ? " · " + r.request.example.title : "");
    }
    if (r.kind === "ask") return "The answer is " + (r.value ? "yes" : "no") + time;
    return "A graph (Turtle)" + time;
  }

  function renderDownloads(r) {
    const box = els.downloads;
    box.textContent = "";
    const label = document.createElement("span");
    label.className = "small muted";
    label.textContent = "Download:";
    box.appendChild(label);
    for (const link of downloadLinks(r.kind, r.request, endpoint())) {
      const a = document.createElement("a");
      a.className = "download";
      a.dataset.format = link.format;
      a.download = link.file;
      a.textContent = link.name;
      // Too long for a GET: the file is written here from the result, in the same W3C format.
      a.href = link.href || URL.createObjectURL(new Blob([fileText(link.format, r)], { type: link.mime }));
      a.type = link.mime;
      box.appendChild(a);
    }
  }

  return {
    /** Shows a new result, in the view wanted if it offers it (maybe only once it is described). */
    show(r) {
      result = r;
      drawn = new Set();
      delete els.section.dataset.labels; // set again once the IRIs are described
      els.section.hidden = false;
      els.summary.textContent = summary(r);
      renderDownloads(r);
      refreshTabs();
      select(wanted);
    },

    /** The result's IRIs are described (labels, types, places): draw again, offer more views. */
    described(r) {
      if (r !== result) return;
      drawn = new Set();
      refreshTabs();
      select(available(wanted) ? wanted : current);
      els.section.dataset.labels = "done";
    },

    failedToDescribe(r) {
      if (r === result) els.section.dataset.labels = "failed";
    },

    hide() {
      result = null;
      current = null;
      els.section.hidden = true;
    },

    /** The view to show (from a link, or Back): now if the result offers it, else once it does. */
    want(id) {
      wanted = id;
      if (result && available(id)) select(id);
    },

    /**
     * The view asked for (by a link or a click), for the address: it is shown as soon as a result
     * offers it, and the link keeps it when a result does not.
     */
    view: () => wanted,

    /** The view shown now, or null. */
    shown: () => current,
  };
}
