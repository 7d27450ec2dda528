package org.entente.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.entente.server.ld.Format;
import org.junit.jupiter.api.Test;

/** Accept header parsing and the choice of a representation. */
class ContentNegotiationTest {

    private static Optional<Format> choose(String accept) {
        return ContentNegotiation.choose(accept, Format.ALL);
    }

    @Test
    void parsesRangesWithQualities() {
        AcceptHeader a = AcceptHeader.parse("text/turtle;q=0.9, application/ld+json, */*;q=0.1");
        assertEquals(3, a.ranges().size());
        assertEquals(0.9, a.quality("text/turtle"));
        assertEquals(1.0, a.quality("application/ld+json"));
        assertEquals(0.1, a.quality("text/html"));
    }

    @Test
    void mostSpecificRangeDecides() {
        AcceptHeader a = AcceptHeader.parse("text/*;q=0.3, text/html;q=0.7, text/turtle;level=1;q=0.4, */*;q=0.5");
        assertEquals(0.7, a.quality("text/html"));
        assertEquals(0.4, a.quality("text/turtle"));
        assertEquals(0.3, a.quality("text/plain"));
        assertEquals(0.5, a.quality("image/png"));
        // A specific q=0 refuses a type even though a wildcard accepts it.
        AcceptHeader b = AcceptHeader.parse("*/*, text/html;q=0");
        assertEquals(0.0, b.quality("text/html"));
        assertEquals(1.0, b.quality("text/turtle"));
    }

    @Test
    void isCaseInsensitiveAndIgnoresJunk() {
        AcceptHeader a = AcceptHeader.parse("Text/Turtle; Q=0.8 , garbage, /x, a/b/c, text/html;q=2, application/rdf+xml;q=abc, ,");
        assertEquals(1, a.ranges().size());
        assertEquals(0.8, a.quality("text/turtle"));
        assertEquals(0.0, a.quality("text/html"));
    }

    @Test
    void qualityParametersAfterQAreExtensions() {
        AcceptHeader a = AcceptHeader.parse("text/turtle;q=0.5;foo=\"a,b;c\", application/n-triples");
        assertEquals(2, a.ranges().size());
        assertEquals(0.5, a.quality("text/turtle"));
    }

    @Test
    void missingHeaderAcceptsAnything() {
        assertTrue(AcceptHeader.parse(null).isAbsent());
        assertEquals(1.0, AcceptHeader.parse("").quality("text/turtle"));
    }

    @Test
    void browsersGetHtml() {
        String firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        String chrome = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                + "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
        assertEquals(Optional.of(Format.HTML), choose(firefox));
        assertEquals(Optional.of(Format.HTML), choose(chrome));
        assertEquals(Optional.of(Format.HTML), choose("application/xhtml+xml"));
    }

    @Test
    void tiesGoToHtmlThenTurtle() {
        assertEquals(Optional.of(Format.HTML), choose("*/*"));
        assertEquals(Optional.of(Format.HTML), choose(null));
        assertEquals(Optional.of(Format.HTML), choose("text/*"));
        assertEquals(Optional.of(Format.TURTLE), choose("text/turtle, application/ld+json"));
        assertEquals(Optional.of(Format.TURTLE), ContentNegotiation.choose("*/*", Format.RDF));
    }

    @Test
    void qValuesPickTheFormat() {
        assertEquals(Optional.of(Format.TURTLE), choose("text/html;q=0.5, text/turtle"));
        assertEquals(Optional.of(Format.JSONLD), choose("text/turtle;q=0.8, application/ld+json;q=0.9, text/html;q=0.1"));
        assertEquals(Optional.of(Format.NTRIPLES), choose("application/n-triples"));
        assertEquals(Optional.of(Format.RDFXML), choose("application/rdf+xml, text/html;q=0.9"));
        assertEquals(Optional.of(Format.TURTLE), choose("application/x-turtle"));
        assertEquals(Optional.of(Format.JSONLD), choose("application/json"));
        assertEquals(Optional.of(Format.TURTLE), choose("*/*;q=0.1, text/turtle;q=0.2"));
        // Everything but HTML: the first RDF syntax.
        assertEquals(Optional.of(Format.TURTLE), choose("*/*, text/html;q=0"));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), choose("image/png"));
        assertEquals(Optional.empty(), choose("text/html;q=0"));
        assertEquals(Optional.empty(), ContentNegotiation.choose("text/html", Format.RDF));
        assertEquals(Optional.empty(), ContentNegotiation.choose("application/ld+json", List.of(Format.TURTLE)));
    }

    @Test
    void theSameNegotiationChoosesQueryResultFormats() {
        List<org.entente.server.api.ApiResultFormat> all = org.entente.server.api.ApiResultFormat.ALL;
        assertEquals(Optional.of(org.entente.server.api.ApiResultFormat.JSON),
                ContentNegotiation.choose("text/csv;q=0.5, application/sparql-results+json", all));
        assertEquals(Optional.of(org.entente.server.api.ApiResultFormat.CSV), ContentNegotiation.choose("text/*", all));
        assertEquals(Optional.of(org.entente.server.api.ApiResultFormat.JSON), ContentNegotiation.choose("*/*", all));
        assertEquals(Optional.empty(), ContentNegotiation.choose("text/html", all));
        assertEquals("application/sparql-results+json, text/csv, text/tab-separated-values, application/sparql-results+xml",
                ContentNegotiation.mediaTypes(all));
    }
}
