package org.entente.loader.source;

import java.util.Optional;

/** A row of assets.csv: a category of forces or a named equipment type. {@code type} is AssetCategory or AircraftType. */
public record Asset(
        String id,
        String label,
        String type,
        Optional<String> category,
        Optional<String> wikidata,
        Optional<String> note,
        Origin origin) {
}
