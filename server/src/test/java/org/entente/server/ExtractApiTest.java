package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.entente.loader.StoreStatistics;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** POST /api/extract on a real server on a free port: the draft as JSON, nothing written, bad input refused in one line. */
class ExtractApiTest {

    static KgStore store;
    static KgServer server;
    static String url;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    static final String TEXT = "France has offered to send troops to Romania.";

    @BeforeAll
    static void start() {
        store = TestData.bundled();
        server = KgServer.builder().store(store).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).build()).build().start();
        url = server.url() + "api/extract";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> post(String query, String contentType, byte[] body) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url + query)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return new ObjectMapper().readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    /** Each fact as "type key=value…", in order. */
    static List<String> facts(JsonNode draft) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : draft.get("facts")) {
            StringBuilder sb = new StringBuilder(f.get("type").asText());
            for (JsonNode field : f.get("fields")) {
                sb.append(' ').append(field.get("key").asText()).append('=').append(field.get("value").asText());
            }
            out.add(sb.toString());
        }
        return out;
    }

    long triples() {
        return StoreStatistics.of(store).totalTriples();
    }

    @Test
    void draftsAPlainTextAndWritesNothing() {
        long before = triples();
        HttpResponse<String> r = post("?title=Offers&published=2022-01-24", "text/plain; charset=utf-8",
                TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode d = json(r);
        assertEquals("offers", d.get("article").get("id").asText());
        assertEquals("2022-01-24", d.get("article").get("published").asText());
        // The text: France offers (a commitment, no progress) troops to Romania.
        assertEquals(List.of("Deployment sender=FRA destination=ROU asset=troops commitment=offered"), facts(d));
        JsonNode quote = d.get("facts").get(0).get("quote");
        assertEquals(0, quote.get("span").get("start").asInt());
        assertEquals(TEXT.substring(quote.get("span").get("start").asInt(), quote.get("span").get("end").asInt()),
                quote.get("text").asText());
        assertEquals(before, triples());
    }

    @Test
    void draftsAJsonBody() {
        HttpResponse<String> r = post("", "application/json",
                "{\"text\":\"France has offered to send troops to Romania.\",\"title\":\"Offers to Romania\",\"published\":\"2022-01\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = json(r);
        assertEquals("offers-to-romania", d.get("article").get("id").asText());
        assertEquals("Offers to Romania", d.get("article").get("title").asText());
        assertEquals(List.of("Deployment sender=FRA destination=ROU asset=troops commitment=offered"), facts(d));
    }

    @Test
    void badInputGetsA4xxWithOneLine() {
        expect(400, "the text is empty; send the article's text", post("", "text/plain", new byte[0]));
        expect(400, "the text is empty; send the article's text", post("", "application/json", "{\"text\":\"  \"}".getBytes()));
        expect(400, "the text is not valid UTF-8 text",
                post("", "text/plain", "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1)));
        expect(400, "published '2022-02-30' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD",
                post("?published=2022-02-30", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8)));
        expect(400, "the JSON body has no \"text\" (the article's text)", post("", "application/json", "{}".getBytes()));
        byte[] big = new byte[(4 << 20) + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        expect(413, "the text is bigger than 4194304 bytes (4 MiB), the limit", post("", "text/plain", big));
        assertEquals(415, post("", "image/png", TEXT.getBytes()).statusCode());
    }

    static void expect(int status, String detail, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(detail, json(r).get("detail").asText());
        assertTrue(!r.body().strip().contains("\n") || json(r).get("detail").asText().indexOf('\n') < 0);
    }
}
