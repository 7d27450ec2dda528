package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.entente.loader.query.NamedQueryRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web form at / in a real browser: Debian's headless Chromium driven by its chromedriver
 * ({@link HeadlessChromium}; skipped without them), against a real server on a free port over the
 * bundled data.
 */
class WebFormBrowserTest {
    /** The six NATO members with a land border with Russia on any day after 2024-03-07. */
    static final List<String> SIX = List.of("Estonia", "Finland", "Latvia", "Lithuania", "Norway", "Poland");
    static final List<String> FIVE = List.of("Estonia", "Latvia", "Lithuania", "Norway", "Poland");

    static KgServer server;
    static HeadlessChromium browser;
    static WebDriver driver;
    static String root;
    static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        browser = HeadlessChromium.startOrSkip();
        driver = browser.driver;
        downloads = browser.downloads;
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
        // Each test starts with a browser that remembers no query: "/" would reopen the last one (its tab).
        driver.get(root + "dumps/");
        js("localStorage.clear()");
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    // ---- helpers ----

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a page of the server and waits until the form is ready (examples listed, editor made). */
    static void open(String pathAndQuery) {
        driver.get(root + pathAndQuery.substring(1));
        waiting().until(d -> !d.findElements(By.cssSelector("#examples button.example")).isEmpty()
                && !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
    }

    /** Waits for the result summary to say this many rows, and returns the texts of one column. */
    static List<String> column(int rows, String variable) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"),
                rows + (rows == 1 ? " row " : " rows ")));
        // The table is drawn again once the labels are in: wait for that.
        waiting().until(ExpectedConditions.attributeToBe(By.id("results"), "data-labels", "done"));
        return cells(columnIndex(variable));
    }

    static int columnIndex(String variable) {
        // The table is drawn twice (again once the labels are in): read it in one script, never hold elements.
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) js("return [...document.querySelectorAll('#view-table thead th')]"
                + ".map(th => th.textContent)");
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).replaceAll("[^A-Za-z]", "").equalsIgnoreCase(variable)) {
                return i;
            }
        }
        throw new AssertionError("no column " + variable + " in " + headers);
    }

    static List<String> cells(int index) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) js("return [...document.querySelectorAll('#view-table tbody tr')]"
                + ".map(tr => tr.children[arguments[0]].textContent)", index);
        return texts;
    }

    static void chooseExample(String name) {
        WebElement button = driver.findElement(By.cssSelector("button.example[data-name='" + name + "']"));
        button.click();
        waiting().until(ExpectedConditions.attributeToBe(button, "aria-pressed", "true"));
    }

    static void setDate(String id, String value) {
        js("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + "f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));",
                id, value);
    }

    static void run() {
        driver.findElement(By.id("run")).click();
    }

    static List<String> severeConsoleMessages() {
        return browser.severeConsoleMessages();
    }

    /** Every URL the page asked for, from Chromium's network log. */
    static Set<String> requestedUrls() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> urls = new TreeSet<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = json.readTree(e.getMessage()).path("message");
            if (m.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(m.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }

    // ---- the tests ----

    @Test
    void loadsWithoutConsoleErrorsAndAsksNoOtherHost() throws IOException {
        open("/");
        assertEquals(NamedQueryRegistry.fromClasspath().all().size(),
                driver.findElements(By.cssSelector("#examples button.example")).size(), "one button per named query");
        // Run the starter query and draw a map too, so that the check covers the results and the map data.
        driver.get(root + "?name=nato-members-bordering-russia&view=map");
        waiting().until(d -> !d.findElements(By.cssSelector("svg.worldmap-svg path.country.hl")).isEmpty());

        assertEquals(List.of(), severeConsoleMessages(), "console warnings or errors (CSP violations would show here)");
        String origin = "http://localhost:" + server.port() + "/";
        Set<String> urls = requestedUrls();
        assertTrue(urls.stream().anyMatch(u -> u.contains("/assets/vendor/codemirror/lib/codemirror.js")), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.contains("/assets/data/countries-110m.json")), urls.toString());
        for (String u : urls) {
            assertTrue(u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:" + origin),
                    "the page asked another host: " + u);
        }
        @SuppressWarnings("unchecked")
        List<String> entries = (List<String>) js("return performance.getEntries().map(e => e.name)"
                + ".filter(n => /^[a-z]+:/.test(n))");
        for (String u : entries) {
            assertTrue(u.startsWith(origin), "performance entry of another host: " + u);
        }
    }

    @Test
    void theServerSendsAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root)).build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(r.body().contains(" style=\""), "no inline style in index.html");
        assertFalse(r.body().matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "no inline script in index.html");
    }

    @Test
    void natoMembersBorderingRussiaTodayAndOnTheEveOfTheWar() throws Exception {
        open("/");
        chooseExample("nato-members-bordering-russia");
        assertTrue(driver.findElement(By.id("param-asOf")).getAttribute("type").equals("date"), "a date picker");
        run();
        assertEquals(SIX, column(6, "name"));
        // The state column shows labels that link to the Linked Data pages.
        assertEquals(List.of("Estonia", "/id/state/EST"), js("const a = document.querySelector("
                + "'#view-table tbody tr:first-child td:first-child a'); return [a.textContent, a.getAttribute('href')]"));
        String today = driver.getCurrentUrl();
        // Column headers sort: once ascending, again descending.
        js("document.querySelectorAll('#view-table thead th button.sort')[1].click()");
        js("document.querySelectorAll('#view-table thead th button.sort')[1].click()");
        assertEquals(List.of("Poland", "Norway", "Lithuania", "Latvia", "Finland", "Estonia"), cells(1));
        assertEquals("descending", js("return document.querySelectorAll('#view-table thead th')[1].getAttribute('aria-sort')"));

        setDate("param-asOf", "2022-01-25");
        run();
        assertEquals(FIVE, column(5, "name"));
        assertTrue(driver.getCurrentUrl().contains("name=nato-members-bordering-russia"), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().contains("asOf=2022-01-25"), driver.getCurrentUrl());

        // The CSV download: the link asks the API for CSV; clicking it saves the file.
        WebElement csv = driver.findElement(By.cssSelector("#downloads a.download[data-format=csv]"));
        String href = csv.getAttribute("href");
        assertTrue(href.startsWith(root + "api/queries/nato-members-bordering-russia?"), href);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals("state,name,memberSince", lines.get(0));
        assertEquals(6, lines.size(), r.body());
        assertTrue(lines.contains("https://w3id.org/entente/id/state/EST,Estonia,2004-03-29"), r.body());
        assertFalse(r.body().contains("Finland"));
        csv.click();
        Path file = downloads.resolve("results-nato-members-bordering-russia.csv");
        waiting().until(d -> Files.exists(file) && !Files.exists(Path.of(file + ".crdownload")));
        assertEquals(r.body(), Files.readString(file, StandardCharsets.UTF_8), "the saved file is the CSV");

        // Back goes to today's results, forward to 2022-01-25 again.
        driver.navigate().back();
        waiting().until(ExpectedConditions.urlToBe(today));
        assertEquals(SIX, column(6, "name"));
        driver.navigate().forward();
        assertEquals(FIVE, column(5, "name"));
    }

    @Test
    void aShareLinkReopensTheSameQueryAndResults() {
        open("/");
        chooseExample("nato-members-bordering-russia");
        setDate("param-asOf", "2022-01-25");
        run();
        List<String> before = column(5, "name");
        String link = driver.findElement(By.id("share-link")).getAttribute("value");
        assertTrue(link.startsWith(root + "?name=nato-members-bordering-russia"), link);
        assertTrue(link.contains("asOf=2022-01-25"), link);

        driver.get(root + "dumps/"); // somewhere else first
        driver.get(link);
        assertEquals(before, column(5, "name"));
        assertEquals("2022-01-25", driver.findElement(By.id("param-asOf")).getAttribute("value"));

        // A free query's link carries the text itself.
        String query = "PREFIX ent: <https://w3id.org/entente/ontology#>\nSELECT ?c WHERE { ?s ent:iso3166Alpha3 ?c } ORDER BY ?c LIMIT 3";
        js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", query);
        run();
        assertEquals(List.of("ABW", "AFG", "AGO"), column(3, "c"));
        String free = driver.findElement(By.id("share-link")).getAttribute("value");
        assertTrue(free.startsWith(root + "?query="), free);
        driver.get(root + "dumps/");
        driver.get(free);
        assertEquals(List.of("ABW", "AFG", "AGO"), column(3, "c"));
        assertEquals(query, js("return document.querySelector('.CodeMirror').CodeMirror.getValue()"));
    }

    @Test
    void theMapShadesTheSixStates() throws IOException {
        open("/?name=nato-members-bordering-russia&view=map");
        waiting().until(d -> !d.findElements(By.cssSelector("svg.worldmap-svg path.country.hl")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> shaded = (List<String>) js("return [...document.querySelectorAll('svg.worldmap-svg path.country.hl')]"
                + ".map(p => p.getAttribute('data-iso'))");
        assertEquals(new TreeSet<>(List.of("233", "246", "428", "440", "578", "616")), new TreeSet<>(shaded));
        // Each shaded state links to its page and is named on hover.
        WebElement finland = driver.findElement(By.cssSelector("svg.worldmap-svg path.country.hl[data-iso='246']"));
        assertEquals("Finland", finland.findElement(By.tagName("title")).getAttribute("textContent"));
        assertEquals("/id/state/FIN", js("return arguments[0].closest('a').getAttribute('href')", finland));
        // Other countries are drawn, not shaded.
        assertTrue(driver.findElements(By.cssSelector("svg.worldmap-svg path.country:not(.hl)")).size() > 150);
        // The link to the query keeps the map.
        String link = driver.findElement(By.id("share-link")).getAttribute("value");
        assertTrue(link.endsWith("?name=nato-members-bordering-russia&view=map"), link);

        // The screenshot for the documentation (target/screenshot-map.png), the map in view.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1860));
        js("window.scrollTo(0, 0)");
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "screenshot-map.png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    void deploymentsAreDrawnAsArrows() {
        open("/?name=article-deployments&view=map");
        waiting().until(d -> !d.findElements(By.cssSelector("svg.worldmap-svg path.arrow")).isEmpty());
        // Denmark → Lithuania, France → Romania, Netherlands → Bulgaria, Russia → Belarus; the rest are
        // explained: NATO is no place (nor is its eastern flank one state), Ukraine's front lines are in Ukraine.
        @SuppressWarnings("unchecked")
        List<String> arrows = (List<String>) js("return [...document.querySelectorAll('svg.worldmap-svg path.arrow title')]"
                + ".map(t => t.textContent).sort()");
        assertEquals(List.of("Denmark → Lithuania", "France → Romania", "Netherlands → Bulgaria", "Russia → Belarus"), arrows);
        String notes = driver.findElement(By.cssSelector("ul.map-notes")).getText();
        assertTrue(notes.contains("No arrow for North Atlantic Treaty Organization → NATO's eastern flank"), notes);
        assertTrue(notes.contains("both ends are in Ukraine"), notes);
    }

    @Test
    void aSyntaxErrorIsShownWithItsLine() {
        open("/");
        WebElement editor = driver.findElement(By.cssSelector(".CodeMirror"));
        editor.click();
        Keys mod = Keys.CONTROL;
        new Actions(driver).keyDown(mod).sendKeys("a").keyUp(mod).sendKeys(Keys.DELETE).perform();
        new Actions(driver).sendKeys("SELECT * WHERE {").sendKeys(Keys.ENTER)
                .sendKeys("?s ?p ?o .").sendKeys(Keys.ENTER)
                .sendKeys("FILTER (?o = ) }")
                .keyDown(mod).sendKeys(Keys.ENTER).keyUp(mod).perform(); // Ctrl+Enter runs
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(error.getText().contains("syntax error at line 3, column"), error.getText());
        // The line is marked in the editor.
        String marked = (String) js("const l = document.querySelector('.CodeMirror .cm-error-line');"
                + "return l ? l.closest('.CodeMirror-code > div').querySelector('.CodeMirror-linenumber').textContent : null");
        assertEquals("3", marked);
        assertTrue(driver.findElement(By.id("results")).getAttribute("hidden") != null, "no stale results");
    }

    @Test
    void editingAnExampleMakesItAFreeQuery() {
        open("/");
        chooseExample("nato-members-bordering-russia");
        assertFalse(driver.findElement(By.id("named-edited")).isDisplayed());
        driver.findElement(By.cssSelector(".CodeMirror")).click();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL).sendKeys(" LIMIT 2").perform();
        assertTrue(driver.findElement(By.id("named-edited")).isDisplayed());
        driver.findElement(By.id("bind-params")).click();
        run();
        assertEquals(List.of("Estonia", "Finland"), column(2, "name"));
        assertTrue(driver.getCurrentUrl().contains("?query="), driver.getCurrentUrl());
    }

    @Test
    void prefixesAreCompletedAndAdded() {
        open("/");
        driver.findElement(By.cssSelector(".CodeMirror")).click();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys("SELECT ?s WHERE { ?s a ent:Stat").perform();
        // Typing a prefixed name offers the ontology's terms.
        WebElement hints = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".CodeMirror-hints")));
        assertTrue(hints.getText().contains("ent:State"), hints.getText());
        new Actions(driver).sendKeys(Keys.ENTER).sendKeys(" } LIMIT 1").perform();
        driver.findElement(By.id("add-prefixes")).click();
        String text = (String) js("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertTrue(text.startsWith("PREFIX ent:"), text);
        assertTrue(text.contains("<https://w3id.org/entente/ontology#>"), text);
        assertTrue(text.contains("?s a ent:State } LIMIT 1"), text);
        run();
        column(1, "s");
    }

    @Test
    void parametersHaveTheirOwnControls() {
        open("/");
        chooseExample("alliance-members-on-date");
        waiting().until(d -> ((List<?>) js("return [...document.querySelectorAll('#param-alliance option')]")).size() >= 7);
        // Changed on purpose: the Warsaw Pact, the CSCE/OSCE, the UN and the European Communities are in the data.
        assertEquals(List.of("CSTO", "EC", "EU", "NATO", "OSCE", "UN", "WP"),
                js("return [...document.querySelectorAll('#param-alliance option')].map(o => o.value)"),
                "the organisations of the graph");

        chooseExample("state-memberships");
        WebElement state = driver.findElement(By.id("param-state"));
        state.sendKeys("Pola");
        WebElement option = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#param-state-list [role=option]")));
        assertTrue(option.getText().startsWith("Poland"), option.getText());
        state.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertEquals("POL", state.getAttribute("value"));
        run();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "rows"));
        assertTrue(driver.getCurrentUrl().contains("state=POL"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("view-table")).getText().contains("North Atlantic Treaty Organization"));
    }

    @Test
    void entityPagesOpenTheirQueriesHere() {
        driver.get(root + "id/state/POL");
        driver.findElement(By.linkText("Query this")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "rows"));
        assertTrue(driver.getCurrentUrl().startsWith(root + "?query="), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("view-table")).getText().contains("Lithuania"), "neighbours by label");
        // Poland's neighbours are states: the map tab appears.
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tab-map")));

        driver.get(root + "id/state/POL");
        driver.findElement(By.linkText("DESCRIBE")).click();
        WebElement text = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result-text")));
        assertTrue(text.getText().contains("\"POL\""), "Turtle shown as text");
        assertEquals("ttl", driver.findElement(By.cssSelector("#downloads a.download")).getAttribute("data-format"));
    }

    @Test
    void tabLeavesTheEditor() {
        open("/");
        driver.findElement(By.cssSelector(".CodeMirror")).click();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("run", driver.switchTo().activeElement().getAttribute("id"), "no keyboard trap in the editor");
    }
}
