package org.entente.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.entente.loader.Prefixes;
import org.entente.ontology.IriScheme;
import org.entente.server.ld.Describer.QuoteView;
import org.junit.jupiter.api.Test;

/** The highlighting of quotes in an article's text, and the mapping of IRIs to paths. */
class EntityPageTest {

    private static QuoteView q(int start, int end) {
        return new QuoteView(NodeFactory.createURI("http://x/q/" + start + "-" + end), null, "", "", "", start, end, null);
    }

    @Test
    void quotesThatOverlapNothingAreOneMarkEach() {
        String html = EntityPage.highlight("Hello brave new world", List.of(q(6, 11), q(0, 5)), x -> List.of());
        assertEquals("<mark class=\"q\" id=\"q-0-5\">Hello</mark> <mark class=\"q\" id=\"q-6-11\">brave</mark> new world", html);
    }

    @Test
    void overlappingQuotesAreCutAtEveryBoundary() {
        String html = EntityPage.highlight("abcdefghij", List.of(q(0, 4), q(2, 6), q(2, 3)), x -> List.of("f" + x.start()));
        assertEquals("<span class=\"qanchor\" id=\"q-0-4\"></span><mark class=\"q\" title=\"f0\">ab</mark>"
                + "<span class=\"qanchor\" id=\"q-2-3\"></span><span class=\"qanchor\" id=\"q-2-6\"></span>"
                + "<mark class=\"q overlap\" title=\"f0&#10;f2\">c</mark>".replace("&#10;", "\n")
                + "<mark class=\"q overlap\" title=\"f0\nf2\">d</mark>"
                + "<mark class=\"q\" title=\"f2\">ef</mark>ghij", html);
    }

    @Test
    void offsetsCountCodePoints() {
        // U+1F30D is two UTF-16 units but one code point: the quote "world" starts at code point 8.
        String text = "Hello \uD83C\uDF0D world";
        String html = EntityPage.highlight(text, List.of(q(8, 13)), x -> List.of());
        assertTrue(html.endsWith("<mark class=\"q\" id=\"q-8-13\">world</mark>"), html);
    }

    @Test
    void quotesOutsideTheTextAreLeftOut() {
        assertEquals("abc", EntityPage.highlight("abc", List.of(q(2, 9), q(-1, 1), q(2, 2)), x -> List.of()));
    }

    @Test
    void pathsMapToIrisUnderAnyBase() {
        IriScheme scheme = IriScheme.of("https://example.org/data/");
        assertEquals("https://example.org/data/id/state/RUS", Links.iriForPath(scheme, "/id/state/RUS").orElseThrow());
        assertEquals("https://example.org/data/graph/countries", Links.iriForPath(scheme, "/graph/countries").orElseThrow());
        assertTrue(Links.iriForPath(scheme, "/other/x").isEmpty());
        Links links = new Links("/app", scheme, Prefixes.standard(scheme));
        assertEquals("/app/id/state/RUS", links.href("https://example.org/data/id/state/RUS"));
        assertEquals("/app/id/article/a/quote/1-2#text", links.href("https://example.org/data/id/article/a/quote/1-2#text"));
        assertEquals("/app/ontology#State", links.href("https://w3id.org/entente/ontology#State"));
        assertEquals("https://www.wikidata.org/wiki/Q159", links.href("http://www.wikidata.org/entity/Q159"));
        assertEquals("https://www.wikidata.org/wiki/Property:P47", links.href("http://www.wikidata.org/prop/direct/P47"));
        assertEquals(null, links.href("javascript:alert(1)"));
        assertEquals(null, links.href("data:text/html,x"));
        // An IRI under the default base is not ours when the base is another.
        assertEquals("https://w3id.org/entente/id/state/RUS", links.href("https://w3id.org/entente/id/state/RUS"));
    }

    @Test
    void htmlEscapesEverything() {
        assertEquals("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;", Html.esc("<a href=\"x\" onclick='y'>&"));
        assertEquals("a\uFFFDb", Html.esc("a\u0000b"));
    }
}
