import { test, assert } from "./harness.js";
import { CHUNK, createDescriber, newIris } from "/assets/js/describe.js";
import { createIris } from "/assets/js/iris.js";

const CONFIG = {
  prefixes: { ent: "urn:ent:", rdfs: "http://www.w3.org/2000/01/rdf-schema#", geo: "http://www.w3.org/2003/01/geo/wgs84_pos#", kg: "urn:kg:" },
  links: [{ iri: "urn:kg:", href: "/id/", match: "prefix" }],
  entityTypes: { state: { classIri: "urn:ent:State", search: "State", namespace: "urn:kg:state/" } },
};
const uri = (value) => ({ type: "uri", value });

test("describe: the new IRIs of a result, once each, in order", () => {
  const rows = [{ a: uri("urn:1"), b: { type: "literal", value: "urn:x" } }, { a: uri("urn:2"), b: uri("urn:1") }, { a: uri("urn:3") }];
  assert.equal(newIris(["a", "b"], rows, new Map([["urn:3", {}]])), ["urn:1", "urn:2"]);
});

test("describe: asks in chunks, remembers every IRI asked, labels or short names", async () => {
  const asked = [];
  const client = {
    select: async (query) => {
      asked.push((query.match(/<urn:kg:/g) || []).length);
      return { results: { bindings: query.includes("<urn:kg:n0>") ? [{ x: uri("urn:kg:n0"), k: { type: "literal", value: "label" }, v: { type: "literal", value: "Zero" } }] : [] } };
    },
  };
  const d = createDescriber({ client, config: CONFIG, iris: createIris(CONFIG) });
  const rows = Array.from({ length: CHUNK + 5 }, (_, i) => ({ s: uri("urn:kg:n" + i) }));
  await d.describe(["s"], rows);
  // The VALUES of the first query hold CHUNK IRIs, those of the second the 5 left.
  assert.equal(asked, [CHUNK, 5]);
  assert.equal(d.info.size, CHUNK + 5);
  assert.equal(d.labelOf("urn:kg:n0"), "Zero");
  assert.equal(d.labelOf("urn:kg:n1"), "kg:n1");
  await d.describe(["s"], rows);
  assert.equal(asked.length, 2, "nothing asked again");
});

test("describe: every state, once, with links", async () => {
  let n = 0;
  const client = {
    select: async () => {
      n++;
      return { results: { bindings: [{ s: uri("urn:kg:state/POL"), num: { type: "literal", value: "616" }, label: { type: "literal", value: "Poland" } }] } };
    },
  };
  const d = createDescriber({ client, config: CONFIG, iris: createIris(CONFIG) });
  const all = await d.allStates();
  assert.equal(all, new Map([["616", { label: "Poland", href: "/id/state/POL" }]]));
  await d.allStates();
  assert.equal(n, 1);
});
