package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A row of organisations.csv.
 *
 * @param type      one of {@link OrganisationsReader#TYPES}
 * @param founded   the organisation's first day
 * @param dissolved its last day (inclusive), if it no longer exists
 * @param successor the organisation that replaced and succeeded it, if any
 * @param commonName the name it is commonly known by, where that differs from its official names (Warsaw Pact)
 */
public record Organisation(
        String id,
        String name,
        String type,
        Optional<String> wikidata,
        LocalDate founded,
        Optional<String> foundingTreaty,
        Optional<String> headquartersIso3,
        String sourceUrl,
        Optional<LocalDate> dissolved,
        Optional<String> successor,
        Optional<String> note,
        Optional<String> commonName,
        Origin origin) {
}
