package org.entente.loader.source;

import static org.entente.loader.source.CountryIdentifiersReader.checked;

import java.util.List;

/** Reads actors.csv: persons and collectively named groups. */
public final class ActorsReader {
    private ActorsReader() {}

    public static final String[] COLUMNS = {"id", "label", "type", "wikidata", "includes", "on_behalf_of", "note"};

    private static final String IDS = Patterns.ISO3 + "|" + Patterns.ORGANISATION + "|" + Patterns.SLUG;
    private static final String WHAT = "ids of states, organisations or actors separated by spaces";

    public static List<Actor> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> new Actor(
                        r.require("id", Patterns.SLUG, "a lower-case id such as the-west"),
                        r.require("label"),
                        r.require("type", "ActorGroup|Person", "ActorGroup or Person"),
                        r.optional("wikidata").map(q -> checked(r, "wikidata", q, Patterns.QID, "a Wikidata item")),
                        PlacesReader.words(r, "includes", IDS, WHAT),
                        PlacesReader.words(r, "on_behalf_of", IDS, WHAT),
                        r.optional("note"),
                        new Origin(r.file(), r.line())))
                .toList();
    }
}
