import { test, assert } from "./harness.js";
import { addValue, canAddValue, codePointIndex, fieldsFor, newFact, newFactId, occurrences, passage, quoteOf, retype, reviewedDraft, segments } from "/assets/js/draft.js";

test("draft: spans count code points, not UTF-16 units", () => {
  // "𝔸" is one code point and two UTF-16 units.
  assert.equal(passage("𝔸 France offers troops", 2, 8), "France");
});

test("draft: the text in segments, each with the facts whose quote covers it", () => {
  const text = "France offers troops. Denmark sends jets.";
  assert.equal(segments(text, [{ start: 0, end: 20 }, null, { start: 7, end: 13 }]), [
    { text: "France ", facts: [0] },
    { text: "offers", facts: [0, 2] },
    { text: " troops", facts: [0] },
    { text: ". Denmark sends jets.", facts: [] },
  ]);
  assert.equal(segments("abc", []), [{ text: "abc", facts: [] }]);
});

const DEPLOYMENT = {
  name: "Deployment",
  fields: [{ key: "time", value: "time" }, { key: "commitment", value: "commitment" }, { key: "sender", value: "actor" },
    { key: "destination", value: "place" }, { key: "asset", value: "asset" }],
};
const WITHDRAWAL = {
  name: "Withdrawal",
  fields: [{ key: "time", value: "time" }, { key: "agent", value: "actor" }, { key: "from", value: "place" }, { key: "asset", value: "asset" }],
};

test("draft: a DOM offset (UTF-16) as a code point offset", () => {
  // "𝔸" is two UTF-16 units: "France" starts at unit 3, code point 2.
  assert.equal(codePointIndex("𝔸 France", 3), 2);
  assert.equal(codePointIndex("𝔸 France", 0), 0);
  assert.equal(codePointIndex("abc", 10), 3);
});

test("draft: a selected passage as a quote, without white space at its ends, verbatim", () => {
  const text = "𝔸  Dutch troops arrived in Lithuania. ";
  // Code points: 𝔸 0, spaces 1-2, "Dutch" 3-8, "Lithuania." ends at 37, a space, 38 in all.
  assert.equal(quoteOf(text, 1, 38), { text: "Dutch troops arrived in Lithuania.", span: { start: 3, end: 37 } });
  assert.equal(quoteOf(text, 37, 3), { text: "Dutch troops arrived in Lithuania.", span: { start: 3, end: 37 } });
  assert.equal(quoteOf(text, 1, 3), null);
  assert.equal(passage(text, 3, 37), "Dutch troops arrived in Lithuania.");
});

test("draft: how often a passage occurs (a quote must occur once)", () => {
  assert.equal(occurrences("troops to Romania, troops to Poland", "troops to"), 2);
  assert.equal(occurrences("troops to Romania, troops to Poland", "troops to Poland"), 1);
  assert.equal(occurrences("aaa", "aa"), 2);
  assert.equal(occurrences("abc", ""), 0);
});

test("draft: a fact's fields follow its type, in the type's order, an empty value for each missing key", () => {
  const { fields, dropped } = fieldsFor(DEPLOYMENT, [{ key: "sender", value: "FRA" }, { key: "asset", value: "troops" },
    { key: "sender", value: "BEL" }, { key: "agent", value: "RUS" }, { key: "place", value: " " }]);
  assert.equal(fields, [{ key: "time", value: "" }, { key: "commitment", value: "" }, { key: "sender", value: "FRA" },
    { key: "sender", value: "BEL" }, { key: "destination", value: "" }, { key: "asset", value: "troops" }]);
  assert.equal(dropped, [{ key: "agent", value: "RUS" }]);
});

test("draft: retyping keeps the shared fields, drops the others and the extractor's confidence", () => {
  const fact = { id: "deployment-rus-blr", type: "Deployment", label: "Russia moves troops", confidence: 0.54,
    fields: [{ key: "time", value: "2022-02" }, { key: "sender", value: "RUS" }, { key: "destination", value: "BLR" },
      { key: "asset", value: "troops" }], quote: { text: "Russia moved troops", span: { start: 0, end: 19 } } };
  const { fact: w, dropped } = retype(fact, WITHDRAWAL, ["deployment-rus-blr", "withdrawal-fra-mli"]);
  assert.equal(w, { id: "withdrawal-rus-blr", type: "Withdrawal", label: "Russia moves troops",
    fields: [{ key: "time", value: "2022-02" }, { key: "agent", value: "" }, { key: "from", value: "" }, { key: "asset", value: "troops" }],
    quote: { text: "Russia moved troops", span: { start: 0, end: 19 } } });
  assert.equal(dropped, [{ key: "sender", value: "RUS" }, { key: "destination", value: "BLR" }]);
  assert.equal(fact.confidence, 0.54, "the original is not changed");
  // The id keeps its name when the new one is taken, and when it does not begin with the type's.
  assert.equal(retype(fact, WITHDRAWAL, ["deployment-rus-blr", "withdrawal-rus-blr"]).fact.id, "deployment-rus-blr");
  assert.equal(retype({ ...fact, id: "russia-to-belarus" }, WITHDRAWAL).fact.id, "russia-to-belarus");
  const same = retype(fact, DEPLOYMENT);
  assert.equal(same.fact.confidence, 0.54);
  assert.equal(same.dropped, []);
});

test("draft: a fact added from a passage has a free id, the type's empty fields and no confidence", () => {
  assert.equal(newFactId("Deployment", ["added-deployment-1", "added-deployment-3"]), "added-deployment-2");
  const f = newFact(WITHDRAWAL, { text: "Dutch troops left", span: { start: 4, end: 21 } }, []);
  assert.equal(f, { id: "added-withdrawal-1", type: "Withdrawal", label: "",
    fields: [{ key: "time", value: "" }, { key: "agent", value: "" }, { key: "from", value: "" }, { key: "asset", value: "" }],
    quote: { text: "Dutch troops left", span: { start: 4, end: 21 } } });
});

test("draft: the draft sent back keeps the provenance and sends a confidence only where there is one", () => {
  const draft = { article: { id: "offers", title: "Offers", published: "2022-01-24" }, generatedBy: "entente-extractor 0.2",
    generatedAt: "2026-12-02T18:50:00Z", facts: [], notes: ["a note"] };
  const facts = [
    { id: "a", type: "Deployment", label: "A", confidence: 0.5, fields: [{ key: "sender", value: "FRA", span: { start: 0, end: 6 } }],
      quote: { text: "France", span: { start: 0, end: 6 } } },
    { id: "b", type: "Deployment", label: "B", fields: [], quote: { text: "Dutch", span: { start: 8, end: 13 } } },
  ];
  assert.equal(reviewedDraft(draft, facts), {
    article: { id: "offers", title: "Offers", published: "2022-01-24" }, generatedBy: "entente-extractor 0.2",
    generatedAt: "2026-12-02T18:50:00Z",
    facts: [
      { id: "a", type: "Deployment", label: "A", fields: [{ key: "sender", value: "FRA" }], quote: { text: "France", span: { start: 0, end: 6 } }, confidence: 0.5 },
      { id: "b", type: "Deployment", label: "B", fields: [], quote: { text: "Dutch", span: { start: 8, end: 13 } } },
    ],
    notes: ["a note"],
  });
});

// As /api/fact-types gives them: max null for a field that takes any number of values.
const COUNTED = {
  name: "Deployment",
  fields: [{ key: "time", value: "time", min: 0, max: 1 }, { key: "sender", value: "actor", min: 1, max: null },
    { key: "destination", value: "place", min: 1, max: null }, { key: "asset", value: "asset", min: 1, max: 2 }],
};

test("draft: another value of a repeatable field goes after its last value; a field of one value takes no second", () => {
  const fields = [{ key: "time", value: "2022-02" }, { key: "sender", value: "FRA" }, { key: "sender", value: "BEL" },
    { key: "destination", value: "ROU" }, { key: "asset", value: "troops" }];
  assert.equal(canAddValue(COUNTED, fields, "sender"), true);
  assert.equal(addValue(COUNTED, fields, "sender"), [{ key: "time", value: "2022-02" }, { key: "sender", value: "FRA" },
    { key: "sender", value: "BEL" }, { key: "sender", value: "" }, { key: "destination", value: "ROU" }, { key: "asset", value: "troops" }]);
  assert.equal(fields.length, 5, "the original is not changed");
  assert.equal(canAddValue(COUNTED, fields, "time"), false);
  assert.equal(addValue(COUNTED, fields, "time"), fields);
  assert.equal(canAddValue(COUNTED, fields, "agent"), false, "not a field of the type");
});

test("draft: a field with a maximum takes values up to it", () => {
  const one = [{ key: "asset", value: "troops" }];
  assert.equal(canAddValue(COUNTED, one, "asset"), true);
  const two = addValue(COUNTED, one, "asset");
  assert.equal(two, [{ key: "asset", value: "troops" }, { key: "asset", value: "" }]);
  assert.equal(canAddValue(COUNTED, two, "asset"), false);
});
