// A text field with suggestions: an ARIA combobox with a list box (arrow keys and Enter, or the
// mouse; Escape closes). What to suggest comes from a search function, so the same control serves
// states, treaties or anything /api/entities knows.

let counter = 0;

/**
 * Makes a text input a combobox. search(text) → Promise of [{label, value, note}]: label is shown,
 * note after it in small type, value is put into the field when chosen. onChoose(item) is called
 * after that. delay: milliseconds of typing pause before searching.
 */
export function attachAutocomplete(input, { search, onChoose = () => {}, delay = 150 }) {
  const list = document.createElement("ul");
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  list.id = (input.id || "combobox-" + ++counter) + "-list";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.autocomplete = "off";
  input.insertAdjacentElement("afterend", list);

  let items = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const choose = (item) => {
    input.value = item.value;
    input.title = item.label;
    close();
    onChoose(item);
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute("aria-selected", String(k === i)));
    if (i >= 0) input.setAttribute("aria-activedescendant", list.children[i].id);
  };
  const show = (found) => {
    items = found;
    list.textContent = "";
    items.forEach((item, i) => {
      const li = document.createElement("li");
      li.id = list.id + "-opt-" + i;
      li.setAttribute("role", "option");
      li.textContent = item.label;
      if (item.note) {
        const note = document.createElement("span");
        note.className = "muted small";
        note.textContent = " " + item.note;
        li.appendChild(note);
      }
      li.addEventListener("mousedown", (ev) => {
        ev.preventDefault(); // keep the focus in the field
        choose(item);
      });
      list.appendChild(li);
    });
    list.hidden = !items.length;
    input.setAttribute("aria-expanded", String(!!items.length));
    active = -1;
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const found = await search(q);
        if (mine === seq) show(found);
      } catch (e) {
        close();
      }
    }, delay);
  });
  input.addEventListener("keydown", (e) => {
    if (list.hidden) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      highlight(Math.min(items.length - 1, active + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  return { close };
}
