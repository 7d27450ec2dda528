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
            if ((Character.getType(c) == Character.CONTROL && allowed.indexOf(c) < 0) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    /** How a message names the character: {@code control character U+001B}. */
    public static String describe(char c) {
        return (Character.getType(c) == Character.CONTROL ? "control character " : "non-character ")
                + String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
