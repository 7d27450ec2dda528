package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/** A row of organisations.csv. {@code type} is MilitaryAlliance or PoliticalEconomicUnion. */
public record Organisation(
        String id,
        String name,
        String type,
        Optional<String> wikidata,
        LocalDate founded,
        Optional<String> foundingTreaty,
        Optional<String> headquartersIso3,
        String sourceUrl,
        Origin origin) {
}
