package org.entente.server.ld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.entente.loader.Loader;
import org.entente.loader.StoreStatistics;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.entente.ontology.Ontology;
import org.entente.ontology.WIKIDATA;
import org.entente.server.KgServer;
import org.entente.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Linked Data servlets in the real server ({@link KgServer}, as {@code kg serve} builds it) on
 * a free port, over an in-memory store loaded once with the bundled data.
 */
class LinkedDataServerTest {
    static final String BASE = IriScheme.DEFAULT_BASE;
    static final String RUS = BASE + "id/state/RUS";
    static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    static KgStore store;
    static KgServer server;
    static HttpClient http;
    static String root;

    @BeforeAll
    static void start() {
        store = KgStore.inMemory();
        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());
        new Loader(store, graphs).loadBundled();
        server = KgServer.builder().store(store).graphs(graphs).config(ServerConfig.builder().port(0).build()).build()
                .start();
        root = "http://localhost:" + server.port();
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- helpers

    static HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return get(root, path, accept);
    }

    static HttpResponse<byte[]> get(String server, String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static Model parse(HttpResponse<byte[]> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).base(root).parse(m);
        return m;
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static List<QuerySolution> select(String query) {
        return store.read(dsg -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                // Copy every value inside the transaction: TDB2 resolves nodes lazily.
                qe.execSelect().forEachRemaining(qs -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    qs.varNames().forEachRemaining(v -> copy.add(v, qs.get(v)));
                    rows.add(copy);
                });
            }
            return rows;
        });
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    // ---------------------------------------------------------------- entities

    @Test
    void russiaAsTurtle() throws Exception {
        HttpResponse<byte[]> r = get("/id/state/RUS", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"));
        assertEquals("Accept", header(r, "Vary"));
        assertEquals("/id/state/RUS.ttl", header(r, "Content-Location"));
        assertTrue(header(r, "Link").contains("</id/state/RUS.jsonld>; rel=\"alternate\"; type=\"application/ld+json\""));

        Model m = parse(r, Lang.TURTLE);
        Resource rus = m.getResource(RUS);
        assertTrue(m.contains(rus, OWL.sameAs, m.getResource("http://www.wikidata.org/entity/Q159")));
        assertTrue(m.contains(rus, RDFS.label, m.createLiteral("Russia", "en")));
        List<String> borders = new ArrayList<>();
        m.listObjectsOfProperty(rus, ENT.sharesLandBorderWith).forEachRemaining(o -> borders.add(o.asResource().getURI()));
        assertTrue(borders.contains(BASE + "id/state/UKR"), borders.toString());
        assertTrue(borders.contains(BASE + "id/state/FIN"), borders.toString());
        assertEquals(14, borders.size(), borders.toString());
        // Incoming links, and the labels of the neighbours.
        assertTrue(m.contains(m.getResource(BASE + "id/state/UKR"), ENT.sharesLandBorderWith, rus));
        assertTrue(m.contains(m.getResource(BASE + "id/state/UKR"), RDFS.label, m.createLiteral("Ukraine", "en")));
    }

    @Test
    void russiaAsHtml() throws Exception {
        HttpResponse<byte[]> r = get("/id/state/RUS", FIREFOX);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/html"));
        assertEquals("Accept", header(r, "Vary"));
        assertEquals("/id/state/RUS.html", header(r, "Content-Location"));
        assertTrue(header(r, "Content-Security-Policy").contains("default-src 'self'"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        String html = text(r);
        assertTrue(html.contains("<h1>Russia</h1>"), html);
        assertTrue(html.contains("href=\"https://www.wikidata.org/wiki/Q159\""));
        assertTrue(html.contains("href=\"/ontology#State\""), "types link to the ontology docs");
        assertTrue(html.contains("href=\"/id/state/UKR\""), "neighbours link to their pages");
        assertTrue(html.contains("href=\"/?query="), "a Query this link");
        assertTrue(html.contains("id=\"memberships\""), "the memberships table");
        assertTrue(html.contains("id=\"treaties\""), "the treaty participations table");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains(" style=\""), "no inline style (the CSP forbids it)");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//(?!www\\.wikidata\\.org)[^\"]*\\.(css|js)").matcher(html).find(),
                "nothing loaded from another host");
    }

    @Test
    void aStatePageHasTheTimelineOfItsMembershipsAndEvents() throws Exception {
        String pol = text(get("/id/state/POL", "text/html"));
        assertTrue(pol.contains("<section id=\"timeline\">"), "a timeline");
        // Poland in NATO since 1999-03-12 (not ended), the bar a link to the membership.
        assertTrue(pol.contains("<a class=\"tl-link\" href=\"/id/membership/NATO/POL/1999-03-12\""), pol);
        assertTrue(Pattern.compile("href=\"/id/membership/NATO/POL/1999-03-12\"[^>]*><rect class=\"tl-mark tl-bar tl-open tl-c0\"[^>]*"
                + "data-start=\"1999-03-12\"").matcher(pol).find(), "an open bar from the accession");
        // Russia's page: the article's move of forces to Belarus, dated "In February" (2022-02), is a month.
        String rus = text(get("/id/state/RUS", "text/html"));
        assertTrue(Pattern.compile("<rect class=\"tl-mark tl-event tl-c1\"[^>]*data-start=\"2022-02-01\" data-end=\"2022-03-01\" "
                + "data-precision=\"month\" data-kind=\"event\"><title>Russia sends forces to Belarus: 2022-02</title>").matcher(rus).find(), rus);
        assertFalse(rus.contains(" style=\""), "no inline style");
        // NATO's page: its members over time.
        String nato = text(get("/id/organisation/NATO", "text/html"));
        assertTrue(nato.contains("<h2>Members over time: timeline</h2>"), "the organisation's timeline");
        assertEquals(32, Pattern.compile("<rect class=\"tl-mark tl-bar tl-open").matcher(nato).results().count(), "32 members, none left");
    }

    @Test
    void organisationHasMembersOverTime() throws Exception {
        String html = text(get("/id/organisation/NATO", "text/html"));
        assertTrue(html.contains("id=\"members\""));
        assertTrue(html.contains("href=\"/id/membership/NATO/POL/1999-03-12\""));
        assertTrue(html.contains("<time datetime=\"1999-03-12\">"));
    }

    @Test
    void contentNegotiationWithQValues() throws Exception {
        HttpResponse<byte[]> json = get("/id/state/RUS", "text/html;q=0.5, application/ld+json;q=0.9, text/turtle;q=0.8");
        assertEquals(200, json.statusCode());
        assertEquals("application/ld+json", header(json, "Content-Type"));
        assertEquals("Accept", header(json, "Vary"));
        assertEquals("/id/state/RUS.jsonld", header(json, "Content-Location"));
        assertTrue(parse(json, Lang.JSONLD).contains(ResourceFactory.createResource(RUS), OWL.sameAs,
                ResourceFactory.createResource(WIKIDATA.ENTITY_NS + "Q159")));

        HttpResponse<byte[]> xml = get("/id/state/RUS", "application/rdf+xml, text/turtle;q=0.9");
        assertTrue(header(xml, "Content-Type").startsWith("application/rdf+xml"));
        assertTrue(parse(xml, Lang.RDFXML).contains(ResourceFactory.createResource(RUS), RDFS.label, "Russia", "en"));

        HttpResponse<byte[]> nt = get("/id/state/RUS", "application/n-triples");
        assertEquals("application/n-triples", header(nt, "Content-Type"));
        assertTrue(parse(nt, Lang.NTRIPLES).size() > 50);

        assertTrue(header(get("/id/state/RUS", "*/*"), "Content-Type").startsWith("text/html"), "ties go to HTML");
        assertTrue(header(get("/id/state/RUS", null), "Content-Type").startsWith("text/html"), "no Accept: HTML");
        assertTrue(header(get("/id/state/RUS", "*/*, text/html;q=0"), "Content-Type").startsWith("text/turtle"));

        HttpResponse<byte[]> none = get("/id/state/RUS", "image/png");
        assertEquals(406, none.statusCode());
        assertEquals("Accept", header(none, "Vary"));
    }

    @Test
    void formatSpecificUrlsIgnoreAccept() throws Exception {
        for (Format f : Format.ALL) {
            HttpResponse<byte[]> r = get("/id/state/RUS." + f.extension(), "text/html");
            assertEquals(200, r.statusCode(), f.toString());
            assertEquals(f.contentType().replace(" ", ""), header(r, "Content-Type").replace(" ", ""), f.toString());
            assertEquals(null, header(r, "Vary"), f.toString());
            if (f.isRdf()) {
                assertTrue(parse(r, RDFLanguages(f)).contains(ResourceFactory.createResource(RUS), RDFS.label, "Russia", "en"));
            }
        }
    }

    private static Lang RDFLanguages(Format f) {
        return switch (f) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case NTRIPLES -> Lang.NTRIPLES;
            case RDFXML -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(f.toString());
        };
    }

    @Test
    void sameDataUnderAnyHostName() throws Exception {
        String other = "http://127.0.0.1:" + server.port();
        Model m = parse(get(other, "/id/state/RUS", "text/turtle"), Lang.TURTLE);
        assertTrue(m.contains(m.getResource(RUS), OWL.sameAs, m.getResource(WIKIDATA.ENTITY_NS + "Q159")));
    }

    /** One IRI of each kind the project mints (every path pattern under id/ and graph/) dereferences. */
    @Test
    void everyKindOfMintedIriDereferences() throws Exception {
        List<QuerySolution> rows = select("SELECT DISTINCT ?x WHERE { { GRAPH ?g { ?x ?p ?o } } UNION { GRAPH ?g { ?s ?p ?x } } "
                + "FILTER(isIRI(?x) && STRSTARTS(STR(?x), \"" + BASE + "\")) }");
        Map<String, String> oneOfEachKind = new TreeMap<>();
        for (QuerySolution s : rows) {
            String iri = s.getResource("x").getURI();
            String rest = iri.substring(BASE.length()).replaceAll("#.*", "");
            String kind = rest.replaceAll("[A-Za-z0-9._-]+", "_");
            if (rest.startsWith("id/")) {
                kind = kind + ":" + rest.split("/")[1];
            }
            oneOfEachKind.putIfAbsent(kind, rest);
        }
        assertTrue(oneOfEachKind.size() >= 10, oneOfEachKind.toString());
        for (String rest : oneOfEachKind.values()) {
            if (!rest.startsWith("id/") && !rest.startsWith("graph/")) {
                continue;
            }
            HttpResponse<byte[]> r = get("/" + rest, "text/turtle");
            assertEquals(200, r.statusCode(), rest);
            HttpResponse<byte[]> h = get("/" + rest, "text/html");
            assertEquals(200, h.statusCode(), rest);
        }
    }

    // ---------------------------------------------------------------- facts, quotes, the article

    @Test
    void factPageShowsItsQuoteAndLinksToTheArticle() throws Exception {
        String fact = BASE + "id/article/nato-second-life/fact/spain-black-sea-security";
        QuerySolution q = select("""
                PREFIX ent: <https://w3id.org/entente/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?quote ?exact ?start ?end WHERE {
                  <%s> ent:evidence ?quote .
                  ?quote oa:hasSelector ?t , ?p .
                  ?t oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
                }""".formatted(fact)).get(0);
        String exact = q.getLiteral("exact").getString();
        String anchor = "q-" + q.getLiteral("start").getInt() + "-" + q.getLiteral("end").getInt();

        String html = text(get("/id/article/nato-second-life/fact/spain-black-sea-security", FIREFOX));
        assertTrue(html.contains("<mark class=\"exact\">" + Html.esc(exact) + "</mark>"), html);
        assertTrue(html.contains("href=\"/id/article/nato-second-life#" + anchor + "\""), html);

        // As RDF, the fact comes with its quote and the quote's selectors.
        Model m = parse(get("/id/article/nato-second-life/fact/spain-black-sea-security", "text/turtle"), Lang.TURTLE);
        Resource quote = q.getResource("quote");
        assertTrue(m.contains(m.getResource(fact), ENT.evidence, quote));
        assertTrue(m.contains(m.getResource(quote.getURI() + "#text"), org.apache.jena.vocabulary.OA.exact,
                m.createTypedLiteral(exact)));
        assertTrue(m.contains(m.getResource(quote.getURI() + "#position"), org.apache.jena.vocabulary.OA.start,
                (org.apache.jena.rdf.model.RDFNode) null));
    }

    @Test
    void quotePageLinksToItsPlaceInTheArticle() throws Exception {
        List<QuerySolution> rows = select("""
                PREFIX ent: <https://w3id.org/entente/ontology#>
                SELECT ?q WHERE { ?q a ent:Quote } LIMIT 1""");
        String quote = rows.get(0).getResource("q").getURI();
        String path = quote.substring(BASE.length() - 1);
        String span = quote.substring(quote.lastIndexOf('/') + 1);
        String html = text(get(path, "text/html"));
        assertTrue(html.contains("href=\"/id/article/nato-second-life#q-" + span + "\""), html);
    }

    @Test
    void articlePageHighlightsEveryQuote() throws Exception {
        HttpResponse<byte[]> r = get("/id/article/nato-second-life", FIREFOX);
        assertEquals(200, r.statusCode());
        String html = text(r);
        assertTrue(html.contains("<h1>NATO Just Got Its Second Life Thanks to Russia</h1>"));
        assertTrue(html.contains("January 2022"), "the publication time");
        assertTrue(html.contains("class=\"article-text\""));
        assertTrue(html.contains("id=\"facts\""), "the list of facts");

        List<QuerySolution> quotes = select("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?exact ?start ?end WHERE {
                  ?q oa:hasSource <%sid/article/nato-second-life> ; oa:hasSelector ?t , ?p .
                  ?t oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
                }""".formatted(BASE));
        assertTrue(quotes.size() > 40);
        int wholeMarks = 0;
        for (QuerySolution q : quotes) {
            String anchor = "q-" + q.getLiteral("start").getInt() + "-" + q.getLiteral("end").getInt();
            assertEquals(1, count(html, "id=\"" + anchor + "\""), anchor);
            Matcher mk = Pattern.compile("<mark class=\"q\" id=\"" + anchor + "\"[^>]*>(.*?)</mark>", Pattern.DOTALL).matcher(html);
            if (mk.find()) {
                assertEquals(q.getLiteral("exact").getString(), unescape(mk.group(1)), anchor);
                wholeMarks++;
            }
        }
        assertTrue(wholeMarks > 30, "most quotes overlap no other and are one mark each");
        // The text is all there: strip the marks and anchors and compare with ent:text.
        String text = select("PREFIX ent: <https://w3id.org/entente/ontology#> SELECT ?t WHERE { <" + BASE
                + "id/article/nato-second-life> ent:text ?t }").get(0).getLiteral("t").getString();
        Matcher body = Pattern.compile("<div class=\"article-text\">(.*?)</div>", Pattern.DOTALL).matcher(html);
        assertTrue(body.find());
        assertEquals(text, unescape(body.group(1).replaceAll("<[^>]+>", "")));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void unknownIriIsNotFound() throws Exception {
        HttpResponse<byte[]> html = get("/id/state/XYZ", FIREFOX);
        assertEquals(404, html.statusCode());
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
        assertTrue(text(html).contains(BASE + "id/state/XYZ"));

        HttpResponse<byte[]> ttl = get("/id/state/XYZ", "text/turtle");
        assertEquals(404, ttl.statusCode());
        assertEquals(0, parse(ttl, Lang.TURTLE).size());
        assertEquals(404, get("/id/state/XYZ.jsonld", null).statusCode());
        assertEquals(404, get("/id/", null).statusCode());
        HttpResponse<byte[]> slash = get("/id/state/RUS/", null);
        assertEquals(301, slash.statusCode());
        assertEquals("/id/state/RUS", header(slash, "Location"));
        assertEquals(404, get("/dumps/nothing.zip", null).statusCode());
    }

    // ---------------------------------------------------------------- ontology

    @Test
    void ontologyAsTurtleIsTheOntology() throws Exception {
        for (String path : List.of("/ontology", "/ontology.ttl")) {
            HttpResponse<byte[]> r = get(path, "text/turtle");
            assertEquals(200, r.statusCode(), path);
            assertTrue(header(r, "Content-Type").startsWith("text/turtle"), path);
            assertArrayEquals(Ontology.ontologyBytes(), r.body(), path);
            assertTrue(parse(r, Lang.TURTLE).isIsomorphicWith(Ontology.ontology()), path);
        }
        HttpResponse<byte[]> ttl = get("/ontology", "text/turtle");
        assertEquals("Accept", header(ttl, "Vary"));
        assertEquals("/ontology.ttl", header(ttl, "Content-Location"));
        // Revalidation with the entity tag.
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(root + "/ontology.ttl"))
                .header("If-None-Match", header(ttl, "ETag")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        // The version IRI https://w3id.org/entente/ontology/0.2.0 dereferences too.
        assertArrayEquals(Ontology.ontologyBytes(), get("/ontology/0.2.0", "text/turtle").body());
        assertTrue(parse(get("/ontology.jsonld", null), Lang.JSONLD).isIsomorphicWith(Ontology.ontology()));
        // The ontology's IRI maps to /ontology, and its terms to anchors of the docs.
        Links links = new Links("", IriScheme.defaultScheme(), org.entente.loader.Prefixes.standard(IriScheme.defaultScheme()));
        assertEquals("/ontology", links.href(ENT.ONTOLOGY_IRI));
        assertEquals("/ontology#Deployment", links.href(ENT.Deployment.getURI()));
    }

    @Test
    void ontologyHtmlDocumentsEveryTerm() throws Exception {
        HttpResponse<byte[]> r = get("/ontology", FIREFOX);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/html"));
        String html = text(r);
        assertTrue(html.contains("<section class=\"term\" id=\"Deployment\">"), "Deployment is listed and anchored");
        assertTrue(html.contains("A sender moves or sends military assets"), "with its definition");
        Model ont = Ontology.ontology();
        ont.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(ENT.NS)) {
                String local = s.getURI().substring(ENT.NS.length());
                assertTrue(html.contains("id=\"" + local + "\""), local);
            }
        });
        assertTrue(html.contains("href=\"https://www.wikidata.org/wiki/Property:P47\""), "alignments are external links");
        assertEquals(200, get("/ontology.html", "text/turtle").statusCode());
    }

    // ---------------------------------------------------------------- VoID

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"));
        Model m = parse(r, Lang.TURTLE);
        Resource ds = m.getResource(BASE + ".well-known/void#dataset");
        long total = StoreStatistics.of(store).totalTriples();
        assertEquals(total, ds.getProperty(VOID.triples).getLong());
        assertEquals(root + "/kg/sparql", ds.getProperty(VOID.sparqlEndpoint).getResource().getURI());
        assertTrue(m.contains(ds, VOID.dataDump, m.getResource(root + "/dumps/kg.nq.gz")));
        assertTrue(m.contains(ds, VOID.dataDump, m.getResource(root + "/dumps/kg.trig")));
        assertEquals(BASE + "id/", ds.getProperty(VOID.uriSpace).getString());
        assertTrue(m.contains(ds, VOID.exampleResource, m.getResource(RUS)));
        assertTrue(m.contains(ds, VOID.vocabulary, m.getResource(ENT.ONTOLOGY_IRI)));
        assertTrue(m.contains(ds, org.apache.jena.vocabulary.DCTerms.license,
                m.getResource("https://creativecommons.org/licenses/by/4.0/")));
        for (Node g : store.graphNames()) {
            Resource sub = m.getResource(g.getURI());
            assertTrue(m.contains(ds, VOID.subset, sub), g.toString());
            long size = store.read(d -> d.getGraph(g).size());
            assertEquals(size, sub.getProperty(VOID.triples).getLong(), g.toString());
        }
        assertTrue(m.contains(m.getResource(BASE + "graph/countries"), org.apache.jena.vocabulary.DCTerms.title,
                m.createLiteral("Countries and territories", "en")), "a subset keeps its own description");
        // Property partitions add up to the total; class partitions are there.
        AtomicLong sum = new AtomicLong();
        m.listObjectsOfProperty(ds, VOID.propertyPartition).forEachRemaining(p -> sum.addAndGet(
                p.asResource().getProperty(VOID.triples).getLong()));
        assertEquals(total, sum.get());
        // 264 states: the 250 of world-countries and the 14 former states (changed on purpose with the states over time).
        assertTrue(m.listObjectsOfProperty(ds, VOID.classPartition).toList().stream().anyMatch(p ->
                p.asResource().hasProperty(VOID._class, ENT.State)
                        && p.asResource().getProperty(VOID.entities).getLong() == 264));

        Resource linkset = m.getResource(BASE + ".well-known/void#wikidata-links");
        assertTrue(linkset.hasProperty(org.apache.jena.vocabulary.RDF.type, VOID.Linkset));
        assertTrue(linkset.hasProperty(VOID.linkPredicate, OWL.sameAs));
        assertTrue(linkset.hasProperty(VOID.subjectsTarget, ds));
        Resource wikidata = linkset.getPropertyResourceValue(VOID.objectsTarget);
        assertNotNull(wikidata);
        assertEquals(WIKIDATA.ENTITY_NS, wikidata.getProperty(VOID.uriSpace).getString());
        long sameAs = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <" + OWL.sameAs.getURI() + "> ?o } "
                + "FILTER(STRSTARTS(STR(?o), \"" + WIKIDATA.ENTITY_NS + "\")) }").get(0).getLiteral("n").getLong();
        assertTrue(sameAs > 200);
        assertEquals(sameAs, linkset.getProperty(VOID.triples).getLong());

        HttpResponse<byte[]> json = get("/.well-known/void", "application/ld+json");
        assertEquals("application/ld+json", header(json, "Content-Type"));
        Model mj = parse(json, Lang.JSONLD);
        assertEquals(total, mj.getResource(ds.getURI()).getProperty(VOID.triples).getLong());
        assertEquals(m.size(), mj.size());
    }

    // ---------------------------------------------------------------- dumps

    @Test
    void nquadsDumpHasEveryQuad() throws Exception {
        HttpResponse<byte[]> r = get("/dumps/kg.nq.gz", null);
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", header(r, "Content-Type"));
        assertTrue(header(r, "Content-Disposition").contains("filename=\"kg.nq.gz\""));
        long quads;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            quads = countQuads(in, Lang.NQUADS);
        }
        long inStore = store.read(d -> Iter.count(d.find()));
        assertEquals(inStore, quads);
        assertEquals(StoreStatistics.of(store).totalTriples(), quads);
    }

    @Test
    void trigDumpHasEveryQuad() throws Exception {
        HttpResponse<byte[]> r = get("/dumps/kg.trig", null);
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/trig"));
        assertTrue(header(r, "Content-Disposition").contains("filename=\"kg.trig\""));
        assertEquals((long) store.read(d -> Iter.count(d.find())), countQuads(new ByteArrayInputStream(r.body()), Lang.TRIG));
        HttpResponse<byte[]> index = get("/dumps/", null);
        assertEquals(200, index.statusCode());
        assertTrue(text(index).contains("href=\"/dumps/kg.trig\""));
    }

    private static long countQuads(InputStream in, Lang lang) {
        AtomicLong n = new AtomicLong();
        RDFParser.source(in).lang(lang).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                n.incrementAndGet();
            }

            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                n.incrementAndGet();
            }
        });
        return n.get();
    }

    // ---------------------------------------------------------------- assets

    @Test
    void assetsAreServedFromTheClasspath() throws Exception {
        HttpResponse<byte[]> css = get("/assets/site.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(header(css, "Content-Type").startsWith("text/css"));
        String body = text(css);
        assertFalse(body.contains("@import"), "no imports");
        assertFalse(Pattern.compile("url\\(\\s*['\"]?(https?:)?//").matcher(body).find(), "no external resources");
        assertNotNull(header(css, "ETag"));
        // Revalidation: the real server answers /assets/* with the static-file servlet's entity tag.
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(root + "/assets/site.css"))
                .header("If-None-Match", header(css, "ETag")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(404, get("/assets/nothing.css", null).statusCode());
        int traversal = get("/assets/%2e%2e/LinkedData.class", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no path traversal: " + traversal);
    }
}
