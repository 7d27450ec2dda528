package org.entente.loader.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times in news text, at the precision the text gives (FORMAT.md, "time"): dates ("on 10 February",
 * "February 10, 2022", "in March", "in 2014") and times relative to the publication date ("on
 * Monday", "yesterday", "last month", "next year", "last week" when the week lies in one month).
 * A weekday is the latest one on or before the publication date, or the next one after it when the
 * clause speaks of the future. A time that cannot be resolved gives nothing.
 */
final class TimeResolver {
    private TimeResolver() {}

    /** A date at a precision: the value a facts file writes, YYYY, YYYY-MM or YYYY-MM-DD. */
    record Time(String value, int start, int end) {}

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")(?:,? (\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(?:in|from|by|since|until|early|late|mid-|end of|beginning of) (" + MONTHS + ")(?: (\\d{4}))?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|by|from|until) (\\d{4})\\b");
    /** A reporting verb in the past right before a time phrase: the time is that of the report. */
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:said|announced|told\\s+\\S+(?:\\s+\\S+)?|stated|confirmed|reported|added|wrote)\\s*$");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|since|by|last|next|this|until|from) (" + DAYS + ")\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(today|yesterday|tomorrow|last month|next month|this month|last year|next year|this year|earlier this year|"
                    + "earlier this month|last week|next week|this week|at the weekend|over the weekend)\\b");

    /** A date as a facts file writes it, if it is a real date of the form YYYY, YYYY-MM or YYYY-MM-DD. */
    static Optional<LocalDate> parse(String value) {
        try {
            if (value.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(YearMonth.parse(value).atDay(1));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The times a passage gives, resolved against the publication date (YYYY, YYYY-MM or YYYY-MM-DD,
     * its precision that of the publication date: relative days need a day).
     *
     * @param offset where the passage starts in the article (the times' offsets are in the article)
     * @param future true if the passage speaks of what is to come ("is due on Monday")
     */
    static List<Time> find(String passage, int offset, Optional<String> published, boolean future) {
        List<Time> found = new ArrayList<>();
        Optional<LocalDate> pub = published.flatMap(TimeResolver::parse);
        int precision = published.map(String::length).orElse(0);
        boolean haveDay = precision == 10;
        boolean haveMonth = precision >= 7;
        Matcher m = DAY_MONTH.matcher(passage);
        while (m.find()) {
            day(found, m, Integer.parseInt(m.group(1)), month(m.group(2)), m.group(3), pub, offset);
        }
        m = MONTH_DAY.matcher(passage);
        while (m.find()) {
            day(found, m, Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3), pub, offset);
        }
        m = MONTH.matcher(passage);
        while (m.find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : pub.map(LocalDate::getYear).orElse(null);
            if (year != null && !overlaps(found, m.start(1) + offset)) {
                found.add(new Time(YearMonth.of(year, month(m.group(1))).toString(), m.start(1) + offset, m.end() + offset));
            }
        }
        m = YEAR.matcher(passage);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1900 && y <= 2100) {
                found.add(new Time(m.group(1), m.start(1) + offset, m.end() + offset));
            }
        }
        if (haveDay) {
            LocalDate p = pub.get();
            m = WEEKDAY.matcher(passage);
            while (m.find()) {
                DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                String word = m.group().substring(0, m.group().indexOf(' '));
                if (future && REPORTED.matcher(passage.substring(0, m.start())).find()) {
                    // "will deploy jets, the ministry said on Monday": the day of the saying, which is past, not the
                    // day of what is to come.
                    continue;
                }
                // A future passage's weekday is the next one, except the publication's own weekday, which is that
                // day ("talks are due on Monday" in Monday's paper); "next Monday" is always the next one.
                boolean next = word.equals("next")
                        || (future && !word.equals("last") && !word.equals("since") && d != p.getDayOfWeek());
                LocalDate day = next ? p.with(TemporalAdjusters.next(d)) : p.with(TemporalAdjusters.previousOrSame(d));
                found.add(new Time(day.toString(), m.start() + offset, m.end() + offset));
            }
        }
        if (haveMonth) {
            LocalDate p = pub.get();
            m = RELATIVE.matcher(passage);
            while (m.find()) {
                int s = m.start() + offset;
                int e = m.end() + offset;
                relative(m.group(1), p, haveDay).ifPresent(v -> found.add(new Time(v, s, e)));
            }
        }
        return found;
    }

    private static Optional<String> relative(String phrase, LocalDate p, boolean haveDay) {
        YearMonth month = YearMonth.from(p);
        return switch (phrase) {
            case "today" -> haveDay ? Optional.of(p.toString()) : Optional.empty();
            case "yesterday" -> haveDay ? Optional.of(p.minusDays(1).toString()) : Optional.empty();
            case "tomorrow" -> haveDay ? Optional.of(p.plusDays(1).toString()) : Optional.empty();
            case "last month" -> Optional.of(month.minusMonths(1).toString());
            case "next month" -> Optional.of(month.plusMonths(1).toString());
            case "this month", "earlier this month" -> Optional.of(month.toString());
            case "last year" -> Optional.of(String.valueOf(p.getYear() - 1));
            case "next year" -> Optional.of(String.valueOf(p.getYear() + 1));
            case "this year", "earlier this year" -> Optional.of(String.valueOf(p.getYear()));
            case "last week" -> {
                if (!haveDay) {
                    yield Optional.empty();
                }
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield oneMonth(monday, monday.plusDays(6));
            }
            case "next week" -> {
                if (!haveDay) {
                    yield Optional.empty();
                }
                LocalDate monday = p.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                yield oneMonth(monday, monday.plusDays(6));
            }
            case "this week" -> {
                if (!haveDay) {
                    yield Optional.empty();
                }
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield oneMonth(monday, monday.plusDays(6));
            }
            case "at the weekend", "over the weekend" -> {
                if (!haveDay) {
                    yield Optional.empty();
                }
                LocalDate sunday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                yield oneMonth(sunday.minusDays(1), sunday);
            }
            default -> Optional.empty();
        };
    }

    private static Optional<String> oneMonth(LocalDate from, LocalDate to) {
        return YearMonth.from(from).equals(YearMonth.from(to)) ? Optional.of(YearMonth.from(from).toString()) : Optional.empty();
    }

    private static void day(List<Time> found, Matcher m, int day, Month month, String year, Optional<LocalDate> pub, int offset) {
        Integer y = year != null ? Integer.valueOf(year) : pub.map(LocalDate::getYear).orElse(null);
        if (y == null) {
            return;
        }
        try {
            LocalDate d = LocalDate.of(y, month, day);
            found.add(new Time(d.toString(), m.start() + offset, m.end() + offset));
        } catch (java.time.DateTimeException notADay) {
            // "31 February": no time
        }
    }

    private static boolean overlaps(List<Time> found, int at) {
        return found.stream().anyMatch(t -> t.start() <= at && at < t.end());
    }

    private static Month month(String name) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
