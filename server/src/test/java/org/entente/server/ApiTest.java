package org.entente.server;

import static org.entente.server.Http.enc;
import static org.entente.server.Http.get;
import static org.entente.server.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.entente.loader.StoreStatistics;
import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON API under /api of a real server on a free port. */
class ApiTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    static KgStore store;
    static KgServer server;
    static KgServer slow;
    static String api;

    @BeforeAll
    static void start() {
        store = TestData.bundled();
        server = KgServer.builder().store(store).graphs(TestData.GRAPHS).clock(CLOCK)
                .config(ServerConfig.builder().port(0).build()).build().start();
        api = server.url() + "api";
        // A server whose one named query never finishes, with a short timeout.
        NamedQuery never = NamedQuery.parse("never", "never.rq", """
                # title: Never
                # description: Counts every triple three times over.
                SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }
                """);
        slow = KgServer.builder().store(store).graphs(TestData.GRAPHS).queries(NamedQueryRegistry.of(List.of(never)))
                .config(ServerConfig.builder().port(0).queryTimeout(Duration.ofMillis(500)).build()).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        slow.stop();
    }

    @Test
    void listsTheNamedQueries() {
        HttpResponse<String> r = get(api + "/queries");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode queries = json(r).get("queries");
        assertEquals(NamedQueryRegistry.fromClasspath().all().size(), queries.size());
        JsonNode nato = null;
        for (JsonNode q : queries) {
            if (q.get("name").asText().equals("nato-members-bordering-russia")) {
                nato = q;
            }
            for (String field : List.of("name", "title", "description", "parameters", "query")) {
                assertTrue(q.has(field), field + " missing in " + q);
            }
        }
        assertEquals("NATO members bordering Russia", nato.get("title").asText());
        JsonNode asOf = nato.get("parameters").get(0);
        assertEquals("asOf", asOf.get("name").asText());
        assertEquals("date", asOf.get("type").asText());
        assertFalse(asOf.get("required").asBoolean());
        assertEquals("today", asOf.get("default").asText());
        assertTrue(asOf.get("description").asText().contains("YYYY-MM-DD"));
        assertTrue(nato.get("query").asText().contains("SELECT ?state ?name ?memberSince"));
    }

    @Test
    void runsEveryNamedQueryWithParameters() {
        Map<String, String> params = Map.of(
                "alliance-members-on-date", "alliance=CSTO&asOf=2020-01-01",
                "state-memberships", "state=POL",
                "treaty-parties", "treaty=north-atlantic-treaty",
                "treaty-parties-on-date", "treaty=cfe-treaty&asOf=2020-01-01",
                "state-neighbours", "state=POL&asOf=2020-01-01",
                "nato-members-bordering-russia", "asOf=2020-01-01",
                "russia-neighbours-outside-nato", "asOf=2020-01-01");
        for (NamedQuery q : NamedQueryRegistry.fromClasspath().all()) {
            String query = params.getOrDefault(q.name(), "");
            HttpResponse<String> r = get(api + "/queries/" + q.name() + "?" + query);
            assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"), q.name());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
            int rows = 0;
            while (rs.hasNext()) {
                rs.next();
                rows++;
            }
            assertTrue(rows > 0, q.name() + " returned nothing");
        }
    }

    @Test
    void natoMembersBorderingRussiaOnTwoDays() {
        assertEquals(List.of("Estonia", "Latvia", "Lithuania", "Norway", "Poland"), names(
                get(api + "/queries/nato-members-bordering-russia?asOf=2020-01-01&format=csv")));
        // Finland joined on 2023-04-04; the default day is the server clock's today (2026-11-25).
        assertEquals(List.of("Estonia", "Finland", "Latvia", "Lithuania", "Norway", "Poland"), names(
                get(api + "/queries/nato-members-bordering-russia", "Accept", "text/csv")));
    }

    @Test
    void formatsByAcceptAndByParameter() {
        HttpResponse<String> tsv = get(api + "/queries/state-memberships?state=POL", "Accept", "text/tab-separated-values");
        assertTrue(tsv.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertTrue(tsv.body().startsWith("?organisation\t"), tsv.body());
        HttpResponse<String> csv = get(api + "/queries/state-memberships?state=POL&format=csv", "Accept", "application/json");
        assertTrue(csv.body().startsWith("organisation,"), csv.body());
        HttpResponse<String> none = get(api + "/queries/state-memberships?state=POL", "Accept", "image/png");
        assertEquals(406, none.statusCode());
        assertEquals("not-acceptable", json(none).get("error").asText());
    }

    @Test
    void badOrMissingParametersAre400NamingThem() {
        HttpResponse<String> bad = get(api + "/queries/nato-members-bordering-russia?asOf=2020-02-30");
        assertEquals(400, bad.statusCode());
        JsonNode e = json(bad);
        assertEquals("bad-parameter", e.get("error").asText());
        assertEquals("asOf", e.get("parameter").asText());
        assertTrue(e.get("detail").asText().startsWith("parameter 'asOf' is"), e.toString());

        JsonNode missing = json(get(api + "/queries/state-memberships"));
        assertEquals("state", missing.get("parameter").asText());
        JsonNode unknownState = json(get(api + "/queries/state-memberships?state=XXX"));
        assertEquals("state", unknownState.get("parameter").asText());
        JsonNode unknown = json(get(api + "/queries/state-memberships?state=POL&colour=red"));
        assertEquals("colour", unknown.get("parameter").asText());
        JsonNode format = json(get(api + "/queries/state-memberships?state=POL&format=pdf"));
        assertEquals("format", format.get("parameter").asText());
    }

    @Test
    void anInjectionAttemptIs400AndChangesNothing() {
        StoreStatistics.Stats before = StoreStatistics.of(store);
        HttpResponse<String> r = get(api + "/queries/alliance-members-on-date?alliance=" + enc("NATO> } ; DROP ALL ; #"));
        assertEquals(400, r.statusCode());
        assertEquals("alliance", json(r).get("parameter").asText());
        HttpResponse<String> r2 = get(api + "/queries/alliance-members-on-date?alliance=NATO&asOf="
                + enc("2020-01-01\"^^<x> } DELETE WHERE { ?s ?p ?o } #"));
        assertEquals(400, r2.statusCode());
        assertEquals("asOf", json(r2).get("parameter").asText());
        assertEquals(before, StoreStatistics.of(store));
    }

    @Test
    void unknownQueryAndPathAre404() {
        HttpResponse<String> r = get(api + "/queries/no-such-query");
        assertEquals(404, r.statusCode());
        assertEquals("not-found", json(r).get("error").asText());
        assertTrue(json(r).get("detail").asText().contains("no-such-query"));
        assertEquals("not-found", json(get(api + "/nothing/here")).get("error").asText());
    }

    @Test
    void aQueryThatRunsOutOfTimeIs503() {
        HttpResponse<String> r = get(slow.url() + "api/queries/never");
        assertEquals(503, r.statusCode(), r.body());
        JsonNode e = json(r);
        assertEquals("timeout", e.get("error").asText());
        assertTrue(e.get("detail").asText().contains("500 ms"), e.toString());
    }

    @Test
    void entitiesByTheStartOfAName() {
        JsonNode pol = json(get(api + "/entities?q=pol")).get("entities");
        JsonNode first = pol.get(0);
        assertEquals("https://w3id.org/entente/id/state/POL", first.get("iri").asText());
        assertEquals("Poland", first.get("label").asText());
        assertEquals("en", first.get("lang").asText());
        assertEquals("State", first.get("type").asText());
        assertEquals("/id/state/POL", first.get("path").asText());

        // By another language and by code, each entity once.
        JsonNode polska = json(get(api + "/entities?q=" + enc("Polska") + "&type=State")).get("entities");
        assertEquals("https://w3id.org/entente/id/state/POL", polska.get(0).get("iri").asText());
        JsonNode code = json(get(api + "/entities?q=nato&type=Organisation&limit=5")).get("entities");
        assertEquals(1, code.size());
        assertEquals("https://w3id.org/entente/id/organisation/NATO", code.get(0).get("iri").asText());
        JsonNode many = json(get(api + "/entities?q=s&limit=100")).get("entities");
        List<String> iris = new ArrayList<>();
        many.forEach(n -> iris.add(n.get("iri").asText()));
        assertEquals(iris.size(), iris.stream().distinct().count());
        assertTrue(iris.size() <= 100);

        assertEquals("q", json(get(api + "/entities")).get("parameter").asText());
        assertEquals("q", json(get(api + "/entities?q=" + "x".repeat(101))).get("parameter").asText());
        assertEquals("limit", json(get(api + "/entities?q=a&limit=101")).get("parameter").asText());
        assertEquals("type", json(get(api + "/entities?q=a&type=Planet")).get("parameter").asText());
    }

    @Test
    void healthStatsAndConfig() {
        long triples = StoreStatistics.of(store).totalTriples();
        JsonNode health = json(get(api + "/health"));
        assertEquals("ok", health.get("status").asText());
        assertEquals(triples, health.get("triples").asLong());

        JsonNode stats = json(get(api + "/stats"));
        assertTrue(stats.get("graphs").size() >= 7);
        assertTrue(stats.get("graphs").get(0).has("graph") && stats.get("graphs").get(0).has("triples"));
        assertTrue(stats.get("classes").get(0).has("class") && stats.get("classes").get(0).has("instances"));

        JsonNode config = json(get(api + "/config"));
        assertEquals("https://w3id.org/entente/", config.get("baseIri").asText());
        assertEquals("/kg/sparql", config.get("endpoint").asText());
        assertEquals("https://w3id.org/entente/ontology#", config.get("prefixes").get("ent").asText());
    }

    private static List<String> names(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body().lines().skip(1).map(l -> l.split(",")[1]).toList();
    }
}
