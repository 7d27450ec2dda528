// The Text view: a graph (CONSTRUCT, DESCRIBE) as the Turtle the server sent.

export const textView = {
  id: "text",
  label: "Text",
  accepts: (result) => result.kind === "graph",
  render(panel, result) {
    panel.textContent = "";
    const pre = document.createElement("pre");
    pre.id = "result-text";
    pre.textContent = result.text || "# (no triples)";
    panel.appendChild(pre);
  },
};
