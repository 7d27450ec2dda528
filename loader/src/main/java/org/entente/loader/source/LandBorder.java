package org.entente.loader.source;

import java.util.Optional;

/**
 * A row of land-borders.csv: states {@code a} and {@code b} ({@code a} before {@code b} in
 * alphabetical order) shared a land border from {@code start} to {@code end}, both inclusive.
 *
 * @param start the first day (or month or year); empty if the border existed before the data's
 *              coverage begins ({@link ReferenceData#COVERAGE_START})
 * @param end   the last day (or month or year); empty while the border exists
 */
public record LandBorder(
        String a,
        String b,
        Optional<DayRange> start,
        Optional<DayRange> end,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
