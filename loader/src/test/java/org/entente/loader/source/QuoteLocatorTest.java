package org.entente.loader.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    @Test
    void offsetsCountCodePointsNotUtf16Units() throws Exception {
        // "𝒳" is one code point but two UTF-16 units; "“" is one code point but three UTF-8 bytes.
        String text = "𝒳 says “buffer zone” here. Next sentence.";
        QuoteLocator.Located at = new QuoteLocator(text).locate("“buffer zone”");
        assertEquals(7, at.start());
        assertEquals(20, at.end());
        assertEquals("“buffer zone”", at.exact());
        assertEquals("𝒳 says ", at.prefix());
        assertEquals("𝒳 says “buffer zone” here.", at.sentence());
    }

    @Test
    void toleratesOnlyWhiteSpaceDifferences() throws Exception {
        String text = "resources.\u00a0\n\nWhile Ukraine has pushed its forces";
        QuoteLocator.Located at = new QuoteLocator(text).locate("resources. While   Ukraine has");
        assertEquals("resources.\u00a0\n\nWhile Ukraine has", at.exact());
        assertThrows(QuoteLocator.NotLocated.class, () -> new QuoteLocator(text).locate("while ukraine has"));
        assertThrows(QuoteLocator.NotLocated.class, () -> new QuoteLocator(text).locate("Ukraine has pushed its troops"));
    }

    @Test
    void anAmbiguousQuoteIsRejected() {
        QuoteLocator.NotLocated e = assertThrows(QuoteLocator.NotLocated.class,
                () -> new QuoteLocator("NATO said no. NATO said yes.").locate("NATO said"));
        assertTrue(e.getMessage().contains("occurs 2 times"), e.getMessage());
    }

    @Test
    void aQuoteThatEndsASentenceKeepsOnlyThatSentence() throws Exception {
        QuoteLocator.Located at = new QuoteLocator("First one. The West is not a fan. Third one.").locate("is not a fan.");
        assertEquals("The West is not a fan.", at.sentence());
    }

    /** The search as a regular expression (how the locator first found quotes): the quoted words joined by runs of white space. */
    private static List<int[]> byRegex(String text, String quote) {
        String ws = "[\\s\\u00A0\\u2007\\u202F]+";
        StringBuilder regex = new StringBuilder();
        for (String w : quote.strip().split(ws)) {
            regex.append(regex.length() > 0 ? ws : "").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {text.codePointCount(0, m.start()), text.codePointCount(0, m.end())});
        }
        return found;
    }

    @Test
    void findsWhatTheRegularExpressionFinds() {
        String alphabet = "ab. \t\n\r\u000B\f\u00A0\u2007\u202F\u2028x𝒳";
        Random random = new Random(12);
        int located = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            String text = randomString(random, alphabet, 1 + random.nextInt(40));
            int from = random.nextInt(text.length());
            String quote = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(8)));
            if (random.nextInt(4) == 0) {
                quote = randomString(random, alphabet, 1 + random.nextInt(5));
            }
            if (Character.isLowSurrogate(quote.charAt(0)) || Character.isHighSurrogate(quote.charAt(quote.length() - 1))) {
                continue;
            }
            String q = quote;
            String[] words = quote.strip().split("[\\s\\u00A0\\u2007\\u202F]+");
            if (words.length == 0 || words[0].isEmpty()) {
                QuoteLocator.NotLocated e = assertThrows(QuoteLocator.NotLocated.class, () -> new QuoteLocator(text).locate(q));
                assertEquals("the quote is empty", e.getMessage());
                continue;
            }
            List<int[]> expected = byRegex(text, quote);
            if (expected.size() == 1) {
                QuoteLocator.Located at = assertDoesNotThrow(() -> new QuoteLocator(text).locate(q), text + " / " + q);
                assertEquals(expected.get(0)[0], at.start(), text + " / " + q);
                assertEquals(expected.get(0)[1], at.end(), text + " / " + q);
                located++;
            } else {
                QuoteLocator.NotLocated e = assertThrows(QuoteLocator.NotLocated.class, () -> new QuoteLocator(text).locate(q));
                if (expected.size() > 1) {
                    assertTrue(e.getMessage().contains("occurs " + expected.size() + " times"), e.getMessage());
                }
            }
        }
        assertTrue(located > 1000, "only " + located + " quotes located");
    }

    private static String randomString(Random random, String alphabet, int n) {
        int[] cps = alphabet.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(cps[random.nextInt(cps.length)]);
        }
        return b.toString();
    }
}
