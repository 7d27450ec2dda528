package org.entente.loader.source;

import java.util.List;

/** Reads treaty-parties.csv: one row per period during which a state was party to a treaty. */
public final class TreatyPartiesReader {
    private TreatyPartiesReader() {}

    public static final String[] COLUMNS = {"treaty", "party", "signed", "became_party", "left", "source_url", "note"};

    public static List<TreatyParty> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    TreatyParty p = new TreatyParty(
                            r.require("treaty", Patterns.SLUG, "a treaty id"),
                            r.require("party", Patterns.ISO3, "an ISO 3166-1 alpha-3 code"),
                            r.optionalDate("signed"),
                            r.date("became_party"),
                            r.optionalDate("left"),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            new Origin(r.file(), r.line()));
                    if (p.left().isPresent() && p.left().get().isBefore(p.becameParty())) {
                        throw r.error("left " + p.left().get() + " is before became_party " + p.becameParty());
                    }
                    return p;
                })
                .toList();
    }
}
