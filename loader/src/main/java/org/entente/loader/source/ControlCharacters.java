package org.entente.loader.source;

import java.util.Locale;

/**
 * Finds characters that must not reach the store: control characters (Unicode category Cc, such as
 * NUL, BEL or the ESC of terminal escape sequences) and the non-characters U+FFFE and U+FFFF. None
 * of them can be written in XML 1.0, so a literal holding one breaks every XML serialisation of the
 * data (SPARQL XML results, RDF/XML), and printed to a terminal they can rewrite what it shows.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** The index of the first forbidden character in s, or -1; {@code allowed} lists the control characters that are fine. */
    public static int first(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Category Cc is exactly U+0000-U+001F and U+007F-U+009F (tested against Character.getType).
            if ((isControl(c) && allowed.indexOf(c) < 0) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    /** True for the characters of Unicode category Cc, as {@code Character.getType(c) == Character.CONTROL}. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** How a message names the character: {@code control character U+001B}. */
    public static String describe(char c) {
        return (Character.getType(c) == Character.CONTROL ? "control character " : "non-character ")
                + String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
