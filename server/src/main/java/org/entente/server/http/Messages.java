package org.entente.server.http;

/**
 * Putting text from a request into one-line messages. (A value is quoted with the library's
 * {@link org.entente.loader.Text#shorten}.)
 */
public final class Messages {
    private Messages() {}

    /** A text on one line: every run of white space (line breaks included) one space, none at the ends. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
