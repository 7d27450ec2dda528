// The query page: makes the parts and wires them together; the only module that does anything
// when imported. The parts: http.js (the client), urlstate.js (the address), examples.js (the
// list), params.js (the fields), editor.js (the editor), runner.js (running), describe.js
// (labels), results.js and views/ (the result), errorbox.js (errors).

import { createClient } from "./http.js";
import { createIris } from "./iris.js";
import { createEditor } from "./editor.js";
import { createExampleList } from "./examples.js";
import { createParamForm } from "./params.js";
import { createResults } from "./results.js";
import { createDescriber } from "./describe.js";
import { createErrorBox } from "./errorbox.js";
import { createRunner } from "./runner.js";
import { VIEWS } from "./views/index.js";
import { formatUrl, nonDefaultParams, parseUrl } from "./urlstate.js";
import { bindValues } from "./querytext.js";
import { isoDay, plural } from "./format.js";
import { organisationsQuery, readOrganisations, readTerms, starterQuery, termsQuery } from "./pagequeries.js";
import { addToHistory, clearHistory, closeTab, openTab, readHistory, readTabs, switchTab, titleOf, updateActiveTab } from "./history.js";
import { createRecentList, createTabBar } from "./recent.js";

/** The browser's localStorage, or a storage that keeps nothing where there is none (or it is forbidden). */
function browserStorage() {
  try {
    const s = window.localStorage;
    s.getItem("entente.probe");
    return s;
  } catch (e) {
    return { getItem: () => null, setItem: () => {} };
  }
}

const $ = (id) => document.getElementById(id);

async function start() {
  const page = { config: { prefixes: {}, links: [], entityTypes: {} }, examples: new Map(), named: null, terms: [], options: {} };
  // The keys of the address that views own (the Map's "at"), kept as they are.
  const optionKeys = VIEWS.flatMap((v) => v.options || []);
  const client = createClient();
  const status = (text) => { $("status").textContent = text; };
  let runner = null;

  const editor = createEditor({
    textarea: $("query-text"),
    onRun: () => runner && run(true),
    onChange: (byUser) => {
      if (byUser && page.named && !page.named.edited) {
        page.named.edited = true;
        showNamed();
      }
    },
    prefixes: () => page.config.prefixes,
    terms: () => page.terms,
  });
  const errors = createErrorBox($("error"), { editor, params: { markInvalid: (n) => params.markInvalid(n) } });

  try {
    const [config, examples] = await Promise.all([client.config(), client.queries()]);
    page.config = config;
    for (const q of examples) page.examples.set(q.name, q);
  } catch (e) {
    errors.show("The server did not answer (" + e.message + "). Is it running?");
  }

  const iris = createIris(page.config);
  const describer = createDescriber({ client, config: page.config, iris });
  const params = createParamForm($("param-fields"), { client, iris });
  const results = createResults(
    { section: $("results"), summary: $("summary"), downloads: $("downloads"), tablist: $("views"), panels: $("view-panels") },
    {
      views: VIEWS,
      ctx: {
        iris, labelOf: describer.labelOf, allStates: describer.allStates, client,
        describe: (vars, rows) => describer.describe(vars, rows),
        option: (key) => (key in page.options ? page.options[key] : null),
        setOption: (key, value) => {
          if (value === null || value === undefined) delete page.options[key];
          else page.options[key] = value;
          updateUrl(false);
        },
      },
      endpoint: () => client.endpoint,
      onViewChange: () => { updateUrl(false); remember(true); },
    });
  const list = createExampleList($("examples"), {
    onChoose: (name) => {
      page.options = {};
      selectExample(name, {});
      updateUrl(true);
      (params.first() || $("run")).focus();
    },
  });
  runner = createRunner({
    client, editor, params, describer, results, errors,
    example: () => (page.named && !page.named.edited ? page.named.q : null),
    beforeRun: ({ push }) => {
      if (!push) return;
      page.options = {}; // a new run starts the views afresh
      updateUrl(true);
    },
    busy: (on) => {
      $("run").disabled = on;
      if (on) $("results").setAttribute("aria-busy", "true");
      else $("results").removeAttribute("aria-busy");
    },
    status,
    shown: () => {
      $("share-link").value = location.origin + formatUrl(urlState());
      remember(true);
    },
  });
  const run = (push) => runner.run({ push });

  // ---- the example, or the query of one's own ----

  function showNamed() {
    const n = page.named;
    $("named").hidden = !n;
    $("free-heading").hidden = !!n;
    list.mark(n ? n.q.name : null);
    if (!n) return;
    $("named-title").textContent = n.q.title;
    $("named-description").textContent = n.q.description;
    $("params").hidden = !n.q.parameters.length;
    $("params").disabled = n.edited;
    $("named-edited").hidden = !n.edited;
    $("bind-params").hidden = !n.q.parameters.length;
    document.querySelector(".named-kind").textContent = n.edited ? "Edited example" : "Example";
  }

  function selectExample(name, values) {
    const q = page.examples.get(name);
    if (!q) {
      errors.show("There is no example called “" + name + "”.");
      return false;
    }
    page.named = { q, edited: false };
    editor.setValue(q.query);
    params.render(q.parameters, values);
    showNamed();
    return true;
  }

  function freeQuery(text) {
    page.named = null;
    showNamed();
    editor.setValue(text);
  }

  /** Puts the parameters' values into the edited example's text: it then means the same on the endpoint. */
  function bindParamsIntoText() {
    const n = page.named;
    if (!n) return;
    runner.after((async () => {
      try {
        const text = bindValues(editor.getValue(), await params.bindings());
        if (text === null) throw new Error("the query has no WHERE clause to put them in");
        editor.setValue(text);
        n.edited = true;
        showNamed();
        status("The parameter values are now in the text.");
      } catch (e) {
        errors.show("The parameter values could not be put into the text: " + e.message + ".");
      }
    })());
  }

  // ---- the address: every run is a history entry; Back and Forward run the query again ----

  function urlState() {
    const view = results.view();
    if (page.named && !page.named.edited) {
      return { name: page.named.q.name, params: nonDefaultParams(page.named.q.parameters, params.values(), isoDay()), view, options: page.options };
    }
    return { query: editor.getValue(), view, options: page.options };
  }

  function updateUrl(push) {
    const url = formatUrl(urlState());
    if (!push) history.replaceState(null, "", url);
    else if (url !== location.pathname + location.search) history.pushState(null, "", url);
    $("share-link").value = location.origin + url;
    remember(false);
  }

  // ---- what the browser keeps: the recent queries and the query tabs (history.js) ----

  const storage = browserStorage();
  let tabs = readTabs(storage);
  const recent = createRecentList($("recent"), { onOpen: (url) => go(url) });
  const tabBar = createTabBar($("query-tabs"), {
    onSwitch: (id) => {
      if (id === tabs.active) return;
      tabs = switchTab(storage, tabs, id);
      go(tabs.tabs.find((t) => t.id === id).url);
    },
    onClose: (id) => {
      const was = tabs.active;
      tabs = closeTab(storage, tabs, id);
      if (tabs.active !== was) go(tabs.tabs.find((t) => t.id === tabs.active).url);
      else tabBar.show(tabs);
    },
  });

  function currentTitle() {
    if (page.named && !page.named.edited) return titleOf({ example: page.named.q, values: nonDefaultParams(page.named.q.parameters, params.values(), isoDay()) });
    return titleOf({ query: editor.getValue() });
  }

  /** The active tab holds the address; ran: a result is shown, so the query goes into the history too. */
  function remember(ran) {
    const url = location.pathname + location.search;
    tabs = updateActiveTab(storage, tabs, url, url === "/" ? "New query" : currentTitle());
    tabBar.show(tabs);
    if (ran && url !== "/") recent.show(addToHistory(storage, { url, title: currentTitle(), view: results.shown(), time: new Date().toISOString() }));
  }

  /** Opens an address of this page in place (a history entry), as a link would. */
  function go(url) {
    history.pushState(null, "", url);
    applyUrl();
  }

  async function applyUrl() {
    const u = parseUrl(location.search, { optionKeys });
    page.options = { ...u.options };
    tabBar.show(tabs);
    results.want(u.view);
    if (u.name !== null) {
      if (selectExample(u.name, u.params)) await run(false);
    } else if (u.query !== null) {
      freeQuery(u.query);
      await run(false);
    } else {
      freeQuery(starterQuery(page.config));
      results.hide();
      errors.hide();
      remember(false);
    }
  }

  // ---- the controls ----

  $("query-form").addEventListener("submit", (e) => {
    e.preventDefault();
    run(true);
  });
  $("query-form").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target.closest(".params")) {
      e.preventDefault();
      run(true);
    }
  });
  $("add-prefixes").addEventListener("click", () => {
    const n = editor.addPrefixes();
    status(n ? "Added " + plural(n, "PREFIX line", "PREFIX lines") + "." : "Every prefix the query uses is declared.");
  });
  $("new-query").addEventListener("click", () => {
    freeQuery(starterQuery(page.config));
    editor.focus();
    history.pushState(null, "", "/");
    remember(false);
  });
  $("new-tab").addEventListener("click", () => {
    const before = tabs.tabs.length;
    tabs = openTab(storage, tabs, "/", "New query");
    if (tabs.tabs.length === before) {
      status("Eight tabs are open: close one first.");
      return;
    }
    go("/");
    editor.focus();
  });
  $("clear-recent").addEventListener("click", () => {
    recent.show(clearHistory(storage));
    status("The recent queries are forgotten.");
  });
  $("bind-params").addEventListener("click", bindParamsIntoText);
  $("restore-named").addEventListener("click", () => {
    if (page.named) selectExample(page.named.q.name, params.values());
  });
  $("example-filter").addEventListener("input", () => list.filter($("example-filter").value));
  $("copy-link").addEventListener("click", async () => {
    const input = $("share-link");
    try {
      await navigator.clipboard.writeText(input.value);
      status("Link copied.");
    } catch (e) {
      input.select();
      status("Select the link and copy it (Ctrl+C).");
    }
  });
  window.addEventListener("popstate", () => applyUrl());

  list.show([...page.examples.values()]);
  recent.show(readHistory(storage));
  // A visit without a query reopens the active tab's (a link with one opens it in the active tab).
  const active = tabs.tabs.find((t) => t.id === tabs.active);
  if (!location.search && active && active.url !== "/") history.replaceState(null, "", active.url);
  // The organisations for their parameter, and the ontology's terms for completion: not needed to start.
  client.select(organisationsQuery(page.config)).then((j) => params.setOrganisations(readOrganisations(j))).catch(() => {});
  client.select(termsQuery(page.config)).then((j) => { page.terms = readTerms(j); }).catch(() => {});
  await applyUrl();
}

start();
