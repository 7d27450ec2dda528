// The review page (/review): drafts the facts of a pasted or opened text with /api/extract, shows
// them as a list and highlighted in the text (choosing one marks its quote), lets the reviewer
// change a fact's type (its fields follow the type), its participants (with the entity
// suggestions), the modality and the time, delete a fact, or add one by selecting its passage in
// the text; the fact types and their fields come from /api/fact-types. The server writes the facts
// file from the draft as the reviewer left it (/api/drafts/facts-file, /api/articles): this page
// writes none. Every text goes into the page as text, never as HTML.

import { attachAutocomplete } from "./autocomplete.js";
import { addValue, canAddValue, codePointIndex, fieldsFor, newFact, occurrences, quoteOf, retype, reviewedDraft, segments } from "./draft.js";

const $ = (id) => document.getElementById(id);
let draft = null;
let facts = [];
let text = "";
let selected = -1;
let types = new Map(); // name -> {name, kind, fields: [{key, value, min, max, entities}]}
let choices = {}; // value kind (commitment, progress, …) -> its values
let picked = null; // the passage selected in the text: {text, span}

const typesLoaded = fetch("/api/fact-types").then((r) => {
  if (!r.ok) throw new Error("HTTP " + r.status);
  return r.json();
}).then((d) => {
  types = new Map(d.types.map((t) => [t.name, t]));
  choices = d.choices;
  const add = $("review-add-type");
  for (const t of d.types) {
    const o = document.createElement("option");
    o.value = t.name;
    o.textContent = t.name;
    add.appendChild(o);
  }
  return true;
}).catch((e) => {
  $("review-status").textContent = "The fact types could not be read from the server (" + e.message + "); reload the page.";
  return false;
});

/** Entities whose name starts with q, of the kinds a field names (State, Place, Asset, …; none: any). */
async function entities(q, kinds) {
  const params = { q, limit: "8" };
  if (kinds.length) params.type = kinds.join(",");
  const r = await fetch("/api/entities?" + new URLSearchParams(params));
  if (!r.ok) return [];
  return (await r.json()).entities;
}

function idOf(iri) {
  return iri.slice(iri.lastIndexOf("/") + 1);
}

function renderText() {
  const box = $("review-text");
  box.textContent = "";
  for (const seg of segments(text, facts.map((f) => f.quote.span || null))) {
    if (!seg.facts.length) {
      box.appendChild(document.createTextNode(seg.text));
      continue;
    }
    const mark = document.createElement("mark");
    mark.textContent = seg.text;
    mark.dataset.facts = seg.facts.join(" ");
    if (seg.facts.includes(selected)) mark.classList.add("selected");
    // A click that ends a selection of text is not a choice of the fact: the selection may be a new fact's passage.
    mark.addEventListener("click", () => { if (document.getSelection().isCollapsed) select(seg.facts[0]); });
    box.appendChild(mark);
  }
}

function select(i) {
  selected = i;
  document.querySelectorAll("#review-facts > li").forEach((li, k) => li.classList.toggle("selected", k === i));
  renderText();
  const first = document.querySelector("#review-text mark.selected");
  if (first) first.scrollIntoView({ block: "nearest" });
}

/** The type's description of a field of a fact ({key, value, min, max, entities}), or undefined. */
function fieldType(f, key) {
  const t = types.get(f.type);
  return t && t.fields.find((x) => x.key === key);
}

/** What a field of a fact holds, from its type: actor, place, text, time, commitment, … */
function valueKind(f, key) {
  const ft = fieldType(f, key);
  return ft ? ft.value : "text";
}

function fieldInput(f, field, kind = valueKind(f, field.key)) {
  const id = "fact-" + f.id + "-" + field.key + "-" + f.fields.indexOf(field);
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = field.key;
  let input;
  if (choices[kind]) {
    input = document.createElement("select");
    for (const v of ["", ...choices[kind]]) {
      const o = document.createElement("option");
      o.value = v;
      o.textContent = v || "(none)";
      input.appendChild(o);
    }
    input.value = field.value;
    input.addEventListener("change", () => { field.value = input.value; });
  } else {
    input = document.createElement("input");
    input.type = "text";
    input.value = field.value;
    if (kind === "time") input.placeholder = "YYYY, YYYY-MM or YYYY-MM-DD";
    input.addEventListener("input", () => { field.value = input.value.trim(); });
  }
  input.id = id;
  input.dataset.key = field.key;
  const div = document.createElement("div");
  div.className = "field";
  div.append(label, input);
  const ft = fieldType(f, field.key);
  const kinds = ft && ft.entities ? ft.entities : [];
  if (input.tagName === "INPUT" && kinds.length) {
    // After the input is in its box: the suggestions' list goes right after it; only entities the field can name.
    attachAutocomplete(input, {
      search: async (q) => (await entities(q, kinds)).map((e) => ({ label: e.label, value: idOf(e.iri), note: e.type + " " + idOf(e.iri), iri: e.iri })),
      onChoose: (item) => { field.value = item.value; },
    });
  }
  return div;
}

/** A button that adds an empty value of a repeatable field (another agent, another asset) and focuses it. */
function anotherValue(f, key) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "small another";
  b.dataset.key = key;
  b.textContent = "Another " + key;
  b.setAttribute("aria-label", "Add another " + key + " to the fact " + (f.label || f.id));
  b.addEventListener("click", () => {
    f.fields = addValue(types.get(f.type), f.fields, key);
    renderFacts();
    const inputs = document.querySelectorAll("#review-facts > li[data-fact=\"" + CSS.escape(f.id) + "\"] :is(input, select)[data-key=\"" + CSS.escape(key) + "\"]");
    if (inputs.length) inputs[inputs.length - 1].focus();
  });
  return b;
}

function heading(f) {
  return f.type + ": " + (f.label || "(no label yet)")
    + (typeof f.confidence === "number" ? " (confidence " + f.confidence + ")" : " (yours)");
}

/** The type of a fact, as a list of every fact type; choosing another makes the fields follow it. */
function typeChoice(f, i) {
  const id = "fact-" + f.id + "-type";
  const div = document.createElement("div");
  div.className = "field";
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = "type";
  const sel = document.createElement("select");
  sel.id = id;
  sel.dataset.key = "type";
  for (const name of types.keys()) {
    const o = document.createElement("option");
    o.value = name;
    o.textContent = name;
    sel.appendChild(o);
  }
  sel.value = f.type;
  sel.addEventListener("change", () => {
    const { fact, dropped } = retype(f, types.get(sel.value), facts.map((x) => x.id));
    facts[i] = fact;
    renderFacts();
    renderText();
    const note = dropped.length ? "Left out, not fields of " + fact.type + ": "
      + dropped.map((x) => x.key + " " + x.value).join(", ") + "." : "";
    $("review-status").textContent = "The fact is now a " + fact.type + ". " + note;
    document.getElementById("fact-" + fact.id + "-type").focus();
  });
  div.append(label, sel);
  return div;
}

function renderFacts() {
  const ol = $("review-facts");
  ol.textContent = "";
  facts.forEach((f, i) => {
    const li = document.createElement("li");
    li.dataset.fact = f.id;
    const head = document.createElement("button");
    head.type = "button";
    head.className = "linkish fact-label";
    head.textContent = heading(f);
    head.addEventListener("click", () => select(i));
    const del = document.createElement("button");
    del.type = "button";
    del.className = "small";
    del.textContent = "Delete";
    del.setAttribute("aria-label", "Delete the fact " + f.label);
    del.addEventListener("click", () => { facts.splice(i, 1); selected = -1; renderFacts(); renderText(); });
    li.append(head, " ", del);
    li.appendChild(typeChoice(f, i));
    const labelField = { key: "label", value: f.label };
    const labelBox = fieldInput({ ...f, fields: [labelField] }, labelField, "text");
    const labelInput = labelBox.querySelector("input");
    labelInput.required = true;
    labelInput.addEventListener("input", () => { f.label = labelField.value; head.textContent = heading(f); });
    li.appendChild(labelBox);
    f.fields.forEach((field, k) => {
      li.appendChild(fieldInput(f, field));
      // After the last value of a field that takes more than one: a button for another value.
      const last = !f.fields.slice(k + 1).some((x) => x.key === field.key);
      const t = types.get(f.type);
      if (last && t && canAddValue(t, f.fields, field.key)) li.appendChild(anotherValue(f, field.key));
    });
    const q = document.createElement("blockquote");
    q.textContent = f.quote.text;
    li.appendChild(q);
    ol.appendChild(li);
  });
}

async function submit(ev) {
  ev.preventDefault();
  text = $("review-input").value;
  const status = $("review-status");
  status.textContent = "Drafting…";
  let r;
  try {
    r = await fetch("/api/extract", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, title: $("review-title").value, published: $("review-published").value }),
    });
  } catch (e) {
    status.textContent = "The server could not be reached: " + e.message;
    return;
  }
  const body = await r.json();
  if (!r.ok) {
    status.textContent = body.detail || "The draft failed (HTTP " + r.status + ")";
    return;
  }
  if (!(await typesLoaded)) {
    status.textContent = "The fact types could not be read from the server; reload the page.";
    return;
  }
  draft = body;
  facts = body.facts.map((f) => ({ ...f, fields: fieldsFor(types.get(f.type), f.fields).fields }));
  picked = null;
  showPicked();
  status.textContent = facts.length + (facts.length === 1 ? " fact drafted." : " facts drafted.");
  $("review-notes").textContent = "";
  for (const n of body.notes) {
    const li = document.createElement("li");
    li.textContent = n;
    $("review-notes").appendChild(li);
  }
  $("review-result").hidden = false;
  selected = -1;
  renderFacts();
  renderText();
}

/** The facts file of the draft as it stands, written by the server (the loader's writer). */
async function currentFile(review) {
  const r = await fetch("/api/drafts/facts-file", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ draft: reviewedDraft(draft, facts), review }),
  });
  if (!r.ok) {
    let detail = "";
    try { detail = (await r.json()).detail || ""; } catch (e) { detail = ""; }
    throw new Error("No facts file: " + (detail || "HTTP " + r.status));
  }
  return r.text();
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(user + ":" + password);
  let bin = "";
  bytes.forEach((b) => { bin += String.fromCharCode(b); });
  return "Basic " + btoa(bin);
}

async function load() {
  const status = $("review-load-status");
  status.textContent = "Loading…";
  delete status.dataset.outcome;
  const headers = { "Content-Type": "application/json" };
  if ($("review-user").value) headers.Authorization = basic($("review-user").value, $("review-password").value);
  // credentials "omit": the page sends the password itself, and a refusal (401) comes back to the
  // page instead of opening the browser's own login dialog.
  const r = await fetch("/api/articles", { method: "POST", headers, credentials: "omit", body: JSON.stringify({ draft: reviewedDraft(draft, facts), text }) });
  let detail = "";
  try { detail = (await r.json()).detail || ""; } catch (e) { detail = ""; }
  status.textContent = r.ok ? "Loaded: the article's facts are reviewed and answer the named queries."
    : r.status === 401 ? "Not loaded: the server refused the credentials (HTTP 401)."
      : r.status === 403 ? "Not loaded: this server has no writer (HTTP 403)."
        : "Not loaded: " + (detail || "HTTP " + r.status);
  status.dataset.outcome = r.ok ? "loaded" : "refused";
}

async function download() {
  let file;
  try {
    file = await currentFile($("review-reviewed").checked ? "reviewed" : "drafted");
  } catch (e) {
    $("review-status").textContent = e.message;
    return;
  }
  $("review-facts-file").textContent = file;
  $("review-facts-file").hidden = false;
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([file], { type: "text/plain;charset=utf-8" }));
  a.download = draft.article.id + ".facts";
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** The passage selected in the text, if the selection is in it: {text, span} in code points (quoteOf). */
function selectedPassage() {
  const sel = document.getSelection();
  const box = $("review-text");
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  const offset = (node, off) => {
    const r = document.createRange();
    r.setStart(box, 0);
    r.setEnd(node, off);
    return codePointIndex(text, r.toString().length);
  };
  return quoteOf(text, offset(range.startContainer, range.startOffset), offset(range.endContainer, range.endOffset));
}

function showPicked() {
  const note = $("review-picked");
  $("review-add").disabled = !picked;
  note.textContent = picked ? "Selected: “" + picked.text + "”" : "Select the passage that states a fact, then choose its type and Add fact.";
}

function addFact() {
  if (!picked) return;
  const n = occurrences(text, picked.text);
  if (n > 1) {
    $("review-picked").textContent = "“" + picked.text + "” occurs " + n + " times in the text; select more of the sentence.";
    return;
  }
  const fact = newFact(types.get($("review-add-type").value), picked, facts.map((f) => f.id));
  facts.push(fact);
  picked = null;
  showPicked();
  renderFacts();
  select(facts.length - 1);
  const label = document.querySelector("#review-facts > li:last-child input[data-key=label]");
  if (label) label.focus();
  $("review-status").textContent = "Added a " + fact.type + ": give it a label and its fields.";
}

document.addEventListener("selectionchange", () => {
  if (!draft) return;
  const p = selectedPassage();
  if (p) {
    picked = p;
    showPicked();
  }
});
$("review-add").addEventListener("click", addFact);
$("review-form").addEventListener("submit", submit);
$("review-download").addEventListener("click", download);
$("review-load").addEventListener("click", load);
$("review-file").addEventListener("change", async () => {
  const file = $("review-file").files[0];
  if (file) $("review-input").value = await file.text();
});
