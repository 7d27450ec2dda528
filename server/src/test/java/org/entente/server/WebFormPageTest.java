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
        // The modules the main script imports (relative to the importing file), the scripts a module
        // loads when it needs them ("/assets/vendor/…js"), and the map data.
        List<String> queue = new ArrayList<>(files);
        Pattern imports = Pattern.compile("(?:from|import) \"(\\.{1,2}/[A-Za-z0-9/_.-]+\\.js)\"");
        Pattern scripts = Pattern.compile("\"(/assets/[A-Za-z0-9/_.-]+\\.js)\"");
        for (int i = 0; i < queue.size(); i++) {
            String file = queue.get(i);
            if (file.endsWith(".js") && file.startsWith("/assets/js/")) {
                String body = get(root + file.substring(1)).body();
                List<String> found = new ArrayList<>();
                Matcher im = imports.matcher(body);
                while (im.find()) {
                    found.add(java.net.URI.create(file).resolve(im.group(1)).getPath());
                }
                Matcher sm = scripts.matcher(body);
                while (sm.find()) {
                    found.add(sm.group(1));
                }
                for (String f : found) {
                    if (files.add(f)) {
                        queue.add(f);
                    }
                }
            }
        }
        files.add("/assets/data/countries-110m.json");
        assertTrue(files.contains("/assets/vendor/codemirror/mode/sparql/sparql.js"), files.toString());
        assertTrue(files.contains("/assets/js/worldmap.js"), files.toString());
        assertTrue(files.contains("/assets/js/views/table.js"), files.toString());
        assertTrue(files.contains("/assets/vendor/d3-geo/d3-geo.min.js"), files.toString());
        assertTrue(files.contains("/assets/vendor/d3-array/d3-array.min.js"), files.toString());
        for (String f : files) {
            HttpResponse<String> r = get(root + f.substring(1));
            assertEquals(200, r.statusCode(), f);
            String type = r.headers().firstValue("Content-Type").orElse("");
            String expected = f.endsWith(".js") ? "text/javascript" : f.endsWith(".css") ? "text/css"
                    : f.endsWith(".json") ? "application/json" : f.endsWith(".svg") ? "image/svg+xml" : "?";
            assertTrue(type.startsWith(expected), f + " is " + type);
            if (f.endsWith(".js") && f.contains("/assets/vendor/")) {
                assertFalse(r.body().contains("eval(") || r.body().contains("new Function") || r.body().contains("Function("),
                        f + " needs no eval or new Function (the page's CSP has no 'unsafe-eval')");
            }
            if (f.endsWith(".js") && f.contains("/assets/js/")) {
                assertFalse(r.body().matches("(?s).*https?://(?!www\\.w3\\.org|w3id\\.org|www\\.wikidata\\.org|purl\\.org|rdfs\\.org|schema\\.org|semanticweb\\.cs\\.vu\\.nl)[a-z].*"),
                        f + " names no host but vocabulary namespaces");
            }
        }
    }

    @Test
    void theLibrariesLicencesAndTheMapDataAreThere() {
        HttpResponse<String> licence = get(root + "assets/vendor/codemirror/LICENSE.txt");
        assertEquals(200, licence.statusCode());
        assertTrue(licence.body().contains("MIT License") || licence.body().contains("Permission is hereby granted"), licence.body());
        String geo = get(root + "assets/vendor/d3-geo/LICENSE.txt").body();
        assertTrue(geo.contains("Copyright 2010-2024 Mike Bostock") && geo.contains("Charles Karney"), geo);
        String array = get(root + "assets/vendor/d3-array/LICENSE.txt").body();
        assertTrue(array.contains("Copyright 2010-2023 Mike Bostock"), array);
        assertTrue(get(root + "assets/vendor/d3-geo/d3-geo.min.js").body().startsWith("// https://d3js.org/d3-geo/ v3.1.1"));
        HttpResponse<String> atlas = get(root + "assets/data/world-atlas-LICENSE.txt");
        assertTrue(atlas.body().contains("Michael Bostock"));
        String topo = get(root + "assets/data/countries-110m.json").body();
        assertTrue(topo.startsWith("{\"type\":\"Topology\""), topo.substring(0, 40));
        assertTrue(topo.contains("\"id\":\"643\""), "Russia by its ISO numeric code");
    }
}
