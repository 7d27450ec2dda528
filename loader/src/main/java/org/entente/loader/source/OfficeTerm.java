package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A row of offices.csv: an actor held an office of a state from {@code start} to {@code end}
 * (both inclusive), acting for that state.
 *
 * @param office the office's English name, such as President of Russia
 * @param acting true if the holder was an acting (interim) holder
 */
public record OfficeTerm(
        String actor,
        String office,
        String state,
        LocalDate start,
        Optional<LocalDate> end,
        boolean acting,
        String sourceUrl,
        Optional<String> note,
        Origin origin) {
}
