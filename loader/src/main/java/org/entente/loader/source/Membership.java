package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A row of memberships.csv: one period of membership, both dates inclusive.
 *
 * @param admittedAs the entity the organisation admitted, where it was not yet the state the id
 *                   names and the state continued its membership (the Byelorussian SSR for
 *                   Belarus in the UN); only then may a membership start before the state existed
 */
public record Membership(
        String organisation,
        String member,
        LocalDate start,
        Optional<LocalDate> end,
        String sourceUrl,
        Optional<String> note,
        Optional<String> admittedAs,
        Origin origin) {
}
