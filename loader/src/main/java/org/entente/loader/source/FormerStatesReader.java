package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;

/** Reads former-states.csv. */
public final class FormerStatesReader {
    private FormerStatesReader() {}

    public static final String[] COLUMNS = {"id", "iso3166_3", "name", "wikidata", "cow_code", "source_url", "note"};

    public static List<FormerState> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> new FormerState(
                        r.require("id", Patterns.ISO3, "a code of three capital letters such as SUN"),
                        r.optional("iso3166_3").map(c -> checked(r, "iso3166_3", c, "[A-Z]{4}", "an ISO 3166-3 code of four capital letters such as SUHH")),
                        r.require("name"),
                        r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item such as Q15180")),
                        r.optional("cow_code").map(c -> Integer.valueOf(checked(r, "cow_code", c, "[0-9]{1,4}", "a number"))),
                        r.require("source_url", Patterns.URL, "an http(s) URL"),
                        r.optional("note"),
                        new Origin(r.file(), r.line())))
                .toList();
    }
}
