package org.entente.loader.source;

import java.util.Optional;

/** A row of country-identifiers.csv: the Wikidata item and Correlates of War codes of a country. */
public record CountryIdentifiers(
        String iso3,
        String iso2,
        String name,
        Optional<String> wikidata,
        Optional<Integer> cowCode,
        Optional<String> cowLetters,
        Origin origin) {
}
