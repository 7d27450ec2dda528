package org.entente.loader.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.loader.Text;

/**
 * Reads the syntax of a facts file: comment lines ({@code #}), blank lines, {@code key: value}
 * lines, and {@code [fact-id]} lines that open a block. The header is the fields before the first
 * block. Fact ids must be unique in the file. Lines end with LF, CRLF or CR.
 */
public final class FactsReader {
    private FactsReader() {}

    /*
     * The lines are recognised by hand, as these regular expressions (matched against the whole
     * stripped line) would, since they ran on every line of every file of a load:
     *   a block: \[([^\]]*)\]                        (see blockId)
     *   a field: ([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)      (see keyEnd)
     *   a fact id: Patterns.SLUG                     (see Patterns.isSlug)
     * FactsReaderTest checks them against the regular expressions on random lines.
     */

    /**
     * The largest facts file accepted: 1 MiB, some 3,000 facts, sixty times the bundled article's
     * file. A runaway file fails at once instead of taking minutes and gigabytes: a generated
     * 50 MB file of valid facts used to load, in 5 minutes and 6.8 GB of memory.
     */
    public static final int MAX_BYTES = 1 << 20;

    /** The longest line accepted, in characters (the bundled facts' longest line has 318). */
    public static final int MAX_LINE = 10_000;

    public static FactsDocument read(Input input) {
        if (input.bytes().length > MAX_BYTES) {
            throw new InputException(input.name(), "is " + input.bytes().length + " bytes; a facts file may have at most "
                    + MAX_BYTES + " bytes (1 MiB)");
        }
        String text = input.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(input.name(), "is empty; a facts file starts with a header (article:, title:, text:, published:)");
        }
        // LF, CRLF, or the CR alone of old Mac editors: with CR alone the whole file was one
        // line that began with '#', a comment, and the error was a missing 'article:'.
        List<String> lines = lines(text);
        List<FactsDocument.Field> header = new ArrayList<>();
        List<FactsDocument.Block> blocks = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String blockId = null;
        int blockLine = 0;
        List<FactsDocument.Field> fields = header;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.length() > MAX_LINE && line.codePointCount(0, line.length()) > MAX_LINE) {
                throw new InputException(input.name(), lineNo, "the line is " + line.codePointCount(0, line.length())
                        + " characters long; a line of a facts file may have at most " + MAX_LINE);
            }
            int bad = ControlCharacters.first(line, "\t");
            if (bad >= 0) {
                throw new InputException(input.name(), lineNo, ControlCharacters.describe(line.charAt(bad))
                        + "; a facts file may contain no control characters other than tab");
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String inBrackets = blockId(trimmed);
            if (inBrackets != null) {
                if (blockId != null) {
                    blocks.add(new FactsDocument.Block(blockId, blockLine, List.copyOf(fields)));
                }
                String id = inBrackets.strip();
                if (!Patterns.isSlug(id)) {
                    throw new InputException(input.name(), lineNo,
                            "fact id '" + id + "' must be lower-case letters, digits and hyphens (such as france-troops-to-romania)");
                }
                Integer previous = seen.putIfAbsent(id, lineNo);
                if (previous != null) {
                    throw new InputException(input.name(), lineNo,
                            "duplicate fact id '" + id + "' (first used on line " + previous + ")");
                }
                blockId = id;
                blockLine = lineNo;
                fields = new ArrayList<>();
                continue;
            }
            int keyEnd = keyEnd(trimmed);
            int colon = keyEnd < 0 ? -1 : colonAfterKey(trimmed, keyEnd);
            if (colon < 0) {
                throw new InputException(input.name(), lineNo,
                        "expected 'key: value', '[fact-id]' or a '#' comment, found: " + "'" + Text.shorten(trimmed, 60) + "'");
            }
            String key = trimmed.substring(0, keyEnd);
            String value = trimmed.substring(colon + 1).strip();
            if (value.isEmpty()) {
                throw new InputException(input.name(), lineNo, "'" + key + "' has no value");
            }
            fields.add(new FactsDocument.Field(key, value, lineNo));
        }
        if (blockId != null) {
            blocks.add(new FactsDocument.Block(blockId, blockLine, List.copyOf(fields)));
        }
        return new FactsDocument(input.name(), List.copyOf(header), List.copyOf(blocks));
    }

    /** The lines of a text, as {@code text.split("\r\n|\r|\n", -1)} gives them: a last empty line after a final break included. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** What is between the brackets of a {@code [fact-id]} line (\[([^\]]*)\]), or null if the line is not one. */
    static String blockId(String line) {
        int n = line.length();
        if (n < 2 || line.charAt(0) != '[' || line.charAt(n - 1) != ']' || line.indexOf(']') != n - 1) {
            return null;
        }
        return line.substring(1, n - 1);
    }

    /** The end of the key of a {@code key: value} line ([A-Za-z][A-Za-z0-9_-]*), or -1 if the line does not start with one. */
    static int keyEnd(String line) {
        if (line.isEmpty() || !isAsciiLetter(line.charAt(0))) {
            return -1;
        }
        int i = 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The index of the colon after a key (\s*: then a value of any characters but line
     * terminators, as '.' reads them), or -1 if there is none.
     */
    static int colonAfterKey(String line, int keyEnd) {
        int i = keyEnd;
        while (i < line.length() && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != ':') {
            return -1;
        }
        for (int j = i + 1; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The characters of the regular expression \s: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
