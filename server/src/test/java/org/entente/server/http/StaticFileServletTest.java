package org.entente.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;
import org.entente.server.KgServer;
import org.entente.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The static files in the real server ({@link KgServer}, wired as {@code kg serve} wires it) on a
 * free port: the page at /, the assets, entity tags and 304, the cache rule, the security headers;
 * and the mapping of paths to class-path names.
 */
class StaticFileServletTest {
    static KgStore store;
    static KgServer server;
    static String root;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        store = KgStore.inMemory();
        server = KgServer.builder().store(store).graphs(new GraphNames(IriScheme.defaultScheme()))
                .config(ServerConfig.builder().port(0).build()).build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static void assertSecurityHeaders(HttpResponse<?> r, String what) {
        assertEquals(SecurityHeaders.CSP, header(r, "Content-Security-Policy"), what);
        assertTrue(header(r, "Content-Security-Policy").startsWith("default-src 'self'"), what);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), what);
        assertEquals("DENY", header(r, "X-Frame-Options"), what);
    }

    @Test
    void thePageAndTheAssetsHaveTheirTypesAnEntityTagAndNoCache() throws Exception {
        for (String[] file : List.of(new String[] {"/", "text/html; charset=utf-8"},
                new String[] {"/index.html", "text/html; charset=utf-8"},
                new String[] {"/assets/site.css", "text/css; charset=utf-8"},
                new String[] {"/assets/js/main.js", "text/javascript; charset=utf-8"},
                new String[] {"/assets/favicon.svg", "image/svg+xml"},
                new String[] {"/assets/data/countries-110m.json", "application/json"},
                new String[] {"/assets/vendor/codemirror/lib/codemirror.js", "text/javascript; charset=utf-8"})) {
            String path = file[0];
            HttpResponse<String> r = send("GET", path);
            assertEquals(200, r.statusCode(), path);
            assertEquals(file[1].replace(" ", ""), header(r, "Content-Type").replace(" ", "").toLowerCase(java.util.Locale.ROOT), path);
            assertEquals("no-cache", header(r, "Cache-Control"), path);
            String etag = header(r, "ETag");
            assertTrue(etag != null && etag.matches("\"[0-9a-f]{16}\""), path + ": " + etag);
            assertEquals(Long.toString(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                    header(r, "Content-Length"), path);
            assertSecurityHeaders(r, path);
        }
        assertEquals(send("GET", "/").body(), send("GET", "/index.html").body());
        assertTrue(send("GET", "/").body().contains("<title>Query — Entente</title>"));
    }

    @Test
    void revalidationWithTheEntityTagGets304WithoutABody() throws Exception {
        for (String path : List.of("/", "/assets/site.css", "/assets/js/results.js")) {
            String etag = header(send("GET", path), "ETag");
            HttpResponse<String> again = send("GET", path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path);
            assertEquals(etag, header(again, "ETag"), path);
            assertEquals("no-cache", header(again, "Cache-Control"), path);
            assertSecurityHeaders(again, path + " 304");
            // A list of tags, a weak tag and * match too; another tag does not.
            assertEquals(304, send("GET", path, "If-None-Match", "\"0000000000000000\", " + etag).statusCode(), path);
            assertEquals(304, send("GET", path, "If-None-Match", "W/" + etag).statusCode(), path);
            assertEquals(304, send("GET", path, "If-None-Match", "*").statusCode(), path);
            assertEquals(200, send("GET", path, "If-None-Match", "\"0000000000000000\"").statusCode(), path);
        }
        assertFalse(header(send("GET", "/"), "ETag").equals(header(send("GET", "/assets/site.css"), "ETag")));
    }

    @Test
    void headHasTheHeadersAndNoBody() throws Exception {
        HttpResponse<String> get = send("GET", "/assets/site.css");
        HttpResponse<String> head = send("HEAD", "/assets/site.css");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        assertEquals(header(get, "Content-Length"), header(head, "Content-Length"));
        assertSecurityHeaders(head, "HEAD");
    }

    @Test
    void unknownFilesAre404WithTheSecurityHeaders() throws Exception {
        for (String path : List.of("/assets/nothing.css", "/assets/", "/assets/data/README.md", "/assets/js",
                "/nothing.html", "/favicon.svg", "/org/entente/server/web/index.html")) {
            HttpResponse<String> r = send("GET", path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
            assertFalse(r.body().contains("<"), path + ": no page, no echo of the path: " + r.body());
        }
        assertSecurityHeaders(send("GET", "/assets/nothing.css"), "404");
        int traversal = send("GET", "/assets/%2e%2e/%2e%2e/org/entente/server/KgServer.class").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no path traversal: " + traversal);
    }

    @Test
    void theStaticFilesShadowNoneOfTheServersOwnPaths() throws Exception {
        assertTrue(header(send("GET", "/kg/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json"),
                "Content-Type").startsWith("application/sparql-results+json"));
        assertTrue(header(send("GET", "/api/health"), "Content-Type").startsWith("application/json"));
        assertTrue(header(send("GET", "/ontology", "Accept", "text/turtle"), "Content-Type").startsWith("text/turtle"));
    }

    @Test
    void onlyPlainAssetNamesWithKnownExtensionsMapToTheClassPath() {
        assertEquals(Optional.of("index.html"), StaticFileServlet.resourceName("/"));
        assertEquals(Optional.of("index.html"), StaticFileServlet.resourceName(""));
        assertEquals(Optional.of("index.html"), StaticFileServlet.resourceName("/index.html"));
        assertEquals(Optional.of("assets/js/main.js"), StaticFileServlet.resourceName("/assets/js/main.js"));
        assertEquals(Optional.of("assets/vendor/codemirror/LICENSE.txt"),
                StaticFileServlet.resourceName("/assets/vendor/codemirror/LICENSE.txt"));
        for (String path : List.of("/assets/", "/assets/../secret.html", "/assets/a/../../b.css", "/assets//etc/passwd.txt",
                "/assets/Main.class", "/assets/log4j2.xml", "/assets/a\\b.css", "/assets/.hidden.css", "/other.html",
                "/kg/sparql", "/api/queries", "/id/state/POL", "/ontology.ttl")) {
            assertEquals(Optional.empty(), StaticFileServlet.resourceName(path), path);
        }
    }

    @Test
    void ifNoneMatchIsComparedWeakly() {
        String tag = "\"0123456789abcdef\"";
        assertTrue(EntityTags.matches(tag, tag));
        assertTrue(EntityTags.matches("W/" + tag, tag));
        assertTrue(EntityTags.matches("\"x\" , " + tag, tag));
        assertTrue(EntityTags.matches(" * ", tag));
        assertFalse(EntityTags.matches(null, tag));
        assertFalse(EntityTags.matches("", tag));
        assertFalse(EntityTags.matches("0123456789abcdef", tag));
        assertFalse(EntityTags.matches("\"0123456789abcdee\"", tag));
        assertEquals(EntityTags.of("a".getBytes()), EntityTags.of("a".getBytes()));
        assertFalse(EntityTags.of("a".getBytes()).equals(EntityTags.of("b".getBytes())));
    }
}
