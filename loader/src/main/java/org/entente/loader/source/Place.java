package org.entente.loader.source;

import java.util.List;
import java.util.Optional;

/** A row of places.csv: a place that is not a state. {@code type} is Sea, Region, Continent or BorderArea. */
public record Place(
        String id,
        String label,
        String type,
        Optional<String> wikidata,
        Optional<String> partOf,
        List<String> comprises,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
