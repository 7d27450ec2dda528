package org.entente.loader.source;

import java.util.List;

/** Reads memberships.csv: one row per membership period, start and end inclusive. */
public final class MembershipsReader {
    private MembershipsReader() {}

    public static final String[] COLUMNS = {"organisation", "member", "start", "end", "source_url", "note", "admitted_as"};

    public static List<Membership> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    Membership m = new Membership(
                            r.require("organisation", Patterns.ORGANISATION, "an organisation acronym such as NATO"),
                            r.require("member", Patterns.ISO3, "a state code such as POL"),
                            r.date("start"),
                            r.optionalDate("end"),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            r.optional("admitted_as"),
                            new Origin(r.file(), r.line()));
                    Periods.check(r, m.start(), m.end());
                    return m;
                })
                .toList();
    }
}
