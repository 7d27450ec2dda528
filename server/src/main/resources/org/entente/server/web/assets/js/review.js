// The review page (/review): drafts the facts of a pasted or opened text with /api/extract, shows
// them as a list and highlighted in the text (choosing one marks its quote), lets the reviewer
// change participants (with the entity suggestions), the modality and the time, or delete a fact,
// and writes the facts file (draft.js). Every text goes into the page as text, never as HTML.

import { attachAutocomplete } from "./autocomplete.js";
import { factsFile, segments } from "./draft.js";

const ACTOR_KEYS = new Set(["sender", "recipient", "agent", "participant", "addressee", "accused", "member", "state"]);
const PLACE_KEYS = new Set(["destination", "from", "place"]);
const CHOICES = {
  commitment: ["", "considering", "offered", "announced", "decided"],
  progress: ["", "planned", "under-way", "carried-out", "cancelled"],
  posture: ["", "on-standby", "on-alert"],
};

const $ = (id) => document.getElementById(id);
let draft = null;
let facts = [];
let text = "";
let selected = -1;
let receivedAt = null;

async function entities(q) {
  const r = await fetch("/api/entities?" + new URLSearchParams({ q, limit: "8" }));
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
    mark.addEventListener("click", () => select(seg.facts[0]));
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

function fieldInput(f, field) {
  const id = "fact-" + f.id + "-" + field.key + "-" + f.fields.indexOf(field);
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = field.key;
  let input;
  if (CHOICES[field.key]) {
    input = document.createElement("select");
    for (const v of CHOICES[field.key]) {
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
    input.addEventListener("input", () => { field.value = input.value.trim(); });
  }
  input.id = id;
  input.dataset.key = field.key;
  const div = document.createElement("div");
  div.className = "field";
  div.append(label, input);
  if (input.tagName === "INPUT" && (ACTOR_KEYS.has(field.key) || PLACE_KEYS.has(field.key) || field.key === "concerns")) {
    // After the input is in its box: the suggestions' list goes right after it.
    attachAutocomplete(input, {
      search: async (q) => (await entities(q)).map((e) => ({ label: e.label, value: idOf(e.iri), note: idOf(e.iri), iri: e.iri })),
      onChoose: (item) => { field.value = item.value; },
    });
  }
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
    head.textContent = f.type + ": " + f.label + (typeof f.confidence === "number" ? " (confidence " + f.confidence + ")" : "");
    head.addEventListener("click", () => select(i));
    const del = document.createElement("button");
    del.type = "button";
    del.className = "small";
    del.textContent = "Delete";
    del.setAttribute("aria-label", "Delete the fact " + f.label);
    del.addEventListener("click", () => { facts.splice(i, 1); selected = -1; renderFacts(); renderText(); });
    li.append(head, " ", del);
    const labelField = { key: "label", value: f.label };
    const labelBox = fieldInput({ ...f, fields: [labelField] }, labelField);
    labelBox.querySelector("input").addEventListener("input", () => { f.label = labelField.value; });
    li.appendChild(labelBox);
    for (const field of f.fields) li.appendChild(fieldInput(f, field));
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
  const r = await fetch("/api/extract", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text, title: $("review-title").value, published: $("review-published").value }),
  });
  const body = await r.json();
  if (!r.ok) {
    status.textContent = body.detail || "The draft failed (HTTP " + r.status + ")";
    return;
  }
  draft = body;
  receivedAt = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  facts = body.facts.map((f) => ({ ...f, fields: f.fields.map((x) => ({ key: x.key, value: x.value })) }));
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

function currentFile(review) {
  return factsFile(draft, facts, {
    textFile: draft.article.id + ".txt", at: draft.generatedAt || receivedAt, review,
    software: draft.generatedBy || "entente-extractor",
  });
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(user + ":" + password);
  let bin = "";
  bytes.forEach((b) => { bin += String.fromCharCode(b); });
  return "Basic " + btoa(bin);
}

async function load() {
  const status = $("review-load-status");
  let file;
  try {
    file = currentFile("reviewed");
  } catch (e) {
    status.textContent = e.message;
    return;
  }
  status.textContent = "Loading…";
  const headers = { "Content-Type": "application/json" };
  if ($("review-user").value) headers.Authorization = basic($("review-user").value, $("review-password").value);
  // credentials "omit": the page sends the password itself, and a refusal (401) comes back to the
  // page instead of opening the browser's own login dialog.
  const r = await fetch("/api/articles", { method: "POST", headers, credentials: "omit", body: JSON.stringify({ facts: file, text }) });
  let detail = "";
  try { detail = (await r.json()).detail || ""; } catch (e) { detail = ""; }
  status.textContent = r.ok ? "Loaded: the article's facts are reviewed and answer the named queries."
    : r.status === 401 ? "Not loaded: the server refused the credentials (HTTP 401)."
      : r.status === 403 ? "Not loaded: this server has no writer (HTTP 403)."
        : "Not loaded: " + (detail || "HTTP " + r.status);
  status.dataset.outcome = r.ok ? "loaded" : "refused";
}

function download() {
  let file;
  try {
    file = currentFile($("review-reviewed").checked ? "reviewed" : "drafted");
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

$("review-form").addEventListener("submit", submit);
$("review-download").addEventListener("click", download);
$("review-load").addEventListener("click", load);
$("review-file").addEventListener("change", async () => {
  const file = $("review-file").files[0];
  if (file) $("review-input").value = await file.text();
});
