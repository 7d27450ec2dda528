package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;

/** Reads assets.csv: categories of forces and named equipment types. */
public final class AssetsReader {
    private AssetsReader() {}

    public static final String[] COLUMNS = {"id", "label", "type", "category", "wikidata", "note"};

    public static List<Asset> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> new Asset(
                        r.require("id", Patterns.ASSET, "an id such as troops or F-16"),
                        r.require("label"),
                        r.require("type", "AssetCategory|AircraftType", "AssetCategory or AircraftType"),
                        r.optional("category").map(c -> checked(r, "category", c, Patterns.ASSET, "an asset id")),
                        r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item")),
                        r.optional("note"),
                        new Origin(r.file(), r.line())))
                .toList();
    }
}
