package org.entente.loader.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
