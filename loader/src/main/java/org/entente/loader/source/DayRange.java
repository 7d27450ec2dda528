package org.entente.loader.source;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A day, or a month or a year when that is all a source gives: the first and the last day it
 * may stand for. {@code 2022-02-24} is one day; {@code 2022-02} is any day of February 2022;
 * {@code 2022} any day of that year.
 *
 * @param lexical the value as written: YYYY, YYYY-MM or YYYY-MM-DD
 * @param first   the first day it may be
 * @param last    the last day it may be (the same as {@code first} for a day)
 */
public record DayRange(String lexical, LocalDate first, LocalDate last) {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** The forms accepted, for messages. */
    public static final String FORMS = "YYYY-MM-DD, YYYY-MM or YYYY";

    /**
     * Parses a day, a month or a year.
     *
     * @throws IllegalArgumentException with a message for the user if it is not a real date of one of those forms
     */
    public static DayRange parse(String lexical) {
        try {
            if (isDate(lexical, 4)) {
                int y = Integer.parseInt(lexical);
                return new DayRange(lexical, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if (isDate(lexical, 7)) {
                YearMonth ym = YearMonth.parse(lexical);
                return new DayRange(lexical, ym.atDay(1), ym.atEndOfMonth());
            }
            if (isDate(lexical, 10)) {
                LocalDate d = LocalDate.parse(lexical, DAY);
                return new DayRange(lexical, d, d);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + lexical + "' is not a real date");
        }
        throw new IllegalArgumentException("'" + lexical + "' is not a time of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /**
     * True if the value has the form of a year ([0-9]{4}, length 4), a month ([0-9]{4}-[0-9]{2},
     * length 7) or a day ([0-9]{4}-[0-9]{2}-[0-9]{2}, length 10): ASCII digits, with hyphens at 4
     * and 7. Checked by hand, as times are parsed for every fact that has one.
     */
    private static boolean isDate(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** One day. */
    public static DayRange of(LocalDate day) {
        return new DayRange(day.toString(), day, day);
    }

    /** True if the value names one day. */
    public boolean isDay() {
        return first.equals(last);
    }
}
