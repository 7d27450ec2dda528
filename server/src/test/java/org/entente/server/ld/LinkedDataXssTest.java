package org.entente.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.entente.server.KgServer;
import org.entente.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile data in a small extra graph: labels, literals, IRIs and an article text with markup
 * in them must come out escaped, and no IRI of another scheme may become a link.
 */
class LinkedDataXssTest {
    static final String BASE = "http://example.org/kg/";
    static KgStore store;
    static KgServer server;
    static String root;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = KgStore.inMemory();
        Node g = NodeFactory.createURI(BASE + "graph/xss-test");
        Node evil = NodeFactory.createURI(BASE + "id/actor/evil");
        Node other = NodeFactory.createURI(BASE + "id/actor/other");
        Node article = NodeFactory.createURI(BASE + "id/article/evil");
        Node quote = NodeFactory.createURI(BASE + "id/article/evil/quote/0-31");
        Node text = NodeFactory.createURI(BASE + "id/article/evil/quote/0-31#text");
        Node pos = NodeFactory.createURI(BASE + "id/article/evil/quote/0-31#position");
        store.write(d -> {
            d.add(g, evil, RDF.type.asNode(), ENT.ActorGroup.asNode());
            d.add(g, evil, RDFS.label.asNode(), NodeFactory.createLiteralLang("<script>alert('label')</script>", "en"));
            d.add(g, evil, RDFS.comment.asNode(), NodeFactory.createLiteralString("\"><img src=x onerror=alert(1)>"));
            d.add(g, evil, OWL.sameAs.asNode(), NodeFactory.createURI("javascript:alert(2)"));
            d.add(g, evil, OWL.sameAs.asNode(), NodeFactory.createURI("http://dbpedia.org/resource/The_\"Evil\"_Group"));
            d.add(g, evil, ENT.includesActor.asNode(), other);
            d.add(g, other, RDFS.label.asNode(), NodeFactory.createLiteralString("</a><script>alert(3)</script>"));
            d.add(g, other, ENT.includesActor.asNode(), evil);
            d.add(g, article, RDF.type.asNode(), ENT.NewsArticle.asNode());
            d.add(g, article, ENT.text.asNode(), NodeFactory.createLiteralString("<script>alert(4)</script> & <b>bold</b> text"));
            d.add(g, quote, RDF.type.asNode(), ENT.Quote.asNode());
            d.add(g, quote, OA.hasSource.asNode(), article);
            d.add(g, quote, OA.hasSelector.asNode(), text);
            d.add(g, quote, OA.hasSelector.asNode(), pos);
            d.add(g, text, OA.exact.asNode(), NodeFactory.createLiteralString("<script>alert(4)</script> & <b>"));
            d.add(g, pos, OA.start.asNode(), NodeFactory.createLiteralDT("0", XSDDatatype.XSDnonNegativeInteger));
            d.add(g, pos, OA.end.asNode(), NodeFactory.createLiteralDT("31", XSDDatatype.XSDnonNegativeInteger));
            d.add(g, evil, ENT.evidence.asNode(), quote);
            return null;
        });
        server = KgServer.builder().store(store).graphs(new GraphNames(IriScheme.of(BASE)))
                .config(ServerConfig.builder().port(0).build()).build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void assertSafe(String html) {
        assertFalse(html.contains("<script"), "a script element got through");
        assertFalse(html.contains("<img"), "an img element got through");
        assertFalse(html.contains("<b>"), "markup from the data got through");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"), "a javascript: link");
        assertFalse(html.contains("onerror=alert(1)>"), "an attribute got out of its quotes");
    }

    @Test
    void labelsAndLiteralsAreEscaped() throws Exception {
        HttpResponse<String> r = get("/id/actor/evil");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertSafe(html);
        assertTrue(html.contains("<h1>&lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt;</h1>"), html);
        assertTrue(html.contains("<title>&lt;script&gt;"), "the title too");
        assertTrue(html.contains("&lt;/a&gt;&lt;script&gt;alert(3)&lt;/script&gt;"), "linked labels too");
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "comments too");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        // A DBpedia resource in owl:sameAs becomes a link out, its IRI escaped in the attribute.
        assertTrue(html.contains("href=\"http://dbpedia.org/resource/The_&quot;Evil&quot;_Group\""), html);
        assertTrue(html.contains(">DBpedia: The &quot;Evil&quot; Group</a>"), html);
    }

    @Test
    void articleTextAndQuotesAreEscaped() throws Exception {
        for (String path : List.of("/id/article/evil", "/id/article/evil/quote/0-31", "/id/actor/other")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertSafe(r.body());
        }
        String article = get("/id/article/evil").body();
        assertTrue(article.contains("<mark class=\"q\" id=\"q-0-31\">&lt;script&gt;alert(4)&lt;/script&gt; &amp; &lt;b&gt;</mark>"),
                article);
    }

    @Test
    void notFoundPageEscapesThePath() throws Exception {
        HttpResponse<String> r = get("/id/%3Cscript%3Ealert(5)%3C/script%3E");
        assertEquals(404, r.statusCode());
        assertSafe(r.body());
    }
}
