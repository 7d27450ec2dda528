package org.entente.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * Security of the endpoint, against {@code kg serve} as a real child process with a writer:
 * writes need the right credentials and nothing is written without them; the server never
 * fetches anything a request names (LOAD, SERVICE, FROM, FROM NAMED, the protocol's graph
 * parameters: a local "bait" server counts every request it gets); CORS never lets another
 * origin send credentials; HTML pages carry nosniff and a Content-Security-Policy with no other
 * host; and the password appears nowhere in what the server printed or logged.
 */
class SecurityTest {
    static final String USER = "editor";
    /** Distinctive, so that any trace of it in the log is found. */
    static final String PASSWORD = "Zq7-security-test-secret-4Kp";
    static final String SCRATCH = "https://example.org/security/scratch";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static Path store;
    static ServerProcess server;
    static HttpServer bait;
    static final AtomicInteger baitHits = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        store = FaultStores.copy("security");
        Path password = FaultStores.WORK.resolve("security-password");
        Files.writeString(password, PASSWORD + "\n");
        server = ServerProcess.start(store, FaultStores.WORK.resolve("security-server.log"), List.of("-Xmx512m"),
                List.of("--user", USER, "--password-file", password.toString()), Map.of());
        bait = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bait.createContext("/", exchange -> {
            baitHits.incrementAndGet();
            byte[] b = "<https://example.org/bait/s> <https://example.org/bait/p> \"fetched\" .\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/turtle");
            exchange.sendResponseHeaders(200, b.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(b);
            }
        });
        bait.start();
    }

    @AfterAll
    static void stop() {
        if (bait != null) {
            bait.stop(0);
        }
        if (server != null) {
            server.stop();
        }
    }

    static String baitUrl(String path) {
        return "http://127.0.0.1:" + bait.getAddress().getPort() + path;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> update(String update, String... headers) {
        return send("POST", "kg/update", "application/sparql-update", update, headers);
    }

    static HttpResponse<String> query(String query, String... extraParams) {
        StringBuilder url = new StringBuilder("kg/sparql?query=" + enc(query));
        for (String p : extraParams) {
            url.append('&').append(p);
        }
        return send("GET", url.toString(), null, null, "Accept", "application/sparql-results+json");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The number of triples in the scratch graph, by a query. */
    static long scratchSize() {
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + SCRATCH + "> { ?s ?p ?o } }");
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    @Test
    void writesNeedTheRightCredentialsAndNothingIsWrittenWithout() {
        String insert = "INSERT DATA { GRAPH <" + SCRATCH + "> { <https://example.org/s> <https://example.org/p> \"x\" } }";
        String turtle = "<https://example.org/s> <https://example.org/p> \"y\" .";
        String gsp = "kg/data?graph=" + enc(SCRATCH);
        List<String> refused = new ArrayList<>();
        for (String[] auth : new String[][] {{}, {"Authorization", basic(USER, "wrong")}, {"Authorization", basic("admin", PASSWORD)},
                {"Authorization", "Bearer " + PASSWORD}}) {
            HttpResponse<String> u = update(insert, auth);
            HttpResponse<String> put = send("PUT", gsp, "text/turtle", turtle, auth);
            HttpResponse<String> post = send("POST", gsp, "text/turtle", turtle, auth);
            HttpResponse<String> delete = send("DELETE", gsp, null, null, auth);
            for (HttpResponse<String> r : List.of(u, put, post, delete)) {
                assertEquals(401, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "a Basic challenge");
                refused.add(r.request().method());
            }
            assertEquals(0, scratchSize(), "nothing written without the right credentials");
        }
        assertEquals(16, refused.size());

        // With them, the same requests write (so the refusals above were about the credentials).
        String writer = basic(USER, PASSWORD);
        assertEquals(204, update(insert, "Authorization", writer).statusCode());
        assertEquals(1, scratchSize());
        HttpResponse<String> put = send("PUT", gsp, "text/turtle", turtle + "\n<https://example.org/s> <https://example.org/p> \"z\" .",
                "Authorization", writer);
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        assertEquals(2, scratchSize());
        assertEquals(204, send("DELETE", gsp, null, null, "Authorization", writer).statusCode());
        assertEquals(0, scratchSize());
    }

    @Test
    void theServerFetchesNothingARequestNames() {
        String writer = basic(USER, PASSWORD);
        String passwd = update("LOAD <file:///etc/passwd> INTO GRAPH <" + SCRATCH + ">", "Authorization", writer).body();
        assertTrue(passwd.startsWith("LOAD <file:///etc/passwd> refused"), passwd);
        assertFalse(passwd.contains("root"), "nothing of the file in the answer: " + passwd);
        HttpResponse<String> load = update("LOAD <" + baitUrl("/data.ttl") + "> INTO GRAPH <" + SCRATCH + ">", "Authorization", writer);
        assertEquals(422, load.statusCode(), load.body());
        HttpResponse<String> updateService = update("INSERT { GRAPH <" + SCRATCH + "> { ?s ?p ?o } } WHERE { SERVICE <"
                + baitUrl("/sparql") + "> { ?s ?p ?o } }", "Authorization", writer);
        assertEquals(422, updateService.statusCode(), updateService.body());

        HttpResponse<String> service = query("SELECT * WHERE { SERVICE <" + baitUrl("/sparql") + "> { ?s ?p ?o } }");
        assertEquals(422, service.statusCode(), service.body());
        assertTrue(service.body().startsWith("SERVICE <" + baitUrl("/sparql") + "> refused"), service.body());

        // FROM, FROM NAMED and the protocol's graph parameters choose among the store's graphs: an
        // outside IRI is an empty graph, never fetched.
        for (HttpResponse<String> r : List.of(
                query("SELECT * FROM <" + baitUrl("/from.ttl") + "> WHERE { ?s ?p ?o }"),
                query("SELECT * FROM NAMED <" + baitUrl("/named.ttl") + "> WHERE { GRAPH ?g { ?s ?p ?o } }"),
                query("SELECT * WHERE { ?s ?p ?o }", "default-graph-uri=" + enc(baitUrl("/default.ttl"))),
                query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri=" + enc(baitUrl("/named2.ttl"))))) {
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(r.body().contains("fetched"), r.body());
            assertFalse(r.body().contains("\"value\""), "no rows: " + r.body());
        }
        HttpResponse<String> gspFetch = send("GET", "kg/data?graph=" + enc(baitUrl("/g.ttl")), null, null);
        assertEquals(404, gspFetch.statusCode(), gspFetch.body());
        assertEquals(0, baitHits.get(), "requests the server made to the bait server");
        assertEquals(0, scratchSize());
    }

    @Test
    void corsNeverLetsAnotherOriginSendCredentials() {
        String origin = "https://evil.example";
        HttpResponse<String> get = send("GET", "kg/sparql?query=" + enc("ASK {}"), null, null, "Origin", origin,
                "Cookie", "session=abc", "Accept", "application/sparql-results+json");
        assertEquals(200, get.statusCode());
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(get.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        for (String path : List.of("kg/sparql", "api/queries", "kg/update", "kg/data")) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                HttpResponse<String> pre = send("OPTIONS", path, null, null, "Origin", origin,
                        "Access-Control-Request-Method", method, "Access-Control-Request-Headers", "authorization, content-type");
                String where = "preflight " + method + " " + path;
                assertTrue(pre.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), where);
                String allowOrigin = pre.headers().firstValue("Access-Control-Allow-Origin").orElse("");
                assertFalse(allowOrigin.equals(origin), where + " echoes the origin");
                String allowHeaders = pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
                assertFalse(allowHeaders.contains("authorization"), where + " allows Authorization: " + allowHeaders);
                if (path.startsWith("kg/update") || path.startsWith("kg/data") || method.equals("PUT") || method.equals("DELETE")) {
                    assertTrue(allowOrigin.isEmpty(), where + " allows origin " + allowOrigin);
                }
            }
        }
        // An update with the right credentials from another origin: the browser would get no CORS
        // headers, so a page there can never read the answer (and never gets to send a preflighted one).
        HttpResponse<String> cross = update("INSERT DATA { GRAPH <" + SCRATCH + "> { <https://example.org/s> <https://example.org/p> 1 } }",
                "Origin", origin, "Authorization", basic(USER, "wrong"));
        assertEquals(401, cross.statusCode());
        assertTrue(cross.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void htmlPagesCarryTheirTypeNoSniffAndAPolicyWithNoOtherHost() {
        for (String path : List.of("", "id/state/POL", "ontology", "dumps/", "id/state/XXX", "no/such/page")) {
            HttpResponse<String> r = send("GET", path, null, null, "Accept", "text/html");
            String where = "/" + path + " (" + r.statusCode() + ")";
            String type = r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
            assertTrue(type.equals("text/html;charset=utf-8") || r.statusCode() == 404 && type.equals("text/plain;charset=utf-8"),
                    where + ": " + type);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            if (type.startsWith("text/html")) {
                String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(csp.contains("default-src 'self'"), where + ": " + csp);
                assertTrue(csp.contains("frame-ancestors 'none'"), where + ": " + csp);
                assertFalse(csp.contains("http:") || csp.contains("https:") || csp.contains("*") || csp.contains("unsafe-"), where + ": " + csp);
                // No script, style or image from another host: the page works under its policy.
                assertFalse(Pattern.compile("(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(
                        r.body().replaceAll("<a [^>]*>", "")).find(), where + " loads from another host");
            }
        }
        for (String path : List.of("api/queries", "kg/sparql?query=" + enc("ASK {}"), "id/state/POL.ttl", ".well-known/void")) {
            HttpResponse<String> r = send("GET", path, null, null);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertFalse(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        }
    }

    @Test
    void thePasswordIsNeverLogged() throws IOException {
        // Requests that fail in every way a password can: wrong, right but refused, malformed.
        update("DROP ALL", "Authorization", basic(USER, PASSWORD + "x"));
        update("LOAD <file:///etc/passwd>", "Authorization", basic(USER, PASSWORD));
        update("INSERT DATA { broken", "Authorization", basic(USER, PASSWORD));
        update("DROP ALL", "Authorization", "Basic " + PASSWORD);
        send("PUT", "kg/data?graph=" + enc(SCRATCH), "text/turtle", "<a> <b", "Authorization", basic(USER, PASSWORD));
        send("DELETE", "kg/data?graph=" + enc(SCRATCH), null, null, "Authorization", basic(USER, PASSWORD));
        String log = server.output();
        assertTrue(log.contains("SPARQL endpoint"), "the log was captured:\n" + log);
        for (String secret : List.of(PASSWORD, base64(USER + ":" + PASSWORD), base64(USER + ":" + PASSWORD + "x"),
                PASSWORD.substring(0, 12))) {
            assertFalse(log.contains(secret), "the log contains '" + secret + "':\n" + log);
        }
        assertFalse(log.contains("Authorization"), "the log shows an Authorization header");
        assertEquals(0, scratchSize());
    }

    static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
