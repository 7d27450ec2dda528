package org.entente.loader.source;

import java.util.List;
import java.util.Optional;

/**
 * A row of actors.csv: an actor that is neither a state nor an organisation. {@code type} is
 * ActorGroup or Person.
 *
 * @param includes   the states, organisations or actors the group consists of
 * @param onBehalfOf the states, organisations or actors the actor acts for
 */
public record Actor(
        String id,
        String label,
        String type,
        Optional<String> wikidata,
        List<String> includes,
        List<String> onBehalfOf,
        Optional<String> note,
        Origin origin) {
}
