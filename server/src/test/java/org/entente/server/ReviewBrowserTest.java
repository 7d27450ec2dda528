package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.entente.loader.Loader;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.entente.ontology.ENT;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The review page (/review) in headless Chromium ({@link HeadlessChromium}; skipped without it)
 * against a real server with a writer, over a store of its own (the test writes): a pasted text is
 * drafted and highlighted, a participant corrected, and the facts loaded with the writer's
 * credentials, after which article-deployments answers the corrected, reviewed fact; without
 * credentials nothing is written. A second text: a draft retyped (its fields follow the type), a fact
 * added by selecting its passage, both loaded as reviewed.
 */
class ReviewBrowserTest {
    static KgServer server;
    static HeadlessChromium browser;
    static WebDriver driver;
    static String root;

    static final String TEXT = "Belgium, like France, has offered to send troops to Romania.";

    @BeforeAll
    static void start() throws IOException {
        browser = HeadlessChromium.startOrSkip();
        driver = browser.driver;
        KgStore store = KgStore.inMemory();
        new Loader(store, TestData.GRAPHS).loadBundled();
        server = KgServer.builder().store(store).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).credentials(new Credentials("editor", "s3cret pass")).build())
                .build().start();
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

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** The deployments of the article offers-to-romania that article-deployments answers, with drafts. */
    static List<String> loaded() {
        JsonNode rows = Http.json(Http.get(root + "api/queries/article-deployments?drafts=include")).get("results").get("bindings");
        List<String> out = new ArrayList<>();
        for (JsonNode r : rows) {
            if (r.get("article").get("value").asText().endsWith("/article/offers-to-romania")) {
                out.add(r.get("senderName").get("value").asText() + " -> " + r.get("destinationName").get("value").asText()
                        + " " + r.get("commitment").get("value").asText() + " " + r.get("review").get("value").asText());
            }
        }
        return out;
    }

    @Test
    void aPastedTextBecomesReviewedFactsInTheNamedQueries() {
        driver.get(root + "review");
        driver.findElement(By.id("review-title")).sendKeys("Offers to Romania");
        driver.findElement(By.id("review-published")).sendKeys("2022-01-24");
        driver.findElement(By.id("review-input")).sendKeys(TEXT);
        driver.findElement(By.id("review-draft")).click();

        // The draft: one offer, listed and highlighted in the text.
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#review-facts > li"), 1));
        WebElement fact = driver.findElement(By.cssSelector("#review-facts > li"));
        assertEquals("BEL", fact.findElement(By.cssSelector("input[data-key=sender]")).getAttribute("value"));
        List<WebElement> marks = driver.findElements(By.cssSelector("#review-text mark"));
        assertEquals(List.of("Belgium, like France, has offered to send troops to Romania"), marks.stream().map(WebElement::getText).toList());
        fact.findElement(By.cssSelector("button.fact-label")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#review-text mark.selected")).isEmpty());

        // "like France": France has offered too. The reviewer makes the fact France's, with the suggestions.
        WebElement sender = fact.findElement(By.cssSelector("input[data-key=sender]"));
        sender.clear();
        sender.sendKeys("Fran");
        By option = By.xpath("//li[@role='option'][starts-with(normalize-space(.), 'France')]");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(option)).click();
        assertEquals("FRA", sender.getAttribute("value"));
        // Belgium has offered too: a second sender, after the first.
        fact.findElement(By.cssSelector("button.another[data-key=sender]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#review-facts > li input[data-key=sender]")).size() == 2);
        fact = driver.findElement(By.cssSelector("#review-facts > li"));
        List<WebElement> senders = fact.findElements(By.cssSelector("input[data-key=sender]"));
        assertEquals("FRA", senders.get(0).getAttribute("value"));
        assertEquals("", senders.get(1).getAttribute("value"));
        choose(senders.get(1), "Belg", "Belgium");
        assertEquals("BEL", senders.get(1).getAttribute("value"));
        assertTrue(fact.findElements(By.cssSelector("button.another[data-key=time]")).isEmpty(), "time takes one value");
        WebElement label = fact.findElement(By.cssSelector("input[data-key=label]"));
        label.clear();
        label.sendKeys("France and Belgium offer troops to Romania");

        // Without credentials nothing is written.
        driver.findElement(By.id("review-load")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("review-load-status"), "data-outcome", "refused"));
        assertTrue(driver.findElement(By.id("review-load-status")).getText().contains("401"),
                driver.findElement(By.id("review-load-status")).getText());
        assertEquals(List.of(), loaded());

        // With the writer's credentials: loaded, reviewed, and answered by default.
        driver.findElement(By.id("review-user")).sendKeys("editor");
        driver.findElement(By.id("review-password")).sendKeys("s3cret pass");
        driver.findElement(By.id("review-load")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("review-load-status"), "data-outcome", "loaded"));
        assertEquals(List.of("Belgium -> Romania offered reviewed", "France -> Romania offered reviewed"),
                loaded().stream().sorted().toList());
        JsonNode byDefault = Http.json(Http.get(root + "api/queries/article-deployments")).get("results").get("bindings");
        long ours = 0;
        for (JsonNode r : byDefault) {
            if (r.get("article").get("value").asText().endsWith("/article/offers-to-romania")) {
                ours++;
            }
        }
        assertEquals(2, ours, "one row per sender");
    }

    static final String TEXT2 = "Russian troops arrived in Belarus ahead of joint exercises. Spanish warships are heading for the Black Sea.";

    /** Selects a passage of the review page's text as a reader would with the mouse (a DOM range over its text node). */
    static void selectInText(String passage) {
        Object found = ((JavascriptExecutor) driver).executeScript("""
                const box = document.getElementById("review-text");
                const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const i = node.data.indexOf(arguments[0]);
                  if (i >= 0) {
                    const r = document.createRange();
                    r.setStart(node, i);
                    r.setEnd(node, i + arguments[0].length);
                    const s = document.getSelection();
                    s.removeAllRanges();
                    s.addRange(r);
                    return true;
                  }
                }
                return false;""", passage);
        assertEquals(Boolean.TRUE, found, passage);
    }

    static void choose(WebElement input, String typed, String label) {
        input.clear();
        input.sendKeys(typed);
        By option = By.xpath("//li[@role='option'][starts-with(normalize-space(.), '" + label + "')]");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(option)).click();
    }

    /** The types and fields of the facts of an article in the store, as SPARQL answers them (with drafts). */
    static List<String> factsOf(String article) {
        String query = "SELECT ?fact ?type ?review WHERE { ?fact <" + ENT.accordingTo.getURI() + "> ?a ; a ?type ; <"
                + ENT.reviewStatus.getURI() + "> ?review . FILTER(STRENDS(STR(?a), \"/article/" + article + "\")) "
                + "FILTER(?type IN (<" + ENT.Deployment.getURI() + ">, <" + ENT.MilitaryExercise.getURI() + ">)) } ORDER BY ?fact";
        JsonNode rows = Http.json(Http.get(root + "kg/sparql?query=" + Http.enc(query), "Accept", "application/sparql-results+json"))
                .get("results").get("bindings");
        List<String> out = new ArrayList<>();
        for (JsonNode r : rows) {
            String iri = r.get("fact").get("value").asText();
            out.add(iri.substring(iri.lastIndexOf('/') + 1) + " " + local(r.get("type")) + " " + local(r.get("review")));
        }
        return out;
    }

    static String local(JsonNode term) {
        String v = term.get("value").asText();
        return v.substring(Math.max(v.lastIndexOf('#'), v.lastIndexOf('/')) + 1);
    }

    @Test
    void aRetypedDraftAndAFactAddedBySelectingItsPassageLoadAsReviewed() {
        driver.get(root + "review");
        driver.findElement(By.id("review-title")).sendKeys("Exercises in Belarus");
        driver.findElement(By.id("review-published")).sendKeys("2022-01-24");
        driver.findElement(By.id("review-input")).sendKeys(TEXT2);
        driver.findElement(By.id("review-draft")).click();

        // The extractor drafts the arrival as a Deployment and leaves out the warships (no destination resolved).
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#review-facts > li"), 1));
        WebElement draft = driver.findElement(By.cssSelector("#review-facts > li"));
        assertEquals("deployment-rus-blr", draft.getAttribute("data-fact"));
        assertEquals("RUS", draft.findElement(By.cssSelector("input[data-key=sender]")).getAttribute("value"));
        assertEquals(List.of("Russian troops arrived in Belarus"),
                driver.findElements(By.cssSelector("#review-text mark")).stream().map(WebElement::getText).toList());

        // The reviewer reads it as the joint exercise: another type, and the fields follow it.
        new Select(draft.findElement(By.cssSelector("select[data-key=type]"))).selectByValue("MilitaryExercise");
        waiting().until(d -> !d.findElements(By.cssSelector("#review-facts > li[data-fact=militaryexercise-rus-blr]")).isEmpty());
        WebElement exercise = driver.findElement(By.cssSelector("#review-facts > li[data-fact=militaryexercise-rus-blr]"));
        assertTrue(exercise.findElements(By.cssSelector("[data-key=sender], [data-key=destination]")).isEmpty());
        assertEquals("", exercise.findElement(By.cssSelector("input[data-key=agent]")).getAttribute("value"));
        assertEquals("carried-out", exercise.findElement(By.cssSelector("select[data-key=progress]")).getAttribute("value"));
        assertTrue(exercise.findElement(By.cssSelector("button.fact-label")).getText().endsWith("(yours)"),
                exercise.findElement(By.cssSelector("button.fact-label")).getText());
        assertTrue(driver.findElement(By.id("review-status")).getText().contains("sender RUS, destination BLR"),
                driver.findElement(By.id("review-status")).getText());
        choose(exercise.findElement(By.cssSelector("input[data-key=agent]")), "Russ", "Russia");
        choose(exercise.findElement(By.cssSelector("input[data-key=place]")), "Belar", "Belarus");
        assertEquals("BLR", exercise.findElement(By.cssSelector("input[data-key=place]")).getAttribute("value"));
        new Select(exercise.findElement(By.cssSelector("select[data-key=progress]"))).selectByValue("planned");
        WebElement label = exercise.findElement(By.cssSelector("input[data-key=label]"));
        label.clear();
        label.sendKeys("Russia holds joint exercises in Belarus");

        // A fact the extractor missed: select its passage, choose the type, Add fact.
        selectInText("Spanish warships are heading for the Black Sea");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("review-add")));
        assertEquals("Selected: “Spanish warships are heading for the Black Sea”", driver.findElement(By.id("review-picked")).getText());
        new Select(driver.findElement(By.id("review-add-type"))).selectByValue("Deployment");
        driver.findElement(By.id("review-add")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#review-facts > li"), 2));
        WebElement added = driver.findElement(By.cssSelector("#review-facts > li[data-fact=added-deployment-1]"));
        // Highlighted like the drafts, and chosen.
        assertEquals(List.of("Russian troops arrived in Belarus", "Spanish warships are heading for the Black Sea"),
                driver.findElements(By.cssSelector("#review-text mark")).stream().map(WebElement::getText).toList());
        assertEquals("Spanish warships are heading for the Black Sea",
                driver.findElement(By.cssSelector("#review-text mark.selected")).getText());
        assertEquals("Spanish warships are heading for the Black Sea", added.findElement(By.tagName("blockquote")).getText());
        added.findElement(By.cssSelector("input[data-key=label]")).sendKeys("Spain sends warships to the Black Sea");
        choose(added.findElement(By.cssSelector("input[data-key=sender]")), "Spai", "Spain");
        assertEquals("ESP", added.findElement(By.cssSelector("input[data-key=sender]")).getAttribute("value"));
        choose(added.findElement(By.cssSelector("input[data-key=destination]")), "Black", "Black Sea");
        assertEquals("black-sea", added.findElement(By.cssSelector("input[data-key=destination]")).getAttribute("value"));
        added.findElement(By.cssSelector("input[data-key=asset]")).sendKeys("warships");
        new Select(added.findElement(By.cssSelector("select[data-key=progress]"))).selectByValue("under-way");

        // The facts file, as the server writes it from the page's draft.
        driver.findElement(By.id("review-reviewed")).click();
        driver.findElement(By.id("review-download")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-facts-file")));
        String file = driver.findElement(By.id("review-facts-file")).getText();
        assertTrue(file.contains("review: reviewed"), file);
        assertTrue(file.contains("[added-deployment-1]\ntype: Deployment\nlabel: Spain sends warships to the Black Sea\n"
                + "progress: under-way\nsender: ESP\ndestination: black-sea\nasset: warships\n"
                + "quote: Spanish warships are heading for the Black Sea"), file);
        assertTrue(file.contains("[militaryexercise-rus-blr]\ntype: MilitaryExercise\nlabel: Russia holds joint exercises in Belarus\n"
                + "progress: planned\nagent: RUS\nplace: BLR\nquote: Russian troops arrived in Belarus\n"), file);

        // Without credentials nothing is written; with them both facts are reviewed.
        driver.findElement(By.id("review-load")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("review-load-status"), "data-outcome", "refused"));
        assertEquals(List.of(), factsOf("exercises-in-belarus"));
        driver.findElement(By.id("review-user")).sendKeys("editor");
        driver.findElement(By.id("review-password")).sendKeys("s3cret pass");
        driver.findElement(By.id("review-load")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("review-load-status"), "data-outcome", "loaded"));
        assertEquals(List.of("added-deployment-1 Deployment Reviewed", "militaryexercise-rus-blr MilitaryExercise Reviewed"),
                factsOf("exercises-in-belarus"));
        JsonNode rows = Http.json(Http.get(root + "api/queries/article-deployments")).get("results").get("bindings");
        List<String> ours = new ArrayList<>();
        for (JsonNode r : rows) {
            if (r.get("article").get("value").asText().endsWith("/article/exercises-in-belarus")) {
                ours.add(r.get("senderName").get("value").asText() + " -> " + r.get("destinationName").get("value").asText()
                        + " " + r.get("progress").get("value").asText() + " " + r.get("review").get("value").asText()
                        + " " + r.get("quote").get("value").asText());
            }
        }
        assertEquals(List.of("Spain -> Black Sea under way reviewed Spanish warships are heading for the Black Sea"), ours);
    }
}
