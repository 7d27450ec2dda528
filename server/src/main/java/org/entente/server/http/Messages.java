package org.entente.server.http;

import org.entente.loader.Text;

/** Putting values from a request into one-line messages. */
public final class Messages {
    private Messages() {}

    /** A value as it may appear in a one-line message: {@link Text#shorten}. */
    public static String quote(String value, int max) {
        return Text.shorten(value, max);
    }
}
