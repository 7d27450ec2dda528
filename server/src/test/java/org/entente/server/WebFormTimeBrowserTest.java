package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Time in the web form, in a real browser ({@link HeadlessChromium}; skipped without it) against a
 * real server over the bundled data: the Timeline view (NATO's enlargement as a Gantt, the
 * article's move to Belarus at month precision), reopened by a share link; the Map's time slider
 * (NATO in 1985) and the frame times of its playback.
 */
class WebFormTimeBrowserTest {
    static KgServer server;
    static HeadlessChromium browser;
    static WebDriver driver;
    static String root;

    @BeforeAll
    static void start() throws IOException {
        browser = HeadlessChromium.startOrSkip();
        driver = browser.driver;
        server = KgServer.builder().store(TestData.bundled()).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).build()).build().start();
        root = server.url();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void clearLogsAndMemory() {
        driver.get(root + "dumps/");
        js("localStorage.clear()");
        driver.manage().logs().get(LogType.BROWSER);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a page of the form and waits for its result to be described (labels in) and the timeline drawn. */
    static void openTimeline(String pathAndQuery) {
        driver.get(root + pathAndQuery.substring(1));
        waiting().until(ExpectedConditions.attributeToBe(By.id("results"), "data-labels", "done"));
        waiting().until(d -> !d.findElements(By.cssSelector("#view-timeline svg.timeline-svg .tl-mark")).isEmpty());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> marks() {
        return (List<Map<String, Object>>) js("return [...document.querySelectorAll('#view-timeline .tl-mark')].map(m => ({"
                + "tag: m.tagName, cls: m.getAttribute('class'), start: m.dataset.start, end: m.dataset.end,"
                + "precision: m.dataset.precision, kind: m.dataset.kind, x: Number(m.getAttribute('x')),"
                + "width: Number(m.getAttribute('width')), title: m.querySelector('title').textContent,"
                + "href: m.closest('a') ? m.closest('a').getAttribute('href') : null}))");
    }

    /** The results (summary, tabs, the view) as a PNG in target/, for docs/: the window made tall enough. */
    static void screenshot(String name, int height) throws IOException {
        driver.manage().window().setSize(new Dimension(1280, height));
        js("document.getElementById('results').scrollIntoView()");
        Path shot = driver.findElement(By.id("results")).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** The state → memberSince of the API's answer, read as a program would. */
    static Map<String, String> memberSince(String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "api/queries/" + query))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> out = new TreeMap<>();
        for (JsonNode b : new ObjectMapper().readTree(r.body()).path("results").path("bindings")) {
            String iri = b.path("state").path("value").asText();
            out.put("/id/state/" + iri.substring(iri.lastIndexOf('/') + 1), b.path("memberSince").path("value").asText());
        }
        return out;
    }

    @Test
    void theGanttOfNatoShowsABarPerMemberFromItsAccession() throws Exception {
        openTimeline("/?name=alliance-members-on-date&alliance=NATO&view=timeline");
        assertEquals("true", driver.findElement(By.id("tab-timeline")).getAttribute("aria-selected"));
        List<Map<String, Object>> bars = marks();
        Map<String, String> since = memberSince("alliance-members-on-date?alliance=NATO");
        assertEquals(32, since.size(), "NATO has 32 members since Sweden's accession on 2024-03-07");
        assertEquals(32, bars.size(), "a bar per member");
        Map<String, String> drawn = new TreeMap<>();
        for (Map<String, Object> b : bars) {
            assertEquals("rect", b.get("tag"));
            assertEquals("period", b.get("kind"));
            assertTrue(((String) b.get("cls")).contains("tl-open"), "no member has left: every bar is open " + b);
            assertTrue(LocalDate.now().toString().compareTo((String) b.get("end")) <= 0, "an open bar runs to today " + b);
            drawn.put((String) b.get("href"), (String) b.get("start"));
        }
        assertEquals(since, drawn, "each bar starts at its member's accession and links to its page");
        // Checked by hand against the reference data's sources.
        assertEquals("1949-08-24", drawn.get("/id/state/BEL"));
        assertEquals("1955-05-06", drawn.get("/id/state/DEU"));
        assertEquals("1999-03-12", drawn.get("/id/state/POL"));
        assertEquals("2023-04-04", drawn.get("/id/state/FIN"));
        assertEquals("2024-03-07", drawn.get("/id/state/SWE"));
        // On the axis, a later accession starts further right; the lanes are in order of accession.
        bars.sort((a, b) -> ((String) a.get("start")).compareTo((String) b.get("start")));
        for (int i = 1; i < bars.size(); i++) {
            double before = ((Number) bars.get(i - 1).get("x")).doubleValue();
            double after = ((Number) bars.get(i).get("x")).doubleValue();
            if (bars.get(i).get("start").equals(bars.get(i - 1).get("start"))) {
                assertEquals(before, after, 0.01);
            } else {
                assertTrue(after > before, bars.get(i) + " after " + bars.get(i - 1));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> lanes = (List<String>) js("return [...document.querySelectorAll('#view-timeline text.tl-lane')].map(t => t.textContent)");
        assertEquals("Sweden", lanes.get(lanes.size() - 1));
        assertEquals("Finland", lanes.get(lanes.size() - 2));
        assertEquals(List.of(), browser.severeConsoleMessages(), "no console warning or error (a CSP violation would be one)");
        screenshot("screenshot-timeline.png", 1500);

        // Zooming in narrows the axis around its middle; the whole period comes back.
        String from = driver.findElement(By.cssSelector("#view-timeline svg")).getDomAttribute("data-from");
        driver.findElement(By.cssSelector("#view-timeline button[aria-label='Zoom in']")).click();
        String zoomed = driver.findElement(By.cssSelector("#view-timeline svg")).getDomAttribute("data-from");
        assertTrue(zoomed.compareTo(from) > 0, from + " then " + zoomed);
        driver.findElement(By.xpath("//div[@id='view-timeline']//button[text()='Whole period']")).click();
        assertEquals(from, driver.findElement(By.cssSelector("#view-timeline svg")).getDomAttribute("data-from"));
    }

    @Test
    void theArticlesMoveToBelarusIsAMonthOnTheTimeline() {
        openTimeline("/?name=article-deployments&view=timeline");
        List<Map<String, Object>> marks = marks();
        // The article says "In February, Russia is sending its forces to Belarus" (time: 2022-02): a month,
        // the only deployment it dates.
        assertEquals(1, marks.size(), marks.toString());
        Map<String, Object> m = marks.get(0);
        assertEquals("event", m.get("kind"));
        assertEquals("month", m.get("precision"));
        assertEquals("2022-02-01", m.get("start"));
        assertEquals("2022-03-01", m.get("end"));
        assertEquals("rect", m.get("tag"), "a month-long mark, not a point");
        assertTrue(((String) m.get("title")).startsWith("Russia sends forces to Belarus: Feb 2022"), (String) m.get("title"));
        // Its width is 28 days of the axis.
        String[] plot = driver.findElement(By.cssSelector("#view-timeline svg")).getDomAttribute("data-plot").split(" ");
        double px = Double.parseDouble(plot[1]) - Double.parseDouble(plot[0]);
        WebElement svg = driver.findElement(By.cssSelector("#view-timeline svg"));
        long days = ChronoUnit.DAYS.between(LocalDate.parse(svg.getDomAttribute("data-from")), LocalDate.parse(svg.getDomAttribute("data-to")));
        assertEquals(28.0 / days * px, ((Number) m.get("width")).doubleValue(), 0.05 * px, "28 days wide");
        // The five undated deployments are listed under it, with the reason.
        List<String> notes = new ArrayList<>();
        driver.findElements(By.cssSelector("#view-timeline ul.tl-notes li")).forEach(li -> notes.add(li.getText()));
        assertEquals(5, notes.size(), notes.toString());
        assertTrue(notes.stream().allMatch(n -> n.startsWith("No mark for ") && n.endsWith(": no when.")), notes.toString());
        assertTrue(notes.contains("No mark for France offers to send troops to Romania: no when."), notes.toString());
        // Coloured by the progress the article gives: the colour is in the link, with a legend.
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("tl-colour"))).selectByValue("progress");
        waiting().until(ExpectedConditions.urlContains("colour=progress"));
        assertEquals(List.of(" planned"), texts("#view-timeline ul.tl-legend li"));
        assertTrue(((String) marks().get(0).get("title")).endsWith(" · progress: planned"), marks().toString());
    }

    @Test
    void aShareLinkWithViewTimelineReopensTheTimeline() {
        // Opened without a view: the table; the Timeline tab is offered beside it.
        driver.get(root + "?name=alliance-members-on-date&alliance=NATO&asOf=1990-01-01");
        waiting().until(ExpectedConditions.attributeToBe(By.id("results"), "data-labels", "done"));
        assertEquals("true", driver.findElement(By.id("tab-table")).getAttribute("aria-selected"));
        driver.findElement(By.id("tab-timeline")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#view-timeline .tl-mark")).isEmpty());
        String link = driver.findElement(By.id("share-link")).getAttribute("value");
        assertTrue(link.contains("view=timeline"), link);

        driver.get(root + "dumps/");
        openTimeline(link.substring(root.length() - 1));
        assertEquals("true", driver.findElement(By.id("tab-timeline")).getAttribute("aria-selected"));
        // On 1 January 1990: the sixteen members of the Cold War's end (Spain the last, 1982).
        assertEquals(16, marks().size());
    }

    // ---- the map through time ----

    /** The ISO numeric codes of the shaded countries. */
    @SuppressWarnings("unchecked")
    static java.util.Set<String> shaded() {
        return new java.util.TreeSet<>((List<String>) js("return [...document.querySelectorAll('#view-map svg.worldmap-svg path.country.hl')]"
                + ".map(p => p.getAttribute('data-iso'))"));
    }

    /** Moves the slider to the first stop of a year, as a user would (an input event), and waits for its map. */
    static String slideTo(String year) {
        // The slider's stops are in its data-dates (one per step).
        Number index = (Number) js("return document.getElementById('map-date').dataset.dates.split(' ')"
                + ".findIndex(d => d.startsWith(arguments[0]))", year);
        assertTrue(index.intValue() >= 0, "no stop in " + year);
        js("const s = document.getElementById('map-date'); s.value = String(arguments[0]); s.dispatchEvent(new Event('input', {bubbles: true}))",
                index);
        waiting().until(d -> String.valueOf(d.findElement(By.cssSelector("#view-map .map-frame")).getDomAttribute("data-date")).startsWith(year));
        return driver.findElement(By.cssSelector("#view-map .map-frame")).getDomAttribute("data-date");
    }

    /** NATO's members on any day of 1985: the twelve founders, Greece, Türkiye, (West) Germany and Spain. */
    static final java.util.Set<String> NATO_1985 = new java.util.TreeSet<>(List.of(
            "056", "124", "208", "250", "352", "380", "442", "528", "578", "620", "826", "840", // the founders
            "300", "792", "276", "724")); // GRC, TUR, DEU, ESP

    @Test
    void theSliderShadesNatoIn1985AndNotFinland() throws IOException {
        driver.get(root + "?name=alliance-members-on-date&alliance=NATO&view=map");
        waiting().until(d -> d.findElements(By.cssSelector("#view-map .map-frame[data-date]")).size() == 1);
        assertEquals(32, shaded().size(), "today: 32 members " + shaded());
        assertTrue(shaded().contains("246"), "Finland today");

        String date = slideTo("1985");
        assertEquals(NATO_1985, shaded(), "the members on " + date);
        assertTrue(!shaded().contains("246"), "not Finland");
        assertTrue(driver.getCurrentUrl().contains("at=" + date), driver.getCurrentUrl());
        String text = driver.findElement(By.id("map-date-value")).getText();
        assertTrue(text.startsWith(date + ": 16 rows"), text);

        // The link reopens the map on that date.
        String link = driver.findElement(By.id("share-link")).getAttribute("value");
        assertTrue(link.contains("at=" + date) && link.contains("view=map"), link);
        driver.get(root + "dumps/");
        driver.get(link);
        waiting().until(d -> d.findElements(By.cssSelector("#view-map .map-frame[data-date='" + date + "']")).size() == 1);
        assertEquals(NATO_1985, shaded());
        assertEquals(List.of(), browser.severeConsoleMessages(), "no console warning or error");
        js("document.getElementById('view-map').scrollIntoView()");
        screenshot("screenshot-map-time.png", 1500);
    }

    /**
     * Plays the slider through every year from 1945, twice (the second time from the cache), and
     * writes the frame times the page measured (performance entries {@code entente-map-frame}: fetch,
     * describe and draw) to target/map-frames.txt: the figures of docs/web-form.md. A measurement,
     * not a timed test: it only checks that every frame was drawn.
     */
    @Test
    void playbackFramesAreMeasured() throws IOException {
        driver.get(root + "?name=alliance-members-on-date&alliance=NATO&view=map");
        waiting().until(d -> d.findElements(By.cssSelector("#view-map .map-frame[data-date]")).size() == 1);
        StringBuilder report = new StringBuilder();
        for (String pass : List.of("first (each year asked of the server)", "second (from the cache)")) {
            js("const s = document.getElementById('map-date'); s.value = '0'; s.dispatchEvent(new Event('input', {bubbles: true}))");
            String first = ((String) js("return document.getElementById('map-date').dataset.dates")).split(" ")[0];
            waiting().until(d -> first.equals(d.findElement(By.cssSelector("#view-map .map-frame")).getDomAttribute("data-date")));
            js("performance.clearMeasures('entente-map-frame'); window.__playStarted = performance.now()");
            driver.findElement(By.cssSelector("#view-map button.map-play")).click();
            new WebDriverWait(driver, Duration.ofSeconds(180)).until(d ->
                    "false".equals(d.findElement(By.cssSelector("#view-map button.map-play")).getDomAttribute("aria-pressed")));
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) js("const e = performance.getEntriesByName('entente-map-frame');"
                    + "const d = e.map(x => x.duration).sort((a, b) => a - b);"
                    + "const wall = performance.now() - window.__playStarted;"
                    + "return {frames: e.length, cached: e.filter(x => x.detail.cached).length, median: d[Math.floor(d.length / 2)],"
                    + "  p90: d[Math.floor(d.length * 0.9)], max: d[d.length - 1], mean: d.reduce((a, b) => a + b, 0) / d.length,"
                    + "  wall, fps: e.length / (wall / 1000)}");
            int stops = ((String) js("return document.getElementById('map-date').dataset.dates")).split(" ").length;
            assertEquals(stops, ((Number) m.get("frames")).intValue(), "every stop drawn once: " + m);
            report.append(String.format(java.util.Locale.ROOT,
                    "%s pass: %d frames (%d asked before they were shown); frame time median %.1f ms, 90th percentile %.1f ms, max %.1f ms,"
                    + " mean %.1f ms (%.1f frames/s possible); playback %.1f s, %.2f frames/s%n",
                    pass, ((Number) m.get("frames")).intValue(), ((Number) m.get("cached")).intValue(),
                    num(m, "median"), num(m, "p90"), num(m, "max"), num(m, "mean"), 1000 / num(m, "mean"),
                    num(m, "wall") / 1000, num(m, "fps")));
        }
        Files.writeString(Path.of("target", "map-frames.txt"), report);
        System.out.print(report);
    }

    static double num(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }

    // ---- history and tabs ----

    @SuppressWarnings("unchecked")
    static List<String> texts(String css) {
        return (List<String>) js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css);
    }

    static void waitForRows(String rows) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), rows));
        waiting().until(ExpectedConditions.attributeToBe(By.id("results"), "data-labels", "done"));
    }

    @Test
    void aRefreshKeepsTheHistoryAndTheTabs() {
        openTimeline("/?name=alliance-members-on-date&alliance=NATO&asOf=1990-01-01&view=timeline");
        driver.get(root + "?name=nato-members-bordering-russia&asOf=2022-01-25");
        waitForRows("5 rows");
        driver.navigate().refresh();
        waitForRows("5 rows");
        assertEquals(List.of("NATO members bordering Russia (asOf = 2022-01-25)",
                "Members of an organisation on a date (alliance = NATO, asOf = 1990-01-01) · timeline"),
                texts("#recent a.recent"), "the last queries, newest first, with their view");
        // A recent query reopens with its parameters and view.
        driver.findElements(By.cssSelector("#recent a.recent")).get(1).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#view-timeline .tl-mark")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("asOf=1990-01-01") && driver.getCurrentUrl().contains("view=timeline"),
                driver.getCurrentUrl());
        assertEquals(16, marks().size());

        // A second tab with another query; both survive a refresh, and each reopens its own query.
        assertEquals(1, texts("#query-tabs li").size());
        driver.findElement(By.id("new-tab")).click();
        waiting().until(d -> texts("#query-tabs li button.query-tab-open").size() == 2);
        assertEquals(root, driver.getCurrentUrl(), "a new tab starts afresh");
        driver.findElement(By.cssSelector("button.example[data-name='nato-members-bordering-russia']")).click();
        driver.findElement(By.id("run")).click();
        waitForRows("rows");
        driver.navigate().refresh();
        waitForRows("rows");
        List<String> tabs = texts("#query-tabs li button.query-tab-open");
        assertEquals(List.of("Members of an organisation on a date (alliance = NATO, asOf = 1990-01-01)", "NATO members bordering Russia"),
                tabs);
        assertEquals("NATO members bordering Russia", driver.findElement(By.cssSelector("#query-tabs button[aria-current=true]")).getText());
        driver.findElements(By.cssSelector("#query-tabs li button.query-tab-open")).get(0).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#view-timeline .tl-mark")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("alliance-members-on-date") && driver.getCurrentUrl().contains("view=timeline"),
                driver.getCurrentUrl());
        // Closing the active tab opens its neighbour.
        driver.findElement(By.cssSelector("#query-tabs li.active button.query-tab-close")).click();
        waiting().until(ExpectedConditions.urlContains("nato-members-bordering-russia"));
        assertEquals(1, texts("#query-tabs li").size());
        assertEquals(List.of(), browser.severeConsoleMessages(), "no console warning or error");
    }

    // ---- the graph ----

    @Test
    void graphsAreDrawnWithLinksToThePagesAndCutWhenLarge() throws IOException {
        // DESCRIBE from Poland's page: the Text tab first, the Graph beside it.
        driver.get(root + "id/state/POL");
        driver.findElement(By.linkText("DESCRIBE")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result-text")));
        driver.findElement(By.id("tab-graph")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#view-graph svg.graph-svg circle.graph-node")).isEmpty());
        assertEquals("/id/state/POL", js("return document.querySelector(\"#view-graph circle[data-iri='https://w3id.org/entente/id/state/POL']\")"
                + ".closest('a').getAttribute('href')"));
        assertTrue(texts("#view-graph text.graph-label").contains("Poland"), "labelled");
        assertTrue(driver.getCurrentUrl().contains("view=graph"), driver.getCurrentUrl());

        // Sender → destination of the article's deployments.
        driver.get(root + "?name=article-deployments&view=graph");
        // The graph is drawn again once the labels are in: wait for that before reading its titles.
        waiting().until(ExpectedConditions.attributeToBe(By.id("results"), "data-labels", "done"));
        waiting().until(d -> !d.findElements(By.cssSelector("#view-graph line.graph-link")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) js("return [...document.querySelectorAll('#view-graph line.graph-link title')].map(t => t.textContent).sort()");
        assertTrue(links.contains("Russia → Belarus"), links.toString());
        assertEquals(6, links.size(), links.toString());
        screenshot("screenshot-graph.png", 1400);

        // A large graph is cut, and says so.
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER (isIRI(?o)) } LIMIT 2000";
        driver.get(root + "?view=graph&query=" + java.net.URLEncoder.encode(construct, java.nio.charset.StandardCharsets.UTF_8));
        waiting().until(d -> !d.findElements(By.cssSelector("#view-graph svg.graph-svg")).isEmpty());
        assertEquals(120, driver.findElements(By.cssSelector("#view-graph circle.graph-node")).size());
        String note = driver.findElement(By.cssSelector("#view-graph ul.graph-notes")).getText();
        assertTrue(note.startsWith("The graph is cut to stay readable: 120 of "), note);
        assertEquals(List.of(), browser.severeConsoleMessages(), "no console warning or error");
    }

    // ---- the entity pages ----

    static String fillOf(String css) {
        return (String) js("return getComputedStyle(document.querySelector(arguments[0])).fill", css);
    }

    @Test
    void entityPagesHaveTheTimelineInLightAndDark() throws IOException {
        driver.get(root + "id/state/POL");
        String bar = "#timeline a[href='/id/membership/NATO/POL/1999-03-12'] rect.tl-bar";
        assertEquals("1999-03-12", driver.findElement(By.cssSelector(bar)).getDomAttribute("data-start"));
        assertEquals("rgb(0, 114, 178)", fillOf(bar), "the light scheme's first colour, from site.css");
        assertEquals(List.of(), browser.severeConsoleMessages(), "the inline SVG breaks no CSP rule");
        driver.manage().window().setSize(new Dimension(1280, 1400));
        Path shot = driver.findElement(By.id("timeline")).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "screenshot-entity-timeline.png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        // The dark scheme, as a browser set to dark asks for it.
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            assertEquals("rgb(95, 176, 240)", fillOf(bar), "the dark scheme's first colour");
        } finally {
            ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }
}
