package org.entente.loader.source;

import java.util.Optional;

/**
 * A row of state-periods.csv: the entity an id names existed, in that identity, from {@code start}
 * to {@code end} (both inclusive).
 *
 * @param start the first day (or the month or year, where the source gives no more); empty if the
 *              entity existed before the data's coverage begins ({@link ReferenceData#COVERAGE_START})
 * @param end   the last day (or month or year); empty while it exists
 */
public record StatePeriod(
        String state,
        Optional<DayRange> start,
        Optional<DayRange> end,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
