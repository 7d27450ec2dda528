package org.entente.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Relative times against the publication date; the expected dates were counted on a calendar. */
class TimeResolverTest {

    private static List<String> times(String passage, String published, boolean future) {
        return TimeResolver.find(passage, 0, Optional.of(published), future).stream().map(TimeResolver.Time::value).toList();
    }

    @Test
    void weekdaysBeforeOrAfterThePublicationDay() {
        // 2022-02-03 is a Thursday.
        assertEquals(List.of("2022-01-31"), times("arrived on Monday", "2022-02-03", false));
        assertEquals(List.of("2022-02-07"), times("is due on Monday", "2022-02-03", true));
        assertEquals(List.of("2022-02-03"), times("landed on Thursday", "2022-02-03", false));
        // The publication's own weekday is that day, in either tense; a report's day is not the day of what is to come.
        assertEquals(List.of("2022-02-03"), times("talks are due on Thursday", "2022-02-03", true));
        assertEquals(List.of(), times("will deploy four jets to Lithuania, the government said on Monday", "2022-01-24", true));
        assertEquals(List.of("2022-01-24"), times("denied the claim, the ministry said on Monday", "2022-01-24", false));
        assertEquals(List.of("2022-02-07"), times("will arrive on Monday, officials told reporters on Thursday", "2022-02-03", true));
    }

    @Test
    void monthsAndYears() {
        assertEquals(List.of("2022-03"), times("next month", "2022-02-03", false));
        assertEquals(List.of("2022-01"), times("last month", "2022-02-03", false));
        assertEquals(List.of("2022-04"), times("from April", "2022-01-24", true));
        assertEquals(List.of("2014-03-10"), times("on 10 March", "2014-03-18", false));
        assertEquals(List.of("2014"), times("in 2014", "2022-01-24", false));
        assertEquals(List.of("2021"), times("last year", "2022-01-24", false));
    }

    @Test
    void aWeekAcrossTwoMonthsGivesNoTime() {
        // Published Wednesday 2022-02-02: last week is 24-30 January, one month.
        assertEquals(List.of("2022-01"), times("last week", "2022-02-02", false));
        // Published Tuesday 2022-03-08: last week is 28 February - 6 March, two months.
        assertEquals(List.of(), times("last week", "2022-03-08", false));
    }

    @Test
    void noDayWithoutAPublicationDay() {
        assertEquals(List.of(), times("on Monday", "2022-02", false));
    }
}
