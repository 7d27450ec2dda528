package org.entente.loader.source;

import java.util.List;
import java.util.Optional;

/** A row of actors.csv: an actor that is neither a state nor an organisation. {@code type} is ActorGroup or Person. */
public record Actor(
        String id,
        String label,
        String type,
        Optional<String> wikidata,
        List<String> includes,
        Optional<String> note,
        Origin origin) {
}
