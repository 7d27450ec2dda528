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
 * article's move to Belarus at month precision), reopened by a share link.
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
    void clearLogs() {
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
}
