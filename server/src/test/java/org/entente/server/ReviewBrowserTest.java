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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The review page (/review) in headless Chromium ({@link HeadlessChromium}; skipped without it)
 * against a real server with a writer, over a store of its own (the test writes): a pasted text is
 * drafted and highlighted, a participant corrected, and the facts loaded with the writer's
 * credentials, after which article-deployments answers the corrected, reviewed fact; without
 * credentials nothing is written.
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
        WebElement label = fact.findElement(By.cssSelector("input[data-key=label]"));
        label.clear();
        label.sendKeys("France offers troops to Romania");

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
        assertEquals(List.of("France -> Romania offered reviewed"), loaded());
        JsonNode byDefault = Http.json(Http.get(root + "api/queries/article-deployments")).get("results").get("bindings");
        long ours = 0;
        for (JsonNode r : byDefault) {
            if (r.get("article").get("value").asText().endsWith("/article/offers-to-romania")) {
                ours++;
            }
        }
        assertEquals(1, ours);
    }
}
