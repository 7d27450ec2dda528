package org.entente.loader.source;

import java.util.List;

/** Reads offices.csv: the offices that actors held, with their periods. */
public final class OfficesReader {
    private OfficesReader() {}

    public static final String[] COLUMNS = {"actor", "office", "state", "start", "end", "acting", "source_url", "note"};

    public static List<OfficeTerm> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    OfficeTerm t = new OfficeTerm(
                            r.require("actor", Patterns.SLUG, "an actor id such as vladimir-putin"),
                            r.require("office"),
                            r.require("state", Patterns.ORGANISATION, "a state code such as RUS or an organisation id such as NATO"),
                            r.date("start"),
                            r.optionalDate("end"),
                            r.optional("acting").map(a -> {
                                if (!a.equals("true")) {
                                    throw r.error("column 'acting' is '" + a + "'; expected true or empty");
                                }
                                return true;
                            }).orElse(false),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            new Origin(r.file(), r.line()));
                    Periods.check(r, t.start(), t.end());
                    return t;
                })
                .toList();
    }
}
