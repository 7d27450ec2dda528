package org.entente.loader.source;

import java.util.ArrayList;
import java.util.List;

import org.entente.loader.Text;

/**
 * Finds a quote in a text, tolerating only differences of white space (a run of spaces, tabs,
 * line breaks or no-break spaces matches any other such run), and reports where it is in Unicode
 * code points, as W3C Web Annotation text position selectors count.
 */
public final class QuoteLocator {
    /** How much context a text quote selector keeps on each side, in code points. */
    public static final int CONTEXT = 32;

    /** The white space that separates words: the regular expression [\s\u00A0\u2007\u202F]+, as {@link #isWs} reads it. */
    private final String text;
    /** The text with every maximal run of white space (as that regular expression matches it) replaced by one space. */
    private final String collapsed;
    /** For each char of {@link #collapsed}, its index in {@link #text}. */
    private final int[] origin;

    public QuoteLocator(String text) {
        this.text = text;
        char[] t = text.toCharArray();
        char[] c = new char[t.length];
        int[] o = new int[t.length];
        int n = 0;
        int i = 0;
        while (i < t.length) {
            o[n] = i;
            if (isWs(t[i])) {
                c[n++] = ' ';
                while (i < t.length && isWs(t[i])) {
                    i++;
                }
            } else {
                c[n++] = t[i];
                i++;
            }
        }
        this.collapsed = new String(c, 0, n);
        this.origin = o;
    }

    /** The characters of the white space between words: \\s (space, tab, line feed, vertical tab, form feed, carriage return) and three no-break spaces. */
    private static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u2007'
                || c == '\u202F';
    }

    /**
     * The words of a stripped quote joined by one space, as {@code String.join(" ", s.split(WS))} for the regular expression WS above;
     * null where that split gives no first word (an empty quote, or one that starts with a
     * no-break space, which {@code strip()} keeps).
     */
    static String joinedWords(String s) {
        if (s.isEmpty() || isWs(s.charAt(0))) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isWs(c)) {
                while (i < n && isWs(s.charAt(i))) {
                    i++;
                }
                if (i < n) {
                    b.append(' ');
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** Where a quote is: {@code start} inclusive and {@code end} exclusive, in code points. */
    public record Located(int start, int end, String exact, String prefix, String suffix, String sentence) {}

    /** Why a quote could not be located. */
    public static final class NotLocated extends Exception {
        private static final long serialVersionUID = 1L;

        NotLocated(String message) {
            super(message, null, false, false);
        }
    }

    public Located locate(String quote) throws NotLocated {
        // The words separated by runs of white space, as a regular expression of the quoted words
        // joined by WS would match them: no word holds white space, so a match's runs are maximal
        // and it is an occurrence of the words joined by one space in the collapsed text. Matches
        // do not overlap, as Matcher.find's do not.
        String joined = joinedWords(quote.strip());
        if (joined == null) {
            throw new NotLocated("the quote is empty");
        }
        List<int[]> found = new ArrayList<>();
        int at = collapsed.indexOf(joined);
        while (at >= 0) {
            int end = at + joined.length();
            found.add(new int[] {origin[at], origin[end - 1] + 1});
            at = collapsed.indexOf(joined, end);
        }
        if (found.isEmpty()) {
            throw new NotLocated("quote not found in the text: \"" + Text.shorten(quote, 80) + "\"");
        }
        if (found.size() > 1) {
            throw new NotLocated("quote occurs " + found.size() + " times in the text; quote more of the sentence: \""
                    + Text.shorten(quote, 80) + "\"");
        }
        int s = found.get(0)[0];
        int e = found.get(0)[1];
        int start = text.codePointCount(0, s);
        int end = start + text.codePointCount(s, e);
        String prefix = text.substring(text.offsetByCodePoints(s, -Math.min(CONTEXT, start)), s);
        int after = text.codePointCount(e, text.length());
        String suffix = text.substring(e, text.offsetByCodePoints(e, Math.min(CONTEXT, after)));
        return new Located(start, end, text.substring(s, e), prefix, suffix, sentence(s, e));
    }

    /** The sentence around [s, e): from the last sentence end or line break before it to the next after it. */
    private String sentence(int s, int e) {
        int from = s;
        while (from > 0) {
            char c = text.charAt(from - 1);
            if (c == '\n') {
                break;
            }
            if (isSpace(c) && from >= 2 && isSentenceEnd(text.charAt(from - 2))) {
                break;
            }
            from--;
        }
        int to = e;
        boolean endsSentence = isSentenceEnd(text.charAt(e - 1)) && (e == text.length() || isSpace(text.charAt(e)));
        while (!endsSentence && to < text.length()) {
            char c = text.charAt(to);
            if (c == '\n') {
                break;
            }
            if (isSentenceEnd(c) && (to + 1 == text.length() || isSpace(text.charAt(to + 1)))) {
                to++;
                break;
            }
            to++;
        }
        return text.substring(from, Math.max(to, e)).strip();
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
