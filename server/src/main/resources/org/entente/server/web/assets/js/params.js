// The parameter fields of an example: a date picker for dates (with a "today" button when the
// default is today), a list of the graph's organisations, a text field with suggestions for states
// and treaties, a plain field otherwise; and the terms their values stand for, to put into the
// text of an edited example.

import { attachAutocomplete } from "./autocomplete.js";
import { isoDay } from "./format.js";
import { parameterTerm } from "./querytext.js";

const PLACEHOLDERS = {
  state: "Type a country's name or code, e.g. Poland or POL",
  treaty: "Type a treaty's name, e.g. North Atlantic",
};

/**
 * The parameter form in a container. client: the HTTP client (suggestions); iris: the IRI
 * functions of /api/config; today(): YYYY-MM-DD.
 */
export function createParamForm(container, { client, iris, today = () => isoDay() }) {
  let parameters = [];
  let organisations = [];

  const fieldOf = (name) => container.querySelector("[data-param='" + CSS.escape(name) + "']");

  function fillOrganisations(select) {
    const want = select.value || select.dataset.value;
    select.textContent = "";
    const orgs = organisations.length ? organisations : [{ acronym: want || "NATO", label: want || "NATO" }];
    for (const o of orgs) {
      const opt = document.createElement("option");
      opt.value = o.acronym;
      if (o.iri) opt.dataset.iri = o.iri;
      opt.textContent = o.label === o.acronym ? o.acronym : o.acronym + " — " + o.label;
      select.appendChild(opt);
    }
    if (want && ![...select.options].some((o) => o.value === want)) {
      const opt = document.createElement("option");
      opt.value = want;
      opt.textContent = want;
      select.appendChild(opt);
    }
    if (want) select.value = want;
  }

  function field(p, value) {
    const div = document.createElement("div");
    div.className = "field";
    const id = "param-" + p.name;
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = p.name + (p.required ? "" : " (optional)");
    const help = document.createElement("p");
    help.className = "help small muted";
    help.id = id + "-help";
    help.textContent = p.description + (p.default ? " Default: " + p.default + "." : "");
    const extra = [];
    let input;
    const entity = iris.entityType(p.type);
    if (p.type === "date") {
      input = document.createElement("input");
      input.type = "date";
      input.value = value || (p.default === "today" || !p.default ? today() : p.default);
      if (p.default === "today") {
        const t = document.createElement("button");
        t.type = "button";
        t.className = "linkish small";
        t.textContent = "today";
        t.setAttribute("aria-label", "Set " + p.name + " to today");
        t.addEventListener("click", () => { input.value = today(); });
        extra.push(t);
      }
    } else if (p.type === "drafts") {
      input = document.createElement("select");
      for (const [v, text] of [["exclude", "reviewed facts only"], ["include", "drafted facts too (marked)"]]) {
        const opt = document.createElement("option");
        opt.value = v;
        opt.textContent = text;
        input.appendChild(opt);
      }
      input.value = value === "include" ? "include" : "exclude";
    } else if (p.type === "organisation") {
      input = document.createElement("select");
      input.dataset.type = "organisation";
      input.dataset.value = value || p.default || "";
      fillOrganisations(input);
    } else {
      input = document.createElement("input");
      input.type = p.type === "integer" ? "number" : "text";
      input.value = value || p.default || "";
      if (PLACEHOLDERS[p.type]) input.placeholder = PLACEHOLDERS[p.type];
    }
    input.id = id;
    input.name = p.name;
    input.dataset.param = p.name;
    input.dataset.default = p.default || "";
    input.required = p.required;
    input.setAttribute("aria-describedby", help.id);
    input.addEventListener("input", () => input.removeAttribute("aria-invalid"));
    div.append(label, input, ...extra, help);
    if (entity && input.tagName === "INPUT") {
      attachAutocomplete(input, {
        search: async (q) => (await client.entities(q, entity.search)).map((e) => {
          const v = iris.parameterValue(p.type, e.iri);
          return { label: e.label, value: v, note: v === e.iri ? "" : v, iri: e.iri };
        }),
        onChoose: (item) => {
          input.dataset.iri = item.iri;
          input.dataset.iriOf = item.value;
        },
      });
    }
    return div;
  }

  /** The IRI an entity parameter's value names, asked of the server unless the field knows it. */
  async function resolveEntity(p, value) {
    const f = fieldOf(p.name);
    if (/^https?:\/\//i.test(value)) return value;
    if (f && f.tagName === "SELECT" && f.selectedOptions[0] && f.selectedOptions[0].dataset.iri) return f.selectedOptions[0].dataset.iri;
    if (f && f.dataset.iri && f.dataset.iriOf === value) return f.dataset.iri;
    const kind = iris.entityType(p.type);
    const hits = await client.entities(value, kind.search, 20);
    const hit = hits.find((e) => iris.parameterValue(p.type, e.iri).toLowerCase() === value.toLowerCase());
    if (!hit) throw new Error("no " + p.type + " “" + value + "” is known");
    return hit.iri;
  }

  return {
    /** Shows the fields of an example's parameters, with values (from a link) where given. */
    render(params, values = {}) {
      parameters = params;
      container.textContent = "";
      for (const p of params) container.appendChild(field(p, values[p.name]));
    },

    /** The values of the fields, name → trimmed text. */
    values() {
      const out = {};
      for (const p of parameters) {
        const f = fieldOf(p.name);
        out[p.name] = f ? f.value.trim() : "";
      }
      return out;
    },

    /** The first required parameter without a value, or null. */
    missing() {
      const v = this.values();
      return parameters.find((p) => p.required && !v[p.name]) || null;
    },

    /** Marks a field as refused and gives it the focus. */
    markInvalid(name) {
      const f = fieldOf(name);
      if (f) {
        f.setAttribute("aria-invalid", "true");
        f.focus();
      }
    },

    clearInvalid() {
      container.querySelectorAll("[aria-invalid]").forEach((f) => f.removeAttribute("aria-invalid"));
    },

    /** The first field, to give the focus to. */
    first() {
      return container.querySelector("input, select");
    },

    /** The organisations of the graph for the organisation lists: [{iri, acronym, label}]. */
    setOrganisations(list) {
      organisations = list;
      container.querySelectorAll("select[data-type=organisation]").forEach(fillOrganisations);
    },

    /**
     * The SPARQL terms of the values, to bind in the text: [{name, term}]. An empty value takes
     * the default ("today" for dates); one still empty is left unbound, as the server leaves it.
     * Entity values are resolved to their IRIs. Throws with the reason when a value cannot be used.
     */
    async bindings() {
      const values = this.values();
      const out = [];
      for (const p of parameters) {
        let v = values[p.name] || (p.default === "today" ? today() : p.default || "");
        if (p.type === "date" && v === "today") v = today();
        if (!v) continue;
        const value = iris.entityType(p.type) ? await resolveEntity(p, v) : v;
        const term = parameterTerm(iris.entityType(p.type) ? "iri" : p.type, value);
        if (!term) throw new Error("the value of “" + p.name + "” is not " + (p.type === "date" ? "a date" : "a " + p.type));
        out.push({ name: p.name, term });
      }
      return out;
    },
  };
}
