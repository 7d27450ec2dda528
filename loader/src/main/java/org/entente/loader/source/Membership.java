package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/** A row of memberships.csv: one period of membership, both dates inclusive. */
public record Membership(
        String organisation,
        String member,
        LocalDate start,
        Optional<LocalDate> end,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
