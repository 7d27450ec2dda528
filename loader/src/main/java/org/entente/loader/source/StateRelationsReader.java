package org.entente.loader.source;

import java.util.List;

/** Reads state-relations.csv: continuation, succession, absorption and merger between states. */
public final class StateRelationsReader {
    private StateRelationsReader() {}

    public static final String[] COLUMNS = {"predecessor", "successor", "relation", "date", "source_url", "note"};

    /** The relations a row may name. */
    public static final String RELATIONS = "continuation|succession|absorption|merger";

    public static List<StateRelation> read(Input input) {
        return CsvTable.parse(input, COLUMNS).rows().stream()
                .map(r -> {
                    StateRelation s = new StateRelation(
                            r.require("predecessor", Patterns.ISO3, "a state code such as SUN"),
                            r.require("successor", Patterns.ISO3, "a state code such as RUS"),
                            r.require("relation", RELATIONS, "continuation, succession, absorption or merger"),
                            r.optionalDayRange("date").orElseThrow(() -> r.error("column 'date' is empty")),
                            r.require("source_url", Patterns.URL, "an http(s) URL"),
                            r.optional("note"),
                            new Origin(r.file(), r.line()));
                    if (s.predecessor().equals(s.successor())) {
                        throw r.error("predecessor and successor are both " + s.successor());
                    }
                    return s;
                })
                .toList();
    }
}
