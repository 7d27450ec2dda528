package org.entente.loader.extract;

/**
 * A passage of the article's text: {@code start} inclusive, {@code end} exclusive, counted in
 * Unicode code points from the first character of the text (as the loader's quote selectors count).
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of the UTF-16 range [from, to) of a text, in code points. */
    static Span ofChars(String text, int from, int to) {
        int start = text.codePointCount(0, from);
        return new Span(start, start + text.codePointCount(from, to));
    }
}
