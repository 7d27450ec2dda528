package org.entente.loader.source;

import java.util.List;

/** Reads land-borders.csv: one row per land border and period. */
public final class LandBordersReader {
    private LandBordersReader() {}

    public static final String[] COLUMNS = {"a", "b", "start", "end", "source_url", "note"};

    public static List<LandBorder> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    LandBorder b = new LandBorder(
                            r.require("a", Patterns.ISO3, "a state code such as FIN"),
                            r.require("b", Patterns.ISO3, "a state code such as RUS"),
                            r.optionalDayRange("start"),
                            r.optionalDayRange("end"),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            new Origin(r.file(), r.line()));
                    if (b.a().compareTo(b.b()) >= 0) {
                        throw r.error("a is " + b.a() + " and b is " + b.b() + "; a must come before b in alphabetical order");
                    }
                    Periods.check(r, b.start(), b.end());
                    return b;
                })
                .toList();
    }
}
