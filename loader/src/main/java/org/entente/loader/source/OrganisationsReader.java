package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;

/** Reads organisations.csv. */
public final class OrganisationsReader {
    private OrganisationsReader() {}

    public static final String[] COLUMNS = {"id", "name", "type", "wikidata", "founded", "founding_treaty",
        "headquarters_iso3", "source_url", "dissolved", "successor", "note", "common_name"};

    /** The types a row may give. */
    public static final String TYPES = "MilitaryAlliance|PoliticalEconomicUnion|RegionalSecurityOrganization"
            + "|IntergovernmentalOrganization|EconomicCommunity";

    public static List<Organisation> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    Organisation o = new Organisation(
                            r.require("id", Patterns.ORGANISATION, "an acronym of capital letters such as NATO"),
                            r.require("name"),
                            r.require("type", TYPES, String.join(", ", TYPES.split("\\|"))),
                            r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item such as Q7184")),
                            r.date("founded"),
                            r.optional("founding_treaty").map(t -> checked(r, "founding_treaty", t, Patterns.SLUG, "a treaty id")),
                            r.optional("headquarters_iso3").map(c -> checked(r, "headquarters_iso3", c, Patterns.ISO3, "an ISO alpha-3 code")),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optionalDate("dissolved"),
                            r.optional("successor").map(s -> checked(r, "successor", s, Patterns.ORGANISATION, "an organisation id such as EU")),
                            r.optional("note"),
                            r.optional("common_name"),
                            new Origin(r.file(), r.line()));
                    if (o.dissolved().isPresent() && o.dissolved().get().isBefore(o.founded())) {
                        throw r.error("dissolved " + o.dissolved().get() + " is before founded " + o.founded());
                    }
                    if (o.successor().isPresent() && o.dissolved().isEmpty()) {
                        throw r.error("successor " + o.successor().get() + " is given but dissolved is empty;"
                                + " an organisation is succeeded only when it no longer exists");
                    }
                    return o;
                })
                .toList();
    }
}
