package org.entente.loader;

/** Putting values from files and requests into one-line messages. */
public final class Text {
    private Text() {}

    /**
     * A value as it may appear in a one-line message: control and format characters (line breaks,
     * NUL, ESC, bidi controls, ...) written as {@code \n}, {@code \r}, {@code \t} or
     * {@code \\u0000}, and, if it has more than {@code max} code points, its first
     * {@code max - 3} followed by "...".
     */
    public static String shorten(String value, int max) {
        if (max < 4) {
            throw new IllegalArgumentException("max must be at least 4: " + max);
        }
        int n = value.codePointCount(0, value.length());
        int keep = n <= max ? n : max - 3;
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < value.length() && shown < keep; shown++) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
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
        if (keep < n) {
            sb.append("...");
        }
        return sb.toString();
    }
}
