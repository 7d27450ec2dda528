package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;

/** Reads treaties.csv. */
public final class TreatiesReader {
    private TreatiesReader() {}

    public static final String[] COLUMNS = {"id", "name", "signed_date", "signed_place", "signed_place_wikidata",
        "in_force_date", "founds", "wikidata", "depositary_iso3", "source_url"};

    public static List<Treaty> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    Treaty t = new Treaty(
                            r.require("id", Patterns.SLUG, "a lower-case id such as north-atlantic-treaty"),
                            r.require("name"),
                            r.date("signed_date"),
                            r.require("signed_place"),
                            r.optional("signed_place_wikidata").map(q -> checked(r, "signed_place_wikidata", q, Patterns.QID, "a Wikidata item")),
                            r.optionalDate("in_force_date"),
                            r.optional("founds").map(o -> checked(r, "founds", o, Patterns.ORGANISATION, "an organisation acronym")),
                            r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item")),
                            r.optional("depositary_iso3").map(c -> checked(r, "depositary_iso3", c, Patterns.ISO3, "an ISO alpha-3 code")),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            new Origin(r.file(), r.line()));
                    if (t.inForce().isPresent() && t.inForce().get().isBefore(t.signed())) {
                        throw r.error("in_force_date " + t.inForce().get() + " is before signed_date " + t.signed());
                    }
                    return t;
                })
                .toList();
    }
}
