// The Table view: a SELECT result as a table with sortable columns, IRIs shown by their labels
// and linked to their pages; an ASK answer in words; no rows explained.

import { explainEmpty } from "../messages.js";
import { displayText, isNumeric, sortedOrder, XSD_STRING } from "../terms.js";

function cell(term, ctx) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const href = ctx.iris.href(term.value);
    const node = document.createElement(href ? "a" : "span");
    node.textContent = displayText(term, ctx.labelOf);
    node.title = term.value;
    node.className = "iri";
    if (href) {
      node.href = href;
      if (!ctx.iris.isLocal(href)) {
        node.classList.add("ext");
        node.target = "_blank";
        node.rel = "noopener noreferrer";
      }
    }
    td.appendChild(node);
  } else if (term.type === "bnode") {
    td.textContent = "_:" + term.value;
    td.className = "bnode";
  } else {
    td.textContent = term.value;
    if (isNumeric(term)) td.className = "num";
    if (term["xml:lang"]) td.lang = term["xml:lang"];
    if (term.datatype && term.datatype !== XSD_STRING) td.title = ctx.iris.shortName(term.datatype);
  }
  return td;
}

/** A SELECT result as a table whose column headers sort the rows (again for descending). */
export function renderTable(container, vars, rows, ctx) {
  container.textContent = "";
  const wrap = document.createElement("div");
  wrap.className = "table-wrap";
  const table = document.createElement("table");
  table.className = "results-table";
  const caption = document.createElement("caption");
  caption.className = "visually-hidden";
  caption.textContent = "Query results; the column headers sort the rows.";
  table.appendChild(caption);
  const hr = table.createTHead().insertRow();
  const tbody = table.createTBody();
  let order = rows.map((_, i) => i);
  let sorted = { col: null, dir: 0 };

  const fill = () => {
    tbody.textContent = "";
    const frag = document.createDocumentFragment();
    for (const i of order) {
      const tr = document.createElement("tr");
      for (const v of vars) tr.appendChild(cell(rows[i][v], ctx));
      frag.appendChild(tr);
    }
    tbody.appendChild(frag);
  };

  for (const v of vars) {
    const th = document.createElement("th");
    th.scope = "col";
    th.setAttribute("aria-sort", "none");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = v;
    button.title = "Sort by " + v;
    button.addEventListener("click", () => {
      const dir = sorted.col === v ? -sorted.dir || 1 : 1;
      sorted = { col: v, dir };
      order = sortedOrder(rows, v, dir, ctx.labelOf);
      for (const other of hr.children) other.setAttribute("aria-sort", "none");
      th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      fill();
    });
    th.appendChild(button);
    hr.appendChild(th);
  }
  fill();
  wrap.appendChild(table);
  container.appendChild(wrap);
}

function note(container, className, text) {
  container.textContent = "";
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  container.appendChild(p);
}

export const tableView = {
  id: "table",
  label: "Table",
  accepts: (result) => result.kind === "select" || result.kind === "ask",
  render(panel, result, ctx) {
    if (result.kind === "ask") {
      note(panel, "ask-answer", result.value ? "Yes: the pattern has at least one match." : "No: the pattern has no match.");
    } else if (!result.rows.length) {
      note(panel, "empty note", explainEmpty(result.request.example, result.request.values, result.vars));
    } else {
      renderTable(panel, result.vars, result.rows, ctx);
    }
  },
};
