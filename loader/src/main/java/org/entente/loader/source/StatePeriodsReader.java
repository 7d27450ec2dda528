package org.entente.loader.source;

import java.util.List;

/** Reads state-periods.csv: one row per period of existence of a state or territory. */
public final class StatePeriodsReader {
    private StatePeriodsReader() {}

    public static final String[] COLUMNS = {"state", "start", "end", "source_url", "note"};

    public static List<StatePeriod> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    StatePeriod p = new StatePeriod(
                            r.require("state", Patterns.ISO3, "a state code such as POL"),
                            r.optionalDayRange("start"),
                            r.optionalDayRange("end"),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            new Origin(r.file(), r.line()));
                    Periods.check(r, p.start(), p.end());
                    return p;
                })
                .toList();
    }
}
