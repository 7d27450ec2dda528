package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.entente.loader.Loader;
import org.entente.loader.StoreStatistics;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** POST /api/articles on real servers on free ports: only the writer loads, in one validated transaction. */
class ArticlesApiTest {
    static KgStore store;
    static KgServer server;
    static KgServer readOnly;

    static final String TEXT = "France has offered to send troops to Romania.";
    static final String FACTS = """
            article: offers
            title: Offers
            text: offers.txt
            published: 2022-01-24
            generated-by: entente-extractor
            review: reviewed

            [france-troops-to-romania]
            type: Deployment
            label: France offers troops to Romania
            sender: FRA
            destination: ROU
            asset: troops
            commitment: offered
            confidence: 0.54
            quote: France has offered to send troops to Romania
            """;

    @BeforeAll
    static void start() {
        store = KgStore.inMemory();
        new Loader(store, TestData.GRAPHS).loadBundled();
        server = KgServer.builder().store(store).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).credentials(new Credentials("editor", "pw")).build()).build().start();
        readOnly = KgServer.builder().store(store).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).build()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        readOnly.stop();
    }

    static HttpResponse<String> post(KgServer on, String facts, String auth) throws Exception {
        String body = new ObjectMapper().writeValueAsString(java.util.Map.of("facts", facts, "text", TEXT));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(on.url() + "api/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onlyTheWriterLoadsAndBadFactsWriteNothing() throws Exception {
        long before = StoreStatistics.of(store).totalTriples();
        assertEquals(401, post(server, FACTS, null).statusCode());
        assertEquals(401, post(server, FACTS, "editor:wrong").statusCode());
        assertEquals(403, post(readOnly, FACTS, "editor:pw").statusCode());
        HttpResponse<String> bad = post(server, FACTS.replace("send troops to Romania", "send ships to Romania"), "editor:pw");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("facts:16: quote not found in the text: \"France has offered to send ships to Romania\"",
                new ObjectMapper().readTree(bad.body()).get("detail").asText());
        assertEquals(before, StoreStatistics.of(store).totalTriples());

        HttpResponse<String> ok = post(server, FACTS, "editor:pw");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("https://w3id.org/entente/graph/article/offers"), ok.body());
        assertTrue(StoreStatistics.of(store).totalTriples() > before);
    }

    @Test
    void aReviewedDraftLoadsThroughTheSameWriterAsReviewed() throws Exception {
        String draft = DraftsApiTest.DRAFT.replace("\"id\": \"offers\"", "\"id\": \"offers-by-draft\"");
        String body = "{\"draft\": " + draft + ", \"text\": " + new ObjectMapper().writeValueAsString(TEXT) + "}";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        assertEquals(401, HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:pw".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> ok = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        // Answered without drafts=include: the facts are reviewed.
        var rows = Http.json(Http.get(server.url() + "api/queries/article-deployments")).get("results").get("bindings");
        java.util.List<String> ours = new java.util.ArrayList<>();
        rows.forEach(r -> {
            if (r.get("article").get("value").asText().endsWith("/article/offers-by-draft")) {
                ours.add(r.get("senderName").get("value").asText() + " -> " + r.get("destinationName").get("value").asText()
                        + " " + r.get("review").get("value").asText());
            }
        });
        assertEquals(java.util.List.of("France -> Romania reviewed"), ours);
    }
}
