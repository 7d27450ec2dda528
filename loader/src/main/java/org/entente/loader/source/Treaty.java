package org.entente.loader.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A row of treaties.csv: an international instrument, binding (a treaty) or not.
 *
 * @param instrument        one of {@link TreatiesReader#INSTRUMENTS}
 * @param depositaries      the depositaries' ids; an empty list if the instrument has none; empty
 *                          if they were not verified
 * @param provisionallyApplied the first day the whole treaty was applied provisionally
 * @param terminated        the last day the instrument was in force for anyone
 * @param terminationCause  expiry, withdrawal or agreement (with {@code terminated})
 */
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
        String instrument,
        Optional<List<String>> depositaries,
        Optional<LocalDate> provisionallyApplied,
        Optional<LocalDate> terminated,
        Optional<String> terminationCause,
        Optional<String> terminationNote,
        Optional<String> note,
        Origin origin) {
}
