package org.entente.loader.source;

import java.util.List;

/** Reads aliases.csv: the other names of entities that kg extract resolves in news text. */
public final class AliasesReader {
    private AliasesReader() {}

    public static final String[] COLUMNS = {"alias", "kind", "id", "source_url", "note"};

    public static List<Alias> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> new Alias(
                        r.require("alias"),
                        r.require("kind", "state|organisation|actor|place|asset", "state, organisation, actor, place or asset"),
                        r.require("id", Patterns.ASSET, "an id of the reference tables"),
                        r.optional("source_url").map(u -> CountryIdentifiersReader.checked(r, "source_url", u, Patterns.URL, "an http(s) URL")),
                        r.require("note"),
                        new Origin(r.file(), r.line())))
                .toList();
    }
}
