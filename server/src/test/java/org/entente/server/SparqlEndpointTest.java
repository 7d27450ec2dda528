package org.entente.server;

import static org.entente.server.Http.basic;
import static org.entente.server.Http.enc;
import static org.entente.server.Http.get;
import static org.entente.server.Http.params;
import static org.entente.server.Http.postForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.entente.loader.store.KgStore;
import org.entente.ontology.SD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL endpoint of a real server on a free port: query formats, the update and Graph Store
 * writes behind authentication, the timeout, the service description, CORS and the web form.
 * Two servers share the store: one with a writer and a 1 s timeout, one with the defaults.
 */
class SparqlEndpointTest {
    static final String USER = "editor";
    static final String PASSWORD = "correct horse battery staple";

    static final String NATO_BORDERING_RUSSIA = """
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            SELECT ?state ?name WHERE {
              ?russia ent:iso3166Alpha3 "RUS" .
              ?membership ent:member ?state ; ent:organisation/ent:acronym "NATO" ; ent:startDate ?since .
              OPTIONAL { ?membership ent:endDate ?until }
              BIND (xsd:date(SUBSTR(STR(NOW()), 1, 10)) AS ?today)
              FILTER (?since <= ?today && (!BOUND(?until) || ?until >= ?today))
              ?state ent:sharesLandBorderWith ?russia ;
                     rdfs:label ?name .
              FILTER (lang(?name) = "en")
            } ORDER BY ?name
            """;
    static final List<String> SIX = List.of("Estonia", "Finland", "Latvia", "Lithuania", "Norway", "Poland");

    /** Every triple three times over: it never finishes. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    static KgStore store;
    static KgServer secured;
    static KgServer defaults;
    static String kg;
    static String kgDefaults;

    @BeforeAll
    static void start() {
        store = TestData.bundled();
        secured = KgServer.builder().store(store).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).credentials(new Credentials(USER, PASSWORD))
                        .queryTimeout(Duration.ofSeconds(1)).build())
                .build().start();
        defaults = KgServer.builder().store(store).graphs(TestData.GRAPHS)
                .config(ServerConfig.builder().port(0).maxResultRows(50).build()).build().start();
        kg = secured.url() + "kg";
        kgDefaults = defaults.url() + "kg";
    }

    @AfterAll
    static void stop() {
        secured.stop();
        defaults.stop();
    }

    @Test
    void selectAsJson() {
        HttpResponse<String> r = get(kg + "/sparql?query=" + enc(NATO_BORDERING_RUSSIA), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> names = new java.util.ArrayList<>();
        rs.forEachRemaining(s -> names.add(s.getLiteral("name").getString()));
        assertEquals(SIX, names);
    }

    @Test
    void selectAsCsvByAcceptAndByFormat() {
        HttpResponse<String> byAccept = postForm(kg + "/sparql", params("query", NATO_BORDERING_RUSSIA), "Accept", "text/csv");
        assertEquals(200, byAccept.statusCode(), byAccept.body());
        assertTrue(byAccept.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = byAccept.body().lines().toList();
        assertEquals("state,name", lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(6).endsWith(",Poland"), lines.get(6));

        HttpResponse<String> byFormat = get(kg + "/sparql?format=csv&query=" + enc(NATO_BORDERING_RUSSIA));
        assertEquals(byAccept.body(), byFormat.body());
        HttpResponse<String> tsv = get(kg + "/sparql?format=tsv&query=" + enc(NATO_BORDERING_RUSSIA));
        assertTrue(tsv.body().startsWith("?state\t?name"), tsv.body());
    }

    @Test
    void selectByDirectPost() {
        HttpResponse<String> r = Http.post(kg + "/sparql", "application/sparql-query", NATO_BORDERING_RUSSIA,
                "Accept", "application/sparql-results+xml");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<literal xml:lang=\"en\">Finland</literal>"), r.body());
    }

    @Test
    void constructAsTurtle() {
        String q = "PREFIX ent: <https://w3id.org/entente/ontology#> CONSTRUCT { ?s ent:sharesLandBorderWith ?o } "
                + "WHERE { ?s ent:iso3166Alpha3 \"POL\" ; ent:sharesLandBorderWith ?o }";
        HttpResponse<String> r = get(kg + "/sparql?query=" + enc(q), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/entente/id/state/POL"),
                NodeFactory.createURI("https://w3id.org/entente/ontology#sharesLandBorderWith"),
                NodeFactory.createURI("https://w3id.org/entente/id/state/RUS")));
        // And as JSON-LD.
        HttpResponse<String> jsonld = get(kg + "/sparql?query=" + enc(q), "Accept", "application/ld+json");
        Graph g2 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(g2);
        assertEquals(g.size(), g2.size());
    }

    @Test
    void badSparqlIs400WithThePosition() {
        HttpResponse<String> r = get(kg + "/sparql?query=" + enc("SELECT * WHERE { ?s ?p "));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1, column"), r.body());
    }

    @Test
    void updateNeedsTheWritersCredentials() {
        String graph = "https://example.org/test-graph/update";
        String insert = "INSERT DATA { GRAPH <" + graph + "> { <https://example.org/a> <https://example.org/b> 42 } }";
        long before = graphSize(graph);

        HttpResponse<String> anonymous = postForm(kg + "/update", params("update", insert));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = postForm(kg + "/update", params("update", insert), "Authorization", basic(USER, "wrong"));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> dropAll = postForm(kg + "/update", params("update", "DROP ALL"));
        assertEquals(401, dropAll.statusCode());
        assertEquals(before, graphSize(graph));

        HttpResponse<String> right = postForm(kg + "/update", params("update", insert), "Authorization", basic(USER, PASSWORD));
        assertEquals(200, right.statusCode(), right.body());
        assertEquals(1, graphSize(graph));

        // Graph Store Protocol: reading is public, deleting is not.
        HttpResponse<String> read = get(kg + "/data?graph=" + enc(graph), "Accept", "application/n-triples");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("<https://example.org/a>"));
        assertEquals(401, Http.method("DELETE", kg + "/data?graph=" + enc(graph), null, null).statusCode());
        assertEquals(1, graphSize(graph));
        HttpResponse<String> delete = Http.method("DELETE", kg + "/data?graph=" + enc(graph), null, null,
                "Authorization", basic(USER, PASSWORD));
        assertEquals(204, delete.statusCode());
        assertEquals(0, graphSize(graph));
    }

    /**
     * Defect: Jetty matched the protected methods exactly (PUT, POST, DELETE, PATCH) while Fuseki's
     * Graph Store upper-cases the method, so {@code put} or {@code Post} wrote without credentials.
     */
    @Test
    void writeMethodsInAnyCaseNeedTheWriter() {
        String graph = "https://example.org/test-graph/method-case";
        String turtle = "<https://example.org/a> <https://example.org/b> 1 .";
        for (String method : List.of("put", "Put", "post", "pOST", "delete", "Delete", "patch", "PROPFIND", "TRACE")) {
            for (String base : List.of(kg, kgDefaults)) {
                HttpResponse<String> r = Http.method(method, base + "/data?graph=" + enc(graph), "text/turtle", turtle);
                assertTrue(r.statusCode() == 401 || r.statusCode() == 403, method + " " + base + ": " + r.statusCode() + " " + r.body());
            }
        }
        assertEquals(0, graphSize(graph));
        // Reads stay public; the writer still writes with the canonical methods.
        assertEquals(200, get(kg + "/data?graph=" + enc(TestData.GRAPHS.organisations().getURI()), "Accept", "text/turtle").statusCode());
        assertEquals(200, Http.method("HEAD", kg + "/data?graph=" + enc(TestData.GRAPHS.organisations().getURI()), null, null).statusCode());
        HttpResponse<String> put = Http.method("PUT", kg + "/data?graph=" + enc(graph), "text/turtle", turtle,
                "Authorization", basic(USER, PASSWORD));
        assertEquals(201, put.statusCode(), put.body());
        assertEquals(204, Http.method("DELETE", kg + "/data?graph=" + enc(graph), null, null,
                "Authorization", basic(USER, PASSWORD)).statusCode());
        assertEquals(0, graphSize(graph));
    }

    @Test
    void withoutAConfiguredWriterNobodyWrites() {
        String graph = "https://example.org/test-graph/refused";
        HttpResponse<String> update = postForm(kgDefaults + "/update",
                params("update", "INSERT DATA { GRAPH <" + graph + "> { <https://example.org/a> <https://example.org/b> 1 } }"),
                "Authorization", basic(USER, PASSWORD));
        assertEquals(403, update.statusCode());
        HttpResponse<String> put = Http.method("PUT", kgDefaults + "/data?graph=" + enc(graph), "text/turtle",
                "<https://example.org/a> <https://example.org/b> 1 .", "Authorization", basic(USER, PASSWORD));
        assertEquals(403, put.statusCode());
        assertEquals(0, graphSize(graph));
        // Reads stay open.
        HttpResponse<String> read = get(kgDefaults + "/data?graph=" + enc(TestData.GRAPHS.organisations().getURI()),
                "Accept", "text/turtle");
        assertEquals(200, read.statusCode());
    }

    @Test
    void aRunawayQueryTimesOutWhileOthersAreAnswered() throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> get(kg + "/sparql?query=" + enc(RUNAWAY)));
        HttpResponse<String> other = get(kg + "/sparql?query=" + enc(NATO_BORDERING_RUSSIA), "Accept", "text/csv");
        assertEquals(200, other.statusCode());
        assertEquals(7, other.body().lines().count());

        HttpResponse<String> r = runaway.get(30, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out") && r.body().contains("1 s"), r.body());
        assertTrue(millis < 15_000, "the runaway query took " + millis + " ms");
        // And the server still answers.
        assertEquals(200, get(kg + "/sparql?query=" + enc("ASK {}")).statusCode());
    }

    @Test
    void aHugeResultIsRefusedWithAMessage() {
        HttpResponse<String> r = get(kgDefaults + "/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o }"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("more than 50 rows"), r.body());
    }

    @Test
    void serviceDescriptionWithoutAQuery() {
        HttpResponse<String> ttl = get(kg + "/sparql", "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(m);
        org.apache.jena.rdf.model.Resource service = m.listResourcesWithProperty(RDF.type,
                m.createResource(SD.NS + "Service")).filterKeep(s -> s.hasProperty(
                        m.createProperty(SD.NS + "supportedLanguage"),
                        m.createResource(SD.NS + "SPARQL11Query"))).next();
        assertEquals(kg + "/sparql", service.getPropertyResourceValue(m.createProperty(SD.NS + "endpoint")).getURI());
        assertTrue(m.contains(null, m.createProperty(SD.NS + "name"), m.createResource(TestData.GRAPHS.countries().getURI())));

        HttpResponse<String> jsonld = get(kg + "/sparql", "Accept", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model m2 = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(m2);
        assertTrue(m2.isIsomorphicWith(m));
    }

    @Test
    void corsForAnyOriginWithoutCredentials() {
        HttpResponse<String> r = get(kg + "/sparql?query=" + enc("ASK {}"), "Origin", "https://elsewhere.example");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertNull(r.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
        HttpResponse<String> api = get(secured.url() + "api/queries", "Origin", "https://elsewhere.example");
        assertEquals("*", api.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> preflight = Http.method("OPTIONS", kg + "/sparql", null, null, "Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        // Not for the update endpoint.
        HttpResponse<String> update = Http.method("OPTIONS", kg + "/update", null, null, "Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "POST");
        assertNull(update.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void serviceIsRefusedByDefault() {
        String q = "SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = get(kgDefaults + "/sparql?query=" + enc(q));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE <http://localhost:1/sparql> refused"), r.body());
    }

    @Test
    void theWebFormAtTheRootWithoutShadowingTheRest() {
        HttpResponse<String> index = get(secured.url());
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("nosniff", index.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(index.body().contains("/kg/sparql"));
        assertEquals(index.body(), get(secured.url() + "index.html").body());
        assertEquals(404, get(secured.url() + "no-such-file.css").statusCode());
        int escape = get(secured.url() + "../pom.xml").statusCode();
        assertTrue(escape == 400 || escape == 404, "status " + escape);
        assertEquals(404, get(secured.url() + "org/entente/server/web/index.html").statusCode());
        // /kg/sparql is still the endpoint and /api still the API.
        assertFalse(get(kg + "/sparql").body().contains("<html"));
        assertTrue(get(secured.url() + "api/health").body().contains("\"status\":\"ok\""));
    }

    private static long graphSize(String graph) {
        return store.read(dsg -> dsg.getGraph(NodeFactory.createURI(graph)).size());
    }
}
