package org.entente.server.http;

/** Putting values from a request into one-line messages. */
public final class Messages {
    private Messages() {}

    /** A text on one line: every run of white space (line breaks included) one space, none at the ends. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * A value as it may appear in a one-line message: control characters (line breaks, NUL, ESC,
     * ...) written as {@code \n}, {@code \r}, {@code \t} or {@code \\u0000}, and at most
     * {@code max} characters of it (then "... (N characters)").
     */
    public static String quote(String value, int max) {
        StringBuilder sb = new StringBuilder();
        int n = value.codePointCount(0, value.length());
        int shown = 0;
        for (int i = 0; i < value.length() && shown < max;) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT) {
                        sb.append(String.format("\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        if (shown < n) {
            sb.append("... (").append(n).append(" characters)");
        }
        return sb.toString();
    }
}
