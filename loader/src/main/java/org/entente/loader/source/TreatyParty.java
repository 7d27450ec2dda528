package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/** A row of treaty-parties.csv: a period during which a state was party to a treaty. */
public record TreatyParty(
        String treaty,
        String party,
        Optional<LocalDate> signed,
        LocalDate becameParty,
        Optional<LocalDate> left,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
