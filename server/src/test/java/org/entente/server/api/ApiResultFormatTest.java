package org.entente.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.entente.loader.mapping.GraphNames;
import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;
import org.entente.server.KgServer;
import org.entente.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The format of /api/queries/{name} by the Accept header, with q-values and wildcards, against a
 * real server on a free port (one named query that needs no data: two rows from VALUES).
 */
class ApiResultFormatTest {
    static KgStore store;
    static KgServer server;
    static String url;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        NamedQuery two = NamedQuery.parse("two", "two.rq", """
                # title: Two
                # description: Two rows, whatever the store holds.
                SELECT ?n WHERE { VALUES ?n { 1 2 } }
                """);
        store = KgStore.inMemory();
        server = KgServer.builder().store(store).graphs(new GraphNames(IriScheme.defaultScheme()))
                .queries(NamedQueryRegistry.of(List.of(two))).config(ServerConfig.builder().port(0).build()).build().start();
        url = server.url() + "api/queries/two";
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String query, String... accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + query));
        for (String a : accept) {
            b.header("Accept", a);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The media type of the answer to an Accept header (several: several Accept headers). */
    static String typeFor(String... accept) throws IOException, InterruptedException {
        HttpResponse<String> r = get("", accept);
        assertEquals(200, r.statusCode(), String.join(" | ", accept) + ": " + r.body());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
        return r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "");
    }

    @Test
    void qValuesDecideNotTheOrder() throws Exception {
        assertEquals("application/sparql-results+json", typeFor("text/csv;q=0.5, application/sparql-results+json"));
        assertEquals("text/csv", typeFor("text/csv, application/sparql-results+json;q=0.5"));
        assertEquals("text/tab-separated-values", typeFor("text/csv;q=0.1, text/tab-separated-values;q=0.2"));
        assertEquals("application/sparql-results+xml", typeFor("application/sparql-results+xml;q=0.9, text/csv;q=0.8"));
        // The most specific range decides: text/csv is excluded although text/* is welcome.
        assertEquals("text/tab-separated-values", typeFor("text/*, text/csv;q=0"));
        // Equal qualities: the server's order (JSON, CSV, TSV, XML).
        assertEquals("application/sparql-results+json", typeFor("text/csv, application/sparql-results+json"));
    }

    @Test
    void wildcardsAndNoHeaderGiveTheDefault() throws Exception {
        assertEquals("application/sparql-results+json", typeFor("*/*"));
        assertEquals("application/sparql-results+json", typeFor());
        assertEquals("application/sparql-results+json", typeFor("application/*"));
        assertEquals("text/csv", typeFor("text/*"));
        assertEquals("application/sparql-results+json", typeFor("*/*;q=0.1, text/csv;q=0"));
        // A browser's header: application/xml (q=0.9) beats */* (q=0.8).
        assertEquals("application/sparql-results+xml",
                typeFor("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        // The aliases.
        assertEquals("application/sparql-results+json", typeFor("application/json"));
        assertEquals("application/sparql-results+xml", typeFor("application/xml"));
        // Two Accept headers are one list.
        assertEquals("text/csv", typeFor("image/png", "text/csv"));
    }

    @Test
    void theBodyIsInTheChosenFormat() throws Exception {
        assertEquals("n\r\n1\r\n2\r\n", get("", "text/csv;q=0.9, image/png").body());
        assertTrue(get("", "*/*").body().contains("\"vars\""));
    }

    @Test
    void nothingAcceptableIs406WithOneLineListingTheFormats() throws Exception {
        for (String accept : List.of("image/png", "text/html", "text/csv;q=0", "application/ld+json, text/turtle")) {
            HttpResponse<String> r = get("", accept);
            assertEquals(406, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), accept);
            JsonNode error = new ObjectMapper().readTree(r.body());
            assertEquals("not-acceptable", error.get("error").asText());
            String detail = error.get("detail").asText();
            assertFalse(detail.contains("\n"), detail);
            assertTrue(detail.contains(accept), detail);
            assertTrue(detail.contains("application/sparql-results+json, text/csv, text/tab-separated-values, "
                    + "application/sparql-results+xml"), detail);
            assertTrue(detail.contains("format=json|csv|tsv|xml"), detail);
        }
    }

    @Test
    void theFormatParameterWinsOverAccept() throws Exception {
        HttpResponse<String> r = get("?format=tsv", "image/png");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        HttpResponse<String> bad = get("?format=pdf", "*/*");
        assertEquals(400, bad.statusCode());
        JsonNode error = new ObjectMapper().readTree(bad.body());
        assertEquals("format", error.get("parameter").asText());
        assertTrue(error.get("detail").asText().contains("json, csv, tsv, xml"), bad.body());
    }
}
