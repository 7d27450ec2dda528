package org.entente.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void shortValuesStayAsTheyAre() {
        assertEquals("Norway", Text.shorten("Norway", 40));
        assertEquals("a".repeat(40), Text.shorten("a".repeat(40), 40));
    }

    @Test
    void longValuesAreCutToTheLimitWithDots() {
        assertEquals("a".repeat(37) + "...", Text.shorten("a".repeat(41), 40));
        // Code points, not chars: an emoji counts once and is never split.
        assertEquals("\uD83D\uDE00".repeat(7) + "...", Text.shorten("\uD83D\uDE00".repeat(11), 10));
    }

    @Test
    void controlCharactersAreWrittenOut() {
        assertEquals("a\\nb\\tc\\u0000\\u001B\\u202E", Text.shorten("a\nb\tc\u0000\u001b\u202e", 40));
    }
}
