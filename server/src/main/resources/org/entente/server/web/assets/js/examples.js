// The list of examples (the named queries of /api/queries) with its filter box.

/** True if every word of the filter is in the example's title, description or name. */
export function matchesFilter(example, filter) {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const text = (example.title + " " + example.description + " " + example.name).toLowerCase();
  return words.every((w) => text.includes(w));
}

/** The list in a <ul>; onChoose(name) when one is picked. Returns {show(queries), filter(text), mark(name)}. */
export function createExampleList(ul, { onChoose }) {
  let byName = new Map();
  return {
    show(queries) {
      byName = new Map(queries.map((q) => [q.name, q]));
      ul.textContent = "";
      ul.removeAttribute("aria-busy");
      if (!queries.length) {
        const li = document.createElement("li");
        li.className = "muted small";
        li.textContent = "No examples could be loaded.";
        ul.appendChild(li);
        return;
      }
      for (const q of queries) {
        const li = document.createElement("li");
        li.dataset.name = q.name;
        const b = document.createElement("button");
        b.type = "button";
        b.className = "example";
        b.dataset.name = q.name;
        b.setAttribute("aria-pressed", "false");
        const title = document.createElement("span");
        title.className = "example-title";
        title.textContent = q.title;
        const desc = document.createElement("span");
        desc.className = "example-description";
        desc.textContent = q.description;
        b.append(title, desc);
        b.addEventListener("click", () => onChoose(q.name));
        li.appendChild(b);
        ul.appendChild(li);
      }
    },
    filter(text) {
      for (const li of ul.children) {
        const q = byName.get(li.dataset.name);
        if (q) li.hidden = !matchesFilter(q, text);
      }
    },
    /** Marks the example shown (or none). */
    mark(name) {
      for (const b of ul.querySelectorAll(".example")) {
        const on = name !== null && b.dataset.name === name;
        b.setAttribute("aria-pressed", String(on));
        b.classList.toggle("active", on);
      }
    },
  };
}
