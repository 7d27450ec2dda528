package org.entente.loader.source;

import java.util.List;

/** Reads organisation-names.csv: every name each organisation has had, with its period. */
public final class OrganisationNamesReader {
    private OrganisationNamesReader() {}

    public static final String[] COLUMNS = {"organisation", "name", "abbreviation", "start", "end", "source_url", "note"};

    public static List<OrganisationName> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    OrganisationName n = new OrganisationName(
                            r.require("organisation", Patterns.ORGANISATION, "an organisation id such as OSCE"),
                            r.require("name"),
                            r.optional("abbreviation"),
                            r.date("start"),
                            r.optionalDate("end"),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            new Origin(r.file(), r.line()));
                    Periods.check(r, n.start(), n.end());
                    return n;
                })
                .toList();
    }
}
