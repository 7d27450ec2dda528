package org.entente.loader.source;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180, UTF-8, a header row) whose rows know their line numbers, so that every
 * problem is reported as {@code file:line: problem}.
 */
public final class CsvTable {
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String file;
    private final List<Row> rows;

    private CsvTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    /** Parses the input and checks that the header has exactly the expected columns, in order. */
    public static CsvTable parse(Input input, String... columns) {
        String text = input.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(input.name(), "is empty; expected a header row: " + String.join(",", columns));
        }
        int bad = ControlCharacters.first(text, "\t\n\r");
        if (bad >= 0) {
            int line = 1 + (int) text.substring(0, bad).chars().filter(c -> c == '\n').count();
            throw new InputException(input.name(), line, ControlCharacters.describe(text.charAt(bad))
                    + "; a table may contain no control characters other than tab and line breaks");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        // Line numbers are counted here, not taken from the parser: its positions count the empty
        // lines it skips as part of the next record, and its messages are one line off or absent.
        String[] lines = text.split("\r\n|\r|\n", -1);
        int headerLine = firstNonEmpty(lines, 1);
        int next = headerLine + 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(List.of(columns))) {
                throw new InputException(input.name(), headerLine,
                        "header is " + String.join(",", header) + "; expected " + String.join(",", columns));
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < columns.length; i++) {
                index.put(columns[i], i);
            }
            for (CSVRecord rec : parser) {
                int rowLine = firstNonEmpty(lines, next);
                if (rec.size() != columns.length) {
                    throw new InputException(input.name(), rowLine,
                            "has " + rec.size() + " fields; expected " + columns.length);
                }
                List<String> values = new ArrayList<>(rec.size());
                int breaks = 0;
                for (String v : rec) {
                    values.add(v.strip());
                    breaks += (int) v.chars().filter(c -> c == '\n').count();
                }
                rows.add(new Row(input.name(), rowLine, index, values));
                next = rowLine + breaks + 1;
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            String why = firstLine(cause.getMessage()).replaceFirst("^\\(startline \\d+\\)\\s*", "")
                    .replaceFirst("\\s+at line: \\d+, position: [\\d,]+$", "");
            throw new InputException(input.name(), firstNonEmpty(lines, next), "is not valid CSV: " + why);
        }
        return new CsvTable(input.name(), Collections.unmodifiableList(rows));
    }

    /** The first line, counting from 1, at or after {@code from} that is not empty (the parser skips empty lines). */
    private static int firstNonEmpty(String[] lines, int from) {
        int l = from;
        while (l <= lines.length && lines[l - 1].isEmpty()) {
            l++;
        }
        return Math.min(l, lines.length);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public String file() {
        return file;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One data row. */
    public static final class Row {
        private final String file;
        private final int line;
        private final Map<String, Integer> index;
        private final List<String> values;

        Row(String file, int line, Map<String, Integer> index, List<String> values) {
            this.file = file;
            this.line = line;
            this.index = index;
            this.values = values;
        }

        public int line() {
            return line;
        }

        public String file() {
            return file;
        }

        /** The value of a column, possibly empty. */
        public String get(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return values.get(i);
        }

        /** The value of a column, or empty if the cell is empty. */
        public Optional<String> optional(String column) {
            String v = get(column);
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        /** The value of a column that must not be empty. */
        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw error("column '" + column + "' is empty");
            }
            return v;
        }

        /** A column that must match a pattern, with a description of what it should be. */
        public String require(String column, String regex, String what) {
            String v = require(column);
            if (!v.matches(regex)) {
                throw error("column '" + column + "' is '" + v + "'; expected " + what);
            }
            return v;
        }

        /** An optional date column in YYYY-MM-DD form that must be a real day. */
        public Optional<LocalDate> optionalDate(String column) {
            return optional(column).map(v -> parseDate(column, v));
        }

        /**
         * An optional column that holds a day, or a month or a year where the source gives no
         * more ({@link DayRange}): YYYY-MM-DD, YYYY-MM or YYYY, a real date.
         */
        public Optional<DayRange> optionalDayRange(String column) {
            return optional(column).map(v -> {
                try {
                    return DayRange.parse(v);
                } catch (IllegalArgumentException e) {
                    throw error("column '" + column + "' is '" + v + "', not a date of the form " + DayRange.FORMS);
                }
            });
        }

        /** A date column in YYYY-MM-DD form that must be a real day. */
        public LocalDate date(String column) {
            return parseDate(column, require(column));
        }

        private LocalDate parseDate(String column, String v) {
            try {
                return LocalDate.parse(v, STRICT_DATE);
            } catch (DateTimeParseException e) {
                throw error("column '" + column + "' is '" + v + "', not a date of the form YYYY-MM-DD");
            }
        }

        /** An error about this row. */
        public InputException error(String problem) {
            return new InputException(file, line, problem);
        }
    }
}
