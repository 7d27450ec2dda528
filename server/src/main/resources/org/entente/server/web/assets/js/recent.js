// The lists of what the page remembers (history.js): the recent queries, each a link that reopens
// it, and the query tabs, each a button (and a button that closes it).

function html(name, className, text) {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const VIEW_WORDS = { table: "", map: " · map", timeline: " · timeline", text: "", graph: " · graph" };

/**
 * The recent queries in a list. onOpen(url): a link was followed (without a modifier key: the
 * page opens it in place). Returns {show(entries)}.
 */
export function createRecentList(ol, { onOpen }) {
  return {
    show(entries) {
      ol.textContent = "";
      if (!entries.length) {
        ol.appendChild(html("li", "muted small", "None yet: the queries you run are kept here, in this browser."));
        return;
      }
      for (const e of entries) {
        const li = html("li");
        const a = html("a", "recent", e.title + (VIEW_WORDS[e.view] || ""));
        a.href = e.url;
        if (e.time) a.title = "Run " + e.time.replace("T", " ").slice(0, 16) + " (UTC)";
        a.addEventListener("click", (ev) => {
          if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
          ev.preventDefault();
          onOpen(e.url);
        });
        li.appendChild(a);
        ol.appendChild(li);
      }
    },
  };
}

/**
 * The query tabs in a list: a button per tab (aria-current on the active one) and one that
 * closes it. onSwitch(id), onClose(id). Returns {show(state)}.
 */
export function createTabBar(ul, { onSwitch, onClose }) {
  return {
    show(state) {
      ul.textContent = "";
      for (const t of state.tabs) {
        const li = html("li", "query-tab" + (t.id === state.active ? " active" : ""));
        li.dataset.tab = t.id;
        const b = html("button", "query-tab-open", t.title || "New query");
        b.type = "button";
        b.title = t.title || "New query";
        if (t.id === state.active) b.setAttribute("aria-current", "true");
        b.addEventListener("click", () => onSwitch(t.id));
        li.appendChild(b);
        if (state.tabs.length > 1) {
          const x = html("button", "query-tab-close", "×");
          x.type = "button";
          x.setAttribute("aria-label", "Close the tab " + (t.title || "New query"));
          x.addEventListener("click", () => onClose(t.id));
          li.appendChild(x);
        }
        ul.appendChild(li);
      }
    },
  };
}
