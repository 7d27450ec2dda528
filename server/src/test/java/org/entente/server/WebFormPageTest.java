package org.entente.server;

import static org.entente.server.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.loader.Prefixes;
import org.entente.ontology.IriScheme;
import org.entente.server.http.SecurityHeaders;
import org.entente.server.ld.Layout;
import org.entente.server.ld.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web form's files over HTTP, without a browser: the page, its headers, and every script,
 * style sheet and data file it loads (the browser tests are in {@link WebFormBrowserTest}).
 */
class WebFormPageTest {
    static KgServer server;
    static String root;

    @BeforeAll
    static void start() {
        server = KgServer.builder().store(TestData.bundled()).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).build()).build().start();
        root = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void thePageHasTheSiteHeaderAndAStrictPolicy() {
        HttpResponse<String> r = get(root);
        assertEquals(200, r.statusCode());
        String page = r.body();
        Links links = new Links("", IriScheme.defaultScheme(), Prefixes.standard(IriScheme.defaultScheme()));
        assertTrue(page.contains(Layout.header(links, Layout.Nav.QUERY)), "the header of every page of the site, Query current");
        assertTrue(page.contains("href=\"/assets/site.css\""));
        assertEquals(SecurityHeaders.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null));
        assertFalse(page.contains(" style="), "no inline style");
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(page).find(), "no inline script");
        assertFalse(page.contains("//cdn") || page.contains("https://") || page.contains("http://"), "nothing from another host");
    }

    @Test
    void everyFileThePageLoadsIsServedFromHere() {
        Set<String> files = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(get(root).body());
        while (m.find()) {
            files.add(m.group(1));
        }
        // The modules the main script imports, and the map data.
        List<String> queue = new ArrayList<>(files);
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).endsWith(".js")) {
                Matcher im = Pattern.compile("from \"\\./([a-z-]+\\.js)\"").matcher(get(root + queue.get(i).substring(1)).body());
                while (im.find()) {
                    String module = "/assets/js/" + im.group(1);
                    if (files.add(module)) {
                        queue.add(module);
                    }
                }
            }
        }
        files.add("/assets/data/countries-110m.json");
        assertTrue(files.contains("/assets/vendor/codemirror/mode/sparql/sparql.js"), files.toString());
        assertTrue(files.contains("/assets/js/worldmap.js"), files.toString());
        for (String f : files) {
            HttpResponse<String> r = get(root + f.substring(1));
            assertEquals(200, r.statusCode(), f);
            String type = r.headers().firstValue("Content-Type").orElse("");
            String expected = f.endsWith(".js") ? "text/javascript" : f.endsWith(".css") ? "text/css"
                    : f.endsWith(".json") ? "application/json" : f.endsWith(".svg") ? "image/svg+xml" : "?";
            assertTrue(type.startsWith(expected), f + " is " + type);
            if (f.endsWith(".js") && f.contains("/assets/js/")) {
                assertFalse(r.body().matches("(?s).*https?://(?!www\\.w3\\.org|w3id\\.org|www\\.wikidata\\.org|purl\\.org|rdfs\\.org|schema\\.org|semanticweb\\.cs\\.vu\\.nl)[a-z].*"),
                        f + " names no host but vocabulary namespaces");
            }
        }
    }

    @Test
    void theEditorsLicenceAndTheMapDataAreThere() {
        HttpResponse<String> licence = get(root + "assets/vendor/codemirror/LICENSE.txt");
        assertEquals(200, licence.statusCode());
        assertTrue(licence.body().contains("MIT License") || licence.body().contains("Permission is hereby granted"), licence.body());
        HttpResponse<String> atlas = get(root + "assets/data/world-atlas-LICENSE.txt");
        assertTrue(atlas.body().contains("Michael Bostock"));
        String topo = get(root + "assets/data/countries-110m.json").body();
        assertTrue(topo.startsWith("{\"type\":\"Topology\""), topo.substring(0, 40));
        assertTrue(topo.contains("\"id\":\"643\""), "Russia by its ISO numeric code");
    }
}
