package org.entente.loader.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.loader.Text;

/**
 * Reads the syntax of a facts file: comment lines ({@code #}), blank lines, {@code key: value}
 * lines, and {@code [fact-id]} lines that open a block. The header is the fields before the first
 * block. Fact ids must be unique in the file. Lines end with LF, CRLF or CR.
 */
public final class FactsReader {
    private FactsReader() {}

    private static final Pattern BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");
    private static final Pattern FACT_ID = Pattern.compile(Patterns.SLUG);

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
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<FactsDocument.Field> header = new ArrayList<>();
        List<FactsDocument.Block> blocks = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String blockId = null;
        int blockLine = 0;
        List<FactsDocument.Field> fields = header;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
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
            Matcher b = BLOCK.matcher(trimmed);
            if (b.matches()) {
                if (blockId != null) {
                    blocks.add(new FactsDocument.Block(blockId, blockLine, List.copyOf(fields)));
                }
                String id = b.group(1).strip();
                if (!FACT_ID.matcher(id).matches()) {
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
            Matcher f = FIELD.matcher(trimmed);
            if (!f.matches()) {
                throw new InputException(input.name(), lineNo,
                        "expected 'key: value', '[fact-id]' or a '#' comment, found: " + "'" + Text.shorten(trimmed, 60) + "'");
            }
            String value = f.group(2).strip();
            if (value.isEmpty()) {
                throw new InputException(input.name(), lineNo, "'" + f.group(1) + "' has no value");
            }
            fields.add(new FactsDocument.Field(f.group(1), value, lineNo));
        }
        if (blockId != null) {
            blocks.add(new FactsDocument.Block(blockId, blockLine, List.copyOf(fields)));
        }
        return new FactsDocument(input.name(), List.copyOf(header), List.copyOf(blocks));
    }
}
