package org.entente.server.ld;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The timeline of an entity page, as inline SVG (no script, no style attribute: the classes of
 * site.css that the web form's timeline uses): a bar per period (a membership from its start to
 * the end of its last day, or to today when it has not ended) and a mark per dated event at the
 * precision of its date (a day, a month, a year), one lane each, named, every mark a link. The
 * same reading of dates as the web form's {@code timeline.js}, for the three XSD forms the data
 * holds.
 */
public final class EntityTimeline {
    /** At most this many lanes are drawn; the tables below the timeline list every row. */
    public static final int MAX_LANES = 60;

    static final int WIDTH = 900;
    static final int GUTTER = 220;
    static final int LANE = 22;
    static final int AXIS = 30;
    static final int RIGHT = 8;

    /** A lane: its name, where its name links, and its marks. */
    public record Lane(String label, String href, List<Mark> marks) {}

    /**
     * A mark: a period ({@code end} may be null: not ended) or an event ({@code end} null, {@code event}
     * true); times as the data spells them (YYYY, YYYY-MM or YYYY-MM-DD); title: the tooltip; href: the link.
     */
    public record Mark(String start, String end, boolean event, String title, String href, String kind) {}

    /** A time read at its precision: [first, next) days and the precision's name. */
    record Span(LocalDate first, LocalDate next, String precision) {}

    private EntityTimeline() {}

    /** A lexical date (YYYY, YYYY-MM or YYYY-MM-DD, a time zone allowed) as the days it covers; empty if none. */
    static Optional<Span> span(String lexical) {
        if (lexical == null) {
            return Optional.empty();
        }
        String s = lexical.trim().replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", "");
        try {
            if (s.matches("\\d{4}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(s), 1, 1);
                return Optional.of(new Span(d, d.plusYears(1), "year"));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s + "-01");
                return Optional.of(new Span(d, d.plusMonths(1), "month"));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s);
                return Optional.of(new Span(d, d.plusDays(1), "day"));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The figure, or "" when no lane has a mark that can be drawn. today: where periods that have not
     * ended stop.
     */
    public static String render(String heading, List<Lane> all, LocalDate today) {
        List<Lane> lanes = new ArrayList<>();
        LocalDate t0 = null;
        LocalDate t1 = null;
        for (Lane l : all) {
            List<Mark> ok = new ArrayList<>();
            for (Mark m : l.marks()) {
                Optional<Span> a = span(m.start());
                if (a.isEmpty()) {
                    continue;
                }
                LocalDate end = m.event() ? a.get().next()
                        : m.end() == null ? max(today, a.get().next()) : span(m.end()).map(Span::next).orElse(null);
                if (end == null || end.isBefore(a.get().first())) {
                    continue;
                }
                ok.add(m);
                t0 = t0 == null || a.get().first().isBefore(t0) ? a.get().first() : t0;
                t1 = t1 == null || end.isAfter(t1) ? end : t1;
            }
            if (!ok.isEmpty()) {
                lanes.add(new Lane(l.label(), l.href(), ok));
            }
        }
        if (lanes.isEmpty()) {
            return "";
        }
        int total = lanes.size();
        if (lanes.size() > MAX_LANES) {
            lanes = lanes.subList(0, MAX_LANES);
        }
        long span = ChronoUnit.DAYS.between(t0, t1);
        long pad = Math.max(15, span / 25);
        LocalDate d0 = t0.minusDays(pad);
        LocalDate d1 = t1.plusDays(pad);
        double days = ChronoUnit.DAYS.between(d0, d1);
        int height = AXIS + lanes.size() * LANE + 8;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> GUTTER + (WIDTH - GUTTER - RIGHT) * ChronoUnit.DAYS.between(d0, d) / days;

        StringBuilder sb = new StringBuilder("<section id=\"timeline\">\n<h2>").append(Html.esc(heading)).append("</h2>\n");
        sb.append("<figure class=\"timeline\">\n<svg class=\"timeline-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"group\" aria-labelledby=\"timeline-caption\" data-from=\"").append(d0).append("\" data-to=\"")
                .append(d1).append("\" data-plot=\"").append(GUTTER).append(' ').append(WIDTH - RIGHT).append("\">\n");
        // The axis: a tick every 1, 2, 5, 10, 20 or 50 years, or every 1, 3 or 6 months, at most ten.
        int[][] steps = {{1, 0}, {3, 0}, {6, 0}, {0, 1}, {0, 2}, {0, 5}, {0, 10}, {0, 20}, {0, 50}, {0, 100}};
        int[] step = steps[steps.length - 1];
        for (int[] s : steps) {
            double len = s[0] > 0 ? s[0] * 30.44 : s[1] * 365.25;
            if (days / len <= 10) {
                step = s;
                break;
            }
        }
        LocalDate tick;
        if (step[1] > 0) {
            int y = (d0.getYear() + step[1] - 1) / step[1] * step[1];
            tick = LocalDate.of(y, 1, 1);
            if (tick.isBefore(d0)) {
                tick = tick.plusYears(step[1]);
            }
        } else {
            tick = d0.withDayOfMonth(1).plusMonths(1);
        }
        int shownYear = Integer.MIN_VALUE; // a month tick names its year when the year changes
        for (; !tick.isAfter(d1); tick = step[1] > 0 ? tick.plusYears(step[1]) : tick.plusMonths(step[0])) {
            String tx = num(x.applyAsDouble(tick));
            sb.append("<line class=\"tl-grid\" x1=\"").append(tx).append("\" x2=\"").append(tx).append("\" y1=\"").append(AXIS - 6)
                    .append("\" y2=\"").append(height - 4).append("\"/>");
            String label = step[1] > 0 ? String.valueOf(tick.getYear())
                    : tick.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                            + (tick.getYear() != shownYear ? " " + tick.getYear() : "");
            shownYear = tick.getYear();
            String anchor = x.applyAsDouble(tick) > WIDTH - 30 ? "end" : "middle";
            sb.append("<text class=\"tl-tick\" x=\"").append(tx).append("\" y=\"").append(AXIS - 10).append("\" text-anchor=\"")
                    .append(anchor).append("\">")
                    .append(Html.esc(label)).append("</text>\n");
        }
        int maxChars = GUTTER / 7;
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            int y = AXIS + i * LANE;
            if (i % 2 == 1) {
                sb.append("<rect class=\"tl-stripe\" x=\"0\" y=\"").append(y).append("\" width=\"").append(WIDTH).append("\" height=\"")
                        .append(LANE).append("\"/>");
            }
            String name = l.label().length() > maxChars ? l.label().substring(0, maxChars - 1) + "…" : l.label();
            String text = "<text class=\"tl-lane\" x=\"" + (GUTTER - 6) + "\" y=\"" + (y + LANE / 2) + "\" text-anchor=\"end\" dominant-baseline=\"middle\">"
                    + Html.esc(name) + (name.equals(l.label()) ? "" : "<title>" + Html.esc(l.label()) + "</title>") + "</text>";
            sb.append(l.href() == null ? text : "<a class=\"tl-lane-link\" href=\"" + Html.esc(l.href()) + "\">" + text + "</a>").append('\n');
            for (Mark m : l.marks()) {
                Span a = span(m.start()).orElseThrow();
                LocalDate end = m.event() ? a.next() : m.end() == null ? max(today, a.next()) : span(m.end()).orElseThrow().next();
                double x0 = x.applyAsDouble(a.first());
                double x1 = x.applyAsDouble(end);
                String attrs = " data-start=\"" + a.first() + "\" data-end=\"" + end + "\" data-precision=\"" + a.precision()
                        + "\" data-kind=\"" + (m.event() ? "event" : "period") + "\"";
                String shape;
                if (m.event() && a.precision().equals("day") && x1 - x0 < 6) {
                    shape = "<circle class=\"tl-mark tl-point " + m.kind() + "\" cx=\"" + num((x0 + x1) / 2) + "\" cy=\"" + (y + LANE / 2)
                            + "\" r=\"5\"" + attrs + "><title>" + Html.esc(m.title()) + "</title></circle>";
                } else {
                    shape = "<rect class=\"tl-mark " + (m.event() ? "tl-event" : "tl-bar") + (!m.event() && m.end() == null ? " tl-open" : "")
                            + " " + m.kind() + "\" x=\"" + num(x0) + "\" y=\"" + (y + 4) + "\" width=\"" + num(Math.max(2, x1 - x0))
                            + "\" height=\"" + (LANE - 8) + "\" rx=\"2\"" + attrs + "><title>" + Html.esc(m.title()) + "</title></rect>";
                }
                sb.append(m.href() == null ? shape : "<a class=\"tl-link\" href=\"" + Html.esc(m.href()) + "\" aria-label=\"" + Html.esc(m.title())
                        + "\">" + shape + "</a>").append('\n');
            }
        }
        sb.append("</svg>\n<figcaption id=\"timeline-caption\" class=\"small muted\">");
        sb.append(total == lanes.size() ? "" : "The first " + MAX_LANES + " of " + total + " lanes; the tables below list them all. ");
        sb.append("Bars are periods (lighter while they go on), other marks events at the precision of their date. "
                + "Hover for the dates; a click opens the page.</figcaption>\n</figure>\n</section>\n");
        return sb.toString();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
