package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/** A row of treaties.csv. */
public record Treaty(
        String id,
        String name,
        LocalDate signed,
        String signedPlace,
        Optional<String> signedPlaceWikidata,
        Optional<LocalDate> inForce,
        Optional<String> founds,
        Optional<String> wikidata,
        Optional<String> depositaryIso3,
        String sourceUrl,
        Origin origin) {
}
