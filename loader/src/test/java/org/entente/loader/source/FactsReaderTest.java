package org.entente.loader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The regular expressions that recognised the lines before the reader did it by hand. */
    private static final Pattern BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");

    @Test
    void recognisesLinesAsTheRegularExpressionsDid() {
        String alphabet = "[]aZ9z-_:#. \t\u000B\f\u00A0\u0085\u2028\u2029\r\n\u00e9\uD835\uDCB3";
        Random random = new Random(7);
        int blocks = 0;
        int fields = 0;
        for (int trial = 0; trial < 200_000; trial++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = switch (random.nextInt(3)) {
                // Most random strings are neither; these are shaped to be one more often.
                case 0 -> "[" + b + "]";
                case 1 -> "aZ9_-".substring(random.nextInt(5)) + " \t:".substring(random.nextInt(3)) + b;
                default -> b.toString();
            };
            assertEquals(Arrays.asList(line.split("\r\n|\r|\n", -1)), FactsReader.lines(line), line);
            Matcher block = BLOCK.matcher(line);
            if (block.matches()) {
                assertEquals(block.group(1), FactsReader.blockId(line), line);
                blocks++;
            } else {
                assertNull(FactsReader.blockId(line), line);
            }
            Matcher field = FIELD.matcher(line);
            int keyEnd = FactsReader.keyEnd(line);
            int colon = keyEnd < 0 ? -1 : FactsReader.colonAfterKey(line, keyEnd);
            if (field.matches()) {
                assertEquals(field.group(1), line.substring(0, keyEnd), line);
                assertEquals(field.group(2), line.substring(colon + 1), line);
                fields++;
            } else {
                assertEquals(-1, colon, line);
            }
            assertEquals(line.matches(Patterns.SLUG), Patterns.isSlug(line), line);
        }
        assertTrue(blocks > 1000 && fields > 1000, blocks + " blocks, " + fields + " fields");
        assertTrue(Patterns.isSlug("a".repeat(64)) && !Patterns.isSlug("a".repeat(65)), "a slug has at most 64 characters");
    }

    @Test
    void findsTheControlCharactersOfUnicodeCategoryCc() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.getType(c) == Character.CONTROL, ControlCharacters.isControl(c), Integer.toHexString(c));
        }
        assertEquals(Character.getType(Character.MAX_VALUE) == Character.CONTROL, ControlCharacters.isControl(Character.MAX_VALUE));
    }

    @Test
    void readsDaysMonthsAndYearsAsTheRegularExpressionsDid() {
        String alphabet = "0123456789-\u0663x";
        Random random = new Random(11);
        int parsed = 0;
        for (int trial = 0; trial < 100_000; trial++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(4) == 0 ? random.nextInt(12) : new int[] {4, 7, 10}[random.nextInt(3)];
            for (int i = 0; i < n; i++) {
                b.append(i == 4 || i == 7 ? (random.nextInt(8) == 0 ? 'x' : '-') : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            boolean form = s.matches("[0-9]{4}") || s.matches("[0-9]{4}-[0-9]{2}") || s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
            try {
                DayRange r = DayRange.parse(s);
                assertTrue(form, s);
                assertEquals(s, r.lexical());
                parsed++;
            } catch (IllegalArgumentException e) {
                assertEquals(form ? "'" + s + "' is not a real date" : "'" + s + "' is not a time of the form YYYY, YYYY-MM or YYYY-MM-DD",
                        e.getMessage(), s);
            }
        }
        assertTrue(parsed > 1000, parsed + " parsed");
    }
}
