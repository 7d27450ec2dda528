package org.entente.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.entente.loader.faults.StoreSnapshot;
import org.entente.loader.store.KgStore;
import org.entente.server.KgServer;
import org.entente.server.ServerConfig;
import org.junit.jupiter.api.Test;

/**
 * Resource limits: a runaway query is stopped by the timeout while the server goes on answering;
 * a result above the row limit is refused with a message; a body above the size limit is refused
 * with 413 and nothing written; and a server child with a small heap survives queries that would
 * need far more memory than it has.
 */
class ResourceLimitsTest {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Counts every triple three times over: 10^12 and more solutions, no memory. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    /** Sorts the square of the store: hundreds of millions of rows, all in memory. */
    static final String MEMORY_HOG = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";

    static HttpResponse<String> get(String base, String query) {
        return send(HttpRequest.newBuilder(URI.create(base + "kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(300)).build());
    }

    static HttpResponse<String> send(HttpRequest r) {
        try {
            return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(r.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void timeoutRowLimitAndBodyLimit() {
        try (KgStore store = KgStore.open(FaultStores.copy("limits"))) {
            StoreSnapshot before = StoreSnapshot.of(store);
            KgServer server = KgServer.builder().store(store).graphs(FaultStores.GRAPHS)
                    .config(ServerConfig.builder().port(0).localhostOnly(true).queryTimeout(Duration.ofSeconds(10))
                            .maxResultRows(1000).maxUpdateBytes(4096)
                            .credentials(new org.entente.server.Credentials("w", "limits-password")).build())
                    .build().start();
            try {
                String base = "http://127.0.0.1:" + server.port() + "/";

                // A runaway query: while it runs, others are answered; then it is stopped with 503.
                CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> get(base, RUNAWAY));
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> ask = get(base, "ASK { ?s ?p ?o }");
                    assertEquals(200, ask.statusCode(), ask.body());
                }
                assertFalse(runaway.isDone(), "the runaway query was still running while the others were answered");
                HttpResponse<String> stopped = runaway.join();
                assertEquals(503, stopped.statusCode(), stopped.body());
                assertEquals("Query timed out: it was stopped after its time limit (this endpoint allows at most 10 s)."
                        + " Narrow the query (fewer unbound patterns, a LIMIT) and try again.", stopped.body().strip());
                assertEquals(200, get(base, "ASK { ?s ?p ?o }").statusCode(), "answering after the timeout");

                // The client may ask for less time, never for more.
                HttpResponse<String> shorter = send(HttpRequest.newBuilder(URI.create(base + "kg/sparql?timeout=1&query="
                        + URLEncoder.encode(RUNAWAY, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(300)).build());
                assertEquals(503, shorter.statusCode(), shorter.body());
                assertTrue(shorter.body().startsWith("Query timed out"), shorter.body());

                // Results above the limit: refused with a message, for SELECT and CONSTRUCT alike.
                HttpResponse<String> rows = get(base, "SELECT * WHERE { ?s ?p ?o }");
                assertEquals(422, rows.statusCode(), rows.body());
                assertEquals("The result has more than 1000 rows, the most this endpoint returns. Narrow the query, or page"
                        + " through it with ORDER BY, LIMIT and OFFSET.", rows.body().strip());
                HttpResponse<String> triples = get(base, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
                assertEquals(422, triples.statusCode(), triples.body());
                assertTrue(triples.body().startsWith("The result has more than 1000 triples"), triples.body());
                HttpResponse<String> page = get(base, "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 1000 OFFSET 10");
                assertEquals(200, page.statusCode());
                assertEquals(1000, page.body().split("\"s\"\\s*:", -1).length - 1, "a page of exactly the limit");

                // A body above the limit, even from the writer: 413, and nothing written.
                String big = "INSERT DATA { GRAPH <https://example.org/big> { <https://example.org/s> <https://example.org/p> \""
                        + "x".repeat(5000) + "\" } }";
                HttpResponse<String> tooBig = send(HttpRequest.newBuilder(URI.create(base + "kg/update"))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", SecurityTest.basic("w", "limits-password"))
                        .POST(HttpRequest.BodyPublishers.ofString(big)).build());
                assertEquals(413, tooBig.statusCode(), tooBig.body());
                assertTrue(tooBig.body().contains("an update may have at most 4096 bytes"), tooBig.body());
            } finally {
                server.stop();
            }
            List<String> diff = StoreSnapshot.of(store).differencesFrom(before);
            assertTrue(diff.isEmpty(), String.join("\n", diff));
        }
    }

    /**
     * {@code kg serve} with a 160 MiB heap (the bundled store needs a fraction of it) and a long
     * timeout, so that only the heap can stop them: queries that sort the square of the store are
     * stopped with 503 and the server goes on answering, with no OutOfMemoryError.
     */
    @Test
    void aSmallHeapSurvivesQueriesThatWouldNeedFarMore() throws IOException {
        try (ServerProcess server = ServerProcess.start(FaultStores.copy("small-heap"), FaultStores.WORK.resolve("small-heap.log"),
                List.of("-Xmx160m"), List.of("--query-timeout", "600"), Map.of())) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> hog = get(server.url(), MEMORY_HOG);
                assertEquals(503, hog.statusCode(), hog.body());
                assertTrue(hog.body().startsWith("Query stopped: the server ran short of memory"), hog.body());
                HttpResponse<String> ask = get(server.url(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
                assertEquals(200, ask.statusCode(), ask.body());
            }
            assertTrue(server.process().isAlive());
            assertFalse(server.output().contains("OutOfMemoryError"), server.output());
        }
    }
}
