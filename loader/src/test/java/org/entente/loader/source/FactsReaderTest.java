package org.entente.loader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FactsReaderTest {

    private static FactsDocument read(String text) {
        return FactsReader.read(new Input("test.facts", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String error(String text) {
        return assertThrows(InputException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsHeaderAndBlocksWithLines() {
        FactsDocument d = read("""
                # a comment
                article: a
                title: T

                [fact-one]
                type: Deployment
                quote: x: y
                """);
        assertEquals(2, d.header().size());
        assertEquals(1, d.blocks().size());
        assertEquals("fact-one", d.blocks().get(0).id());
        assertEquals(5, d.blocks().get(0).line());
        assertEquals("x: y", d.blocks().get(0).first("quote").get().value());
        assertEquals(7, d.blocks().get(0).first("quote").get().line());
    }

    @Test
    void readsTheProvenanceOfAnExtractedFileAsHeaderFields() {
        FactsDocument d = read("""
                article: a
                generated-by: entente-extractor 0.1
                generated-at: 2026-12-02T17:05:00Z
                review: drafted

                [fact-one]
                type: Deployment
                confidence: 0.83
                """);
        assertEquals("entente-extractor 0.1", d.headerField("generated-by").get().value());
        // Only the first colon separates the key: a time's colons stay in the value.
        assertEquals("2026-12-02T17:05:00Z", d.headerField("generated-at").get().value());
        assertEquals(3, d.headerField("generated-at").get().line());
        assertEquals("drafted", d.headerField("review").get().value());
        assertEquals("0.83", d.blocks().get(0).first("confidence").get().value());
        assertEquals(8, d.blocks().get(0).first("confidence").get().line());
    }

    @Test
    void reportsFileAndLineOfSyntaxErrors() {
        assertEquals("test.facts:3: expected 'key: value', '[fact-id]' or a '#' comment, found: 'this is not a field'",
                error("article: a\n\nthis is not a field\n"));
        assertEquals("test.facts:4: duplicate fact id 'x' (first used on line 2)", error("article: a\n[x]\ntype: Claim\n[x]\n"));
        assertEquals("test.facts:1: fact id 'Bad Id' must be lower-case letters, digits and hyphens (such as france-troops-to-romania)",
                error("[Bad Id]\n"));
        assertEquals("test.facts:2: 'label' has no value", error("[x]\nlabel:\n"));
        assertEquals("test.facts: is empty; a facts file starts with a header (article:, title:, text:, published:)", error("\n\n"));
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        byte[] latin1 = "article: a\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class,
                () -> FactsReader.read(new Input("latin1.facts", latin1)));
        assertEquals("latin1.facts:2: is not valid UTF-8 text", e.getMessage());
    }
}
