package org.entente.server.http;

import org.entente.loader.Text;

/** Putting values from a request into one-line messages. */
public final class Messages {
    private Messages() {}

    /** A text on one line: every run of white space (line breaks included) one space, none at the ends. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A value as it may appear in a one-line message: {@link Text#shorten}. */
    public static String quote(String value, int max) {
        return Text.shorten(value, max);
    }
}
