package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.Arrays;
import java.util.List;

/** Reads places.csv: places that are not states. */
public final class PlacesReader {
    private PlacesReader() {}

    public static final String[] COLUMNS = {"id", "label", "type", "wikidata", "part_of", "comprises", "source_url", "note"};

    public static List<Place> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> new Place(
                        r.require("id", Patterns.SLUG, "a lower-case id such as black-sea"),
                        r.require("label"),
                        r.require("type", "Sea|BodyOfWater|Region|Continent|BorderArea|Settlement",
                                "Sea, Region, Continent, BorderArea or Settlement"),
                        r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item")),
                        r.optional("part_of"),
                        words(r, "comprises", Patterns.ISO3, "ISO alpha-3 codes separated by spaces"),
                        r.require("source_url", Patterns.URL, "an http(s) URL"),
                        r.optional("note"),
                        new Origin(r.file(), r.line())))
                .toList();
    }

    /** A space-separated list of identifiers, each of which must match the pattern. */
    static List<String> words(CsvTable.Row r, String column, String regex, String what) {
        String v = r.get(column);
        if (v.isEmpty()) {
            return List.of();
        }
        List<String> words = Arrays.asList(v.split("\\s+"));
        for (String w : words) {
            checked(r, column, w, regex, what);
        }
        return List.copyOf(words);
    }
}
