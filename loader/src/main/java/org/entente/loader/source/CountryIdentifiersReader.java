package org.entente.loader.source;

import java.util.List;

/** Reads country-identifiers.csv (Our World in Data): ISO codes, Wikidata items, Correlates of War codes. */
public final class CountryIdentifiersReader {
    private CountryIdentifiersReader() {}

    public static final String[] COLUMNS = {"iso3", "iso2", "name", "wikidata", "wikidata_label", "cow_code", "cow_letter"};

    public static List<CountryIdentifiers> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                // OWID also lists sub-national entities with longer codes (such as PS-GZA): not countries.
                .filter(r -> r.get("iso3").matches(Patterns.ISO3))
                .map(r -> new CountryIdentifiers(
                        r.get("iso3"),
                        r.get("iso2"),
                        r.require("name"),
                        r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item such as Q159")),
                        r.optional("cow_code").map(c -> Integer.valueOf(checked(r, "cow_code", c, "[0-9]{1,4}", "a number"))),
                        r.optional("cow_letter"),
                        new Origin(r.file(), r.line())))
                .toList();
    }

    static String checked(CsvTable.Row r, String column, String value, String regex, String what) {
        if (!value.matches(regex)) {
            throw r.error("column '" + column + "' is '" + value + "'; expected " + what);
        }
        return value;
    }
}
