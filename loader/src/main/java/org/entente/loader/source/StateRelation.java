package org.entente.loader.source;

import java.util.Optional;

/**
 * A row of state-relations.csv: how a successor took the place of a predecessor.
 *
 * @param relation continuation, succession, absorption or merger
 * @param date     the first day of the successor's situation (or its month or year, where the source gives no more)
 */
public record StateRelation(
        String predecessor,
        String successor,
        String relation,
        DayRange date,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
