package org.entente.loader.source;

import java.util.List;
import java.util.Optional;

/**
 * A facts file as written: its header fields and its blocks, each field with its line. Only the
 * syntax has been checked; what the fields mean is checked when the document is mapped.
 */
public record FactsDocument(String file, List<Field> header, List<Block> blocks) {

    /** A {@code key: value} line. */
    public record Field(String key, String value, int line) {}

    /** A fact: {@code [id]} and the fields that follow it. */
    public record Block(String id, int line, List<Field> fields) {

        /** The values of a key, in order. */
        public List<Field> all(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).toList();
        }

        /** The single value of a key, if present. */
        public Optional<Field> first(String key) {
            return firstOf(fields, key);
        }
    }

    /** The single value of a header key, if present. */
    public Optional<Field> headerField(String key) {
        return firstOf(header, key);
    }

    /** The first field with this key (a loop, not a stream: it runs for several keys of every fact). */
    private static Optional<Field> firstOf(List<Field> fields, String key) {
        for (Field f : fields) {
            if (f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The file name of the article's text as the header gives it: a plain file name in the facts
     * file's own folder, never a path that leads elsewhere.
     */
    public String textFileName() {
        Field f = headerField("text")
                .orElseThrow(() -> error(1, "the header has no 'text:' (the file name of the article's text)"));
        String name = f.value();
        if (name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".") || name.startsWith(".")) {
            throw error(f.line(), "text '" + name + "' must be the name of a file in the same folder as the facts file, not a path");
        }
        return name;
    }

    public InputException error(int line, String problem) {
        return new InputException(file, line, problem);
    }
}
