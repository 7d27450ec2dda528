import { test, assert } from "./harness.js";
import { confidence, factsFile, oneLine, passage, segments } from "/assets/js/draft.js";

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

test("draft: the facts file has the draft's provenance and the reviewer's facts", () => {
  const draft = { article: { id: "offers", title: "Offers\nto Romania", published: "2022-01-24" } };
  const facts = [{
    id: "france-troops", type: "Deployment", label: "France offers troops to Romania",
    fields: [{ key: "sender", value: "FRA" }, { key: "destination", value: "ROU" }, { key: "asset", value: "troops" },
      { key: "commitment", value: "offered" }, { key: "time", value: "" }],
    quote: { text: "France has offered\nto send troops" }, confidence: 0.8333,
  }];
  assert.equal(factsFile(draft, facts, { textFile: "offers.txt", at: "2026-12-02T17:05:00Z" }),
    "# Drafted by the extractor and not yet reviewed in the web form's review page.\n"
    + "article: offers\ntitle: Offers to Romania\ntext: offers.txt\npublished: 2022-01-24\n"
    + "generated-by: entente-extractor\ngenerated-at: 2026-12-02T17:05:00Z\nreview: drafted\n\n"
    + "[france-troops]\ntype: Deployment\nlabel: France offers troops to Romania\nsender: FRA\ndestination: ROU\n"
    + "asset: troops\ncommitment: offered\nconfidence: 0.833\nquote: France has offered to send troops\n");
  assert.ok(factsFile(draft, facts, { textFile: "offers.txt", review: "reviewed" }).includes("\nreview: reviewed\n"));
  assert.throws(() => factsFile({ article: { id: "x", title: "x" } }, [], { textFile: "x.txt" }));
});

test("draft: one line and confidences", () => {
  assert.equal(oneLine("  a\u00A0 b\n c "), "a b c");
  assert.equal([confidence(1), confidence(0), confidence(0.9), confidence(1.3)], ["1", "0", "0.9", "1"]);
});
