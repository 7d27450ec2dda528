import { test, assert } from "./harness.js";
import { graphData, layout, linkColumns, parseNTriples } from "/assets/js/graph.js";

const uri = (value) => ({ type: "uri", value });

test("graph: N-Triples with IRIs, blank nodes, literals, escapes and comments", () => {
  const t = parseNTriples([
    "# a comment",
    "<urn:a> <urn:p> <urn:b> .",
    "_:x <urn:p> \"say \\\"hi\\\"\\n\\u00E9\"@en .",
    "<urn:a> <urn:n> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .  # trailing",
    "",
  ].join("\n"));
  assert.equal(t.length, 3);
  assert.equal(t[0], { s: uri("urn:a"), p: uri("urn:p"), o: uri("urn:b") });
  assert.equal(t[1].s, { type: "bnode", value: "x" });
  assert.equal(t[1].o, { type: "literal", value: "say \"hi\"\né", "xml:lang": "en" });
  assert.equal(t[2].o.datatype, "http://www.w3.org/2001/XMLSchema#integer");
  assert.throws(() => parseNTriples("<urn:a> <urn:p> .\n"), /line 1 is not an N-Triples triple/);
  assert.throws(() => parseNTriples("<urn:a> <urn:p> <urn:b>\n"), /line 1/, "no final dot");
  assert.throws(() => parseNTriples("\"lit\" <urn:p> <urn:b> .\n"), /line 1/, "a literal subject");
});

test("graph: the columns that make links", () => {
  const rows = [{ a: uri("urn:1"), x: { type: "literal", value: "x" }, b: uri("urn:2"), c: uri("urn:3") }];
  assert.equal(linkColumns(["a", "x", "b", "c"], rows), ["a", "b"], "the first two IRI columns");
  assert.equal(linkColumns(["d", "sender", "destination"], [{ d: uri("urn:d"), sender: uri("urn:s"), destination: uri("urn:t") }]), ["sender", "destination"]);
  assert.equal(linkColumns(["a", "x"], rows), null);
});

test("graph: nodes and links, literals counted, duplicates and loops dropped, cut by degree", () => {
  const T = (s, o, p = "urn:p") => ({ s: uri(s), p: uri(p), o: uri(o) });
  const g = graphData([T("urn:hub", "urn:1"), T("urn:hub", "urn:2"), T("urn:hub", "urn:3"), T("urn:hub", "urn:1"), T("urn:1", "urn:1"),
    { s: uri("urn:hub"), p: uri("urn:label"), o: { type: "literal", value: "Hub" } }, T("urn:4", "urn:5")]);
  assert.equal(g.nodes[0].id, "urn:hub");
  assert.equal([g.nodes.length, g.links.length, g.literals, g.cut], [6, 4, 1, { nodes: 0, links: 0 }]);
  const cut = graphData([T("urn:hub", "urn:1"), T("urn:hub", "urn:2"), T("urn:hub", "urn:3"), T("urn:4", "urn:5")], { maxNodes: 3, maxLinks: 1 });
  assert.equal(cut.nodes.map((n) => n.id), ["urn:hub", "urn:1", "urn:2"]);
  assert.equal([cut.links.length, cut.total, cut.cut], [1, { nodes: 6, links: 4 }, { nodes: 3, links: 3 }]);
});

test("graph: the layout is the same each time and inside its box; linked nodes end up closer", () => {
  const nodes = ["a", "b", "c", "d", "e", "f"].map((id) => ({ id }));
  const links = [{ source: "a", target: "b" }, { source: "c", target: "d" }];
  const one = layout(nodes, links, { width: 400, height: 300 });
  const two = layout(nodes, links, { width: 400, height: 300 });
  assert.equal([...one.entries()], [...two.entries()]);
  for (const [x, y] of one.values()) assert.ok(x >= 20 && x <= 380 && y >= 20 && y <= 280, x + "," + y);
  const d = (p, q) => Math.hypot(one.get(p)[0] - one.get(q)[0], one.get(p)[1] - one.get(q)[1]);
  assert.ok(d("a", "b") < d("a", "e"), "a-b " + d("a", "b") + " vs a-e " + d("a", "e"));
});
