package org.entente.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.server.ld.EntityTimeline.Lane;
import org.entente.server.ld.EntityTimeline.Mark;
import org.junit.jupiter.api.Test;

/** The entity pages' timeline: dates at their precision, bars and marks, escaping, the lane limit. */
class EntityTimelineTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void datesAreReadAtTheirPrecision() {
        assertEquals(new EntityTimeline.Span(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 3, 1), "month"), EntityTimeline.span("2022-02").orElseThrow());
        assertEquals(new EntityTimeline.Span(LocalDate.of(1949, 1, 1), LocalDate.of(1950, 1, 1), "year"), EntityTimeline.span("1949").orElseThrow());
        assertEquals(new EntityTimeline.Span(LocalDate.of(1999, 3, 12), LocalDate.of(1999, 3, 13), "day"), EntityTimeline.span("1999-03-12Z").orElseThrow());
        assertTrue(EntityTimeline.span("2022-02-30").isEmpty());
        assertTrue(EntityTimeline.span("February 2022").isEmpty());
        assertTrue(EntityTimeline.span(null).isEmpty());
    }

    static double attr(String svg, String mark, String name) {
        Matcher m = Pattern.compile("<(?:rect|circle)[^>]*" + Pattern.quote(mark) + "[^>]*>").matcher(svg);
        assertTrue(m.find(), "no mark " + mark + " in " + svg);
        Matcher a = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(m.group());
        assertTrue(a.find(), name + " of " + m.group());
        return Double.parseDouble(a.group(1));
    }

    @Test
    void barsRunFromStartToEndAndEventsAreAsLongAsTheirPrecision() {
        String svg = EntityTimeline.render("Timeline", List.of(
                new Lane("North Atlantic Treaty Organization", "/id/organisation/NATO",
                        List.of(new Mark("1999-03-12", null, false, "NATO: 1999-03-12 – (not ended)", "/id/membership/NATO/POL/1999-03-12", "tl-c0"))),
                new Lane("Warsaw Pact", "/id/organisation/WP",
                        List.of(new Mark("1955-06-04", "1991-07-01", false, "WP", "/wp", "tl-c0"))),
                new Lane("Russia sends forces to Belarus", "/e",
                        List.of(new Mark("2022-02", null, true, "Russia sends forces to Belarus: 2022-02", "/e", "tl-c1")))), TODAY);
        assertTrue(svg.contains("data-start=\"1999-03-12\" data-end=\"2026-01-01\" data-precision=\"day\" data-kind=\"period\""), svg);
        assertTrue(svg.contains("class=\"tl-mark tl-bar tl-open tl-c0\""), "a membership that goes on is open");
        assertTrue(svg.contains("data-start=\"1955-06-04\" data-end=\"1991-07-02\""), "to the end of its last day");
        assertTrue(svg.contains("data-start=\"2022-02-01\" data-end=\"2022-03-01\" data-precision=\"month\" data-kind=\"event\""), svg);
        assertTrue(svg.contains("<a class=\"tl-link\" href=\"/id/membership/NATO/POL/1999-03-12\""), "each mark a link");
        assertTrue(svg.contains("<a class=\"tl-lane-link\" href=\"/id/organisation/NATO\">"), "each lane's name a link");
        assertEquals(2.0, attr(svg, "data-start=\"2022-02-01\"", "width"), 1e-9, "at least 2 px on an axis of 77 years");
        assertTrue(attr(svg, "data-start=\"1999-03-12\"", "x") > attr(svg, "data-start=\"1955-06-04\"", "x"), "later is further right");

        // On an axis of a year and a half, a month is 28 days of it.
        svg = EntityTimeline.render("Timeline", List.of(
                new Lane("Exercise", null, List.of(new Mark("2021-06-01", "2022-09-30", false, "x", null, "tl-c0"))),
                new Lane("Russia sends forces to Belarus", "/e", List.of(new Mark("2022-02", null, true, "t", "/e", "tl-c1")))), TODAY);
        Matcher d = Pattern.compile("data-from=\"([^\"]+)\" data-to=\"([^\"]+)\"").matcher(svg);
        assertTrue(d.find());
        double days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(d.group(1)), LocalDate.parse(d.group(2)));
        double px = EntityTimeline.WIDTH - EntityTimeline.GUTTER - EntityTimeline.RIGHT;
        assertEquals(28 / days * px, attr(svg, "data-start=\"2022-02-01\"", "width"), 0.1);
        assertTrue(svg.contains(">Jun 2021</text>") && svg.contains(">Mar 2022</text>") && svg.contains(">Sep</text>"),
                "month ticks, with the year where it changes");
        assertFalse(svg.contains("style="), "no inline style");
    }

    @Test
    void everythingIsEscapedAndUndatedMarksAreLeftOut() {
        String svg = EntityTimeline.render("Timeline <b>", List.of(
                new Lane("<script>alert(1)</script>", "/x?a=1&b=\"2\"", List.of(new Mark("2000", null, true, "a \"title\" <i>", "/x", "tl-c1"))),
                new Lane("no date", null, List.of(new Mark("soon", null, true, "t", null, "tl-c1")))), TODAY);
        assertFalse(svg.contains("<script>"), svg);
        assertFalse(svg.contains("<b>") || svg.contains("<i>"), svg);
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        assertTrue(svg.contains("href=\"/x?a=1&amp;b=&quot;2&quot;\""), svg);
        assertFalse(svg.contains("no date"), "a lane without a drawable mark is left out");
        assertEquals("", EntityTimeline.render("T", List.of(new Lane("x", null, List.of(new Mark("x", null, true, "t", null, "c")))), TODAY));
    }

    @Test
    void atMostSixtyLanesWithANote() {
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            lanes.add(new Lane("State " + i, null, List.of(new Mark("1945-10-24", null, false, "t", null, "tl-c0"))));
        }
        String svg = EntityTimeline.render("T", lanes, TODAY);
        assertEquals(60, Pattern.compile("<rect class=\"tl-mark").matcher(svg).results().count());
        assertTrue(svg.contains("The first 60 of 75 lanes"), svg);
    }
}
