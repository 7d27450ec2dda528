package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;

/** Reads organisations.csv. */
public final class OrganisationsReader {
    private OrganisationsReader() {}

    public static final String[] COLUMNS =
            {"id", "name", "type", "wikidata", "founded", "founding_treaty", "headquarters_iso3", "source_url"};

    public static List<Organisation> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> new Organisation(
                        r.require("id", Patterns.ORGANISATION, "an acronym of capital letters such as NATO"),
                        r.require("name"),
                        r.require("type", "MilitaryAlliance|PoliticalEconomicUnion", "MilitaryAlliance or PoliticalEconomicUnion"),
                        r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item such as Q7184")),
                        r.date("founded"),
                        r.optional("founding_treaty").map(t -> checked(r, "founding_treaty", t, Patterns.SLUG, "a treaty id")),
                        r.optional("headquarters_iso3").map(c -> checked(r, "headquarters_iso3", c, Patterns.ISO3, "an ISO alpha-3 code")),
                        r.require("source_url", Patterns.URL, "an http(s) URL"),
                        new Origin(r.file(), r.line())))
                .toList();
    }
}
