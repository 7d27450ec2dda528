import { test, assert } from "./harness.js";
import { createParamForm } from "/assets/js/params.js";
import { createIris } from "/assets/js/iris.js";

const NS = "http://example.org/id/";
const CONFIG = {
  prefixes: {},
  links: [],
  entityTypes: {
    state: { classIri: "urn:State", search: "State", namespace: NS + "state/" },
    organisation: { classIri: "urn:Org", search: "Organisation", namespace: NS + "organisation/" },
    treaty: { classIri: "urn:Treaty", search: "Treaty", namespace: NS + "treaty/" },
  },
};
const PARAMS = [
  { name: "asOf", type: "date", required: false, default: "today", description: "The day." },
  { name: "alliance", type: "organisation", required: true, default: "", description: "The alliance." },
  { name: "state", type: "state", required: true, default: "", description: "The state." },
  { name: "note", type: "string", required: false, default: "", description: "A note." },
];

function form() {
  const box = document.createElement("div");
  document.getElementById("sandbox").appendChild(box);
  const searched = [];
  const client = {
    entities: async (q, type) => {
      searched.push([q, type]);
      return [{ iri: NS + "state/POLX", label: "Not it" }, { iri: NS + "state/POL", label: "Poland" }];
    },
  };
  const f = createParamForm(box, { client, iris: createIris(CONFIG), today: () => "2026-11-25" });
  return { box, f, searched };
}

test("params: a field per parameter, of its kind, described", () => {
  const { box, f } = form();
  f.render(PARAMS, { state: "POL" });
  const asOf = box.querySelector("#param-asOf");
  assert.equal([asOf.type, asOf.value], ["date", "2026-11-25"]);
  assert.equal(box.querySelector("#param-alliance").tagName, "SELECT");
  const state = box.querySelector("#param-state");
  assert.equal([state.getAttribute("role"), state.getAttribute("aria-controls"), state.value], ["combobox", "param-state-list", "POL"]);
  assert.ok(box.querySelector("#param-state-list[role=listbox]"), "the suggestions' list box follows the field");
  assert.equal(state.getAttribute("aria-describedby"), "param-state-help");
  assert.equal(box.querySelector("label[for=param-note]").textContent, "note (optional)");
  assert.equal(f.values(), { asOf: "2026-11-25", alliance: "NATO", state: "POL", note: "" });
  box.remove();
});

test("params: the first required parameter without a value", () => {
  const { box, f } = form();
  f.render(PARAMS, {});
  assert.equal(f.missing().name, "state");
  f.markInvalid("state");
  assert.equal(box.querySelector("#param-state").getAttribute("aria-invalid"), "true");
  f.clearInvalid();
  assert.equal(box.querySelectorAll("[aria-invalid]").length, 0);
  box.remove();
});

test("params: values become SPARQL terms; entities by their IRIs, asked of the server, whatever the case", async () => {
  const { box, f, searched } = form();
  f.render(PARAMS, { asOf: "2022-01-25", state: "pol" });
  f.setOrganisations([{ iri: NS + "organisation/CSTO", acronym: "CSTO", label: "Collective Security Treaty Organization" },
    { iri: NS + "organisation/NATO", acronym: "NATO", label: "North Atlantic Treaty Organization" }]);
  assert.equal(box.querySelector("#param-alliance").value, "NATO", "the default choice stays");
  assert.equal(await f.bindings(), [
    { name: "asOf", term: '"2022-01-25"^^<http://www.w3.org/2001/XMLSchema#date>' },
    { name: "alliance", term: "<" + NS + "organisation/NATO>" },
    { name: "state", term: "<" + NS + "state/POL>" },
  ]);
  assert.equal(searched, [["pol", "State"]]);
  box.remove();
});

test("params: an unknown entity or a malformed value is refused", async () => {
  const { box, f } = form();
  f.render([PARAMS[2]], { state: "XYZ" });
  await assert.rejects(f.bindings(), /no state “XYZ” is known/);
  f.render([PARAMS[0]], {});
  box.querySelector("#param-asOf").value = "";
  assert.equal(await f.bindings(), [{ name: "asOf", term: '"2026-11-25"^^<http://www.w3.org/2001/XMLSchema#date>' }], "an empty date is today");
  f.render([{ name: "n", type: "integer", required: true, default: "", description: "" }], { n: "" });
  box.querySelector("#param-n").value = "";
  assert.equal(await f.bindings(), []);
  box.remove();
});

test("params: drafts is a choice, reviewed facts only unless a link says include", () => {
  const { box, f } = form();
  const drafts = [{ name: "drafts", type: "drafts", required: false, default: "exclude", description: "Drafts." }];
  f.render(drafts, {});
  const select = box.querySelector("#param-drafts");
  assert.equal([select.tagName, [...select.options].map((o) => o.value)], ["SELECT", ["exclude", "include"]]);
  assert.equal(f.values(), { drafts: "exclude" });
  f.render(drafts, { drafts: "include" });
  assert.equal(f.values(), { drafts: "include" });
  f.render(drafts, { drafts: "<b>" });
  assert.equal(f.values(), { drafts: "exclude" });
  box.remove();
});
