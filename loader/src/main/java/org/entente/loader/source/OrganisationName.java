package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/** A row of organisation-names.csv: a name an organisation had from {@code start} to {@code end}, both inclusive. */
public record OrganisationName(
        String organisation,
        String name,
        Optional<String> abbreviation,
        LocalDate start,
        Optional<LocalDate> end,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
