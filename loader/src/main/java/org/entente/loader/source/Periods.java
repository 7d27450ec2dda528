package org.entente.loader.source;

import java.time.LocalDate;
import java.util.Optional;

/** Checks shared by the tables whose rows are periods with a start and an end that may be imprecise. */
final class Periods {
    private Periods() {}

    /** The end may not lie before the start: its last possible day must not precede the start's first. */
    static void check(CsvTable.Row r, Optional<DayRange> start, Optional<DayRange> end) {
        if (start.isPresent() && end.isPresent() && end.get().last().isBefore(start.get().first())) {
            throw r.error("end " + end.get().lexical() + " is before start " + start.get().lexical());
        }
        if (end.isPresent() && start.isEmpty() && end.get().last().isBefore(ReferenceData.COVERAGE_START)) {
            throw r.error("end " + end.get().lexical() + " is before " + ReferenceData.COVERAGE_START
                    + ", where the data begins; an empty start means the period began before that day");
        }
    }

    /** For periods with an exact start day: the end, if any, may not lie before it. */
    static void check(CsvTable.Row r, LocalDate start, Optional<LocalDate> end) {
        if (end.isPresent() && end.get().isBefore(start)) {
            throw r.error("end " + end.get() + " is before start " + start);
        }
    }
}
