package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The unit tests of the web form's modules (the URL state, query-text rewriting, map data, IRI
 * functions, formats, the TopoJSON decoder, the map, …), run in headless Chromium on a test page
 * that a real server serves from the test class path ({@code /assets/test/index.html}, files in
 * {@code src/test/resources/org/entente/server/web/assets/test/}) under the site's CSP: one JUnit test
 * per JavaScript test, failing with its message. Skipped like {@link WebFormBrowserTest} when
 * there is no Chromium.
 */
class WebFormUnitTest {
    /** Fewer tests than this means test files went missing. */
    static final int AT_LEAST = 95;

    static KgServer server;
    static HeadlessChromium browser;

    @BeforeAll
    static void start() throws IOException {
        browser = HeadlessChromium.startOrSkip();
        server = KgServer.builder().store(TestData.bundled()).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).build()).build().start();
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

    @TestFactory
    Stream<DynamicTest> theModulesPassTheirTests() {
        browser.driver.get(server.url() + "assets/test/index.html");
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-done")));
        } catch (TimeoutException e) {
            fail("the test page did not finish (a module that does not load?): " + browser.severeConsoleMessages());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver)
                .executeScript("return window.testResults");
        assertEquals(List.of(), browser.severeConsoleMessages(), "console warnings or errors (CSP violations would show here)");
        assertTrue(results.size() >= AT_LEAST, "only " + results.size() + " tests ran");
        return results.stream().map(r -> DynamicTest.dynamicTest((String) r.get("name"), () -> {
            if (!Boolean.TRUE.equals(r.get("ok"))) {
                fail(r.get("name") + ": " + r.get("message"));
            }
        }));
    }
}
