package org.entente.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.entente.ontology.IriScheme.Kind;
import org.entente.ontology.IriScheme.Minted;
import org.junit.jupiter.api.Test;

/** The scheme reads back every IRI it mints, and nothing else. */
class IriSchemeTest {
    private final IriScheme scheme = IriScheme.of("https://example.org/kg/");

    private Minted parsed(String iri) {
        return scheme.parse(iri).orElseThrow(() -> new AssertionError("not parsed: " + iri));
    }

    @Test
    void everyMintedIriParsesBackToItsKindAndSegments() {
        record Case(String iri, Kind kind, List<String> segments) {}
        List<Case> cases = List.of(
                new Case(scheme.state("RUS").getURI(), Kind.STATE, List.of("RUS")),
                new Case(scheme.organisation("NATO").getURI(), Kind.ORGANISATION, List.of("NATO")),
                new Case(scheme.statePeriod("EGY", "1961-09-28").getURI(), Kind.STATE_PERIOD, List.of("EGY", "1961-09-28")),
                new Case(scheme.stateSuccession("SUN", "RUS").getURI(), Kind.STATE_SUCCESSION, List.of("SUN", "RUS")),
                new Case(scheme.landBorder("FIN", "RUS", "before-1945-10-24").getURI(), Kind.LAND_BORDER,
                        List.of("FIN", "RUS", "before-1945-10-24")),
                new Case(scheme.organisationName("OSCE", "1995-01-01").getURI(), Kind.ORGANISATION_NAME,
                        List.of("OSCE", "1995-01-01")),
                new Case(scheme.office("president-of-russia").getURI(), Kind.OFFICE, List.of("president-of-russia")),
                new Case(scheme.officeTerm("vladimir-putin", "president-of-russia", "2012-05-07").getURI(), Kind.OFFICE_TERM,
                        List.of("vladimir-putin", "president-of-russia", "2012-05-07")),
                new Case(scheme.membership("NATO", "POL", "1999-03-12").getURI(), Kind.MEMBERSHIP,
                        List.of("NATO", "POL", "1999-03-12")),
                new Case(scheme.treaty("north-atlantic-treaty").getURI(), Kind.TREATY, List.of("north-atlantic-treaty")),
                new Case(scheme.treatyArticle("north-atlantic-treaty", 5).getURI(), Kind.TREATY_ARTICLE,
                        List.of("north-atlantic-treaty", "5")),
                new Case(scheme.treatyParticipation("north-atlantic-treaty", "POL", "1999-03-12").getURI(),
                        Kind.TREATY_PARTICIPATION, List.of("north-atlantic-treaty", "POL", "1999-03-12")),
                new Case(scheme.place("black-sea").getURI(), Kind.PLACE, List.of("black-sea")),
                new Case(scheme.actor("the-west").getURI(), Kind.ACTOR, List.of("the-west")),
                new Case(scheme.asset("F-16").getURI(), Kind.ASSET, List.of("F-16")),
                new Case(scheme.time("2022-02").getURI(), Kind.TIME, List.of("2022-02")),
                new Case(scheme.article("nato-second-life").getURI(), Kind.ARTICLE, List.of("nato-second-life")),
                new Case(scheme.fact("nato-second-life", "france-troops").getURI(), Kind.FACT,
                        List.of("nato-second-life", "france-troops")),
                new Case(scheme.quote("nato-second-life", 10, 20).getURI(), Kind.QUOTE, List.of("nato-second-life", "10-20")),
                new Case(scheme.graph("countries").getURI(), Kind.GRAPH, List.of("countries")),
                new Case(scheme.graph("article", "nato-second-life").getURI(), Kind.GRAPH, List.of("article", "nato-second-life")),
                new Case(scheme.voidDocument().getURI(), Kind.VOID_DOCUMENT, List.of()));
        for (Case c : cases) {
            Minted m = parsed(c.iri());
            assertEquals(c.kind(), m.kind(), c.iri());
            assertEquals(c.segments(), m.segments(), c.iri());
            assertEquals(null, m.fragment(), c.iri());
        }
    }

    @Test
    void selectorsAreFragmentsOfTheirQuote() {
        Minted text = parsed(scheme.quoteTextSelector("a", 1, 5).getURI());
        assertEquals(Kind.QUOTE, text.kind());
        assertEquals("text", text.fragment());
        assertEquals("https://example.org/kg/id/article/a/quote/1-5#position", scheme.quotePositionSelector("a", 1, 5).getURI());
        assertEquals("dataset", parsed(scheme.voidResource("dataset").getURI()).fragment());
    }

    @Test
    void idOfGivesTheIdOnlyForTheRightKind() {
        assertEquals(Optional.of("RUS"), scheme.idOf(Kind.STATE, "https://example.org/kg/id/state/RUS"));
        assertEquals(Optional.empty(), scheme.idOf(Kind.ORGANISATION, "https://example.org/kg/id/state/RUS"));
        assertEquals(Optional.empty(), scheme.idOf(Kind.STATE, "https://example.org/kg/id/state/RUS#x"));
    }

    @Test
    void iriThatTheSchemeWouldNotMintIsNotParsed() {
        for (String iri : List.of("https://example.org/kg/", "https://example.org/kg/id/", "https://example.org/kg/id/state",
                "https://example.org/kg/id/state/RUS/extra", "https://example.org/kg/id/unknown/X",
                "https://example.org/kg/id/state/R%20S", "https://example.org/kg/id/state/", "https://example.org/kg/graph/",
                "https://example.org/kg/graph//x", "https://example.org/other/id/state/RUS", "https://w3id.org/entente/id/state/RUS",
                "https://example.org/kg/id/article/a/other/b", "https://example.org/kg/well-known/void")) {
            assertEquals(Optional.empty(), scheme.parse(iri), iri);
        }
        assertEquals(Optional.empty(), scheme.parse(null));
    }

    @Test
    void pathsMapBothWays() {
        assertEquals(Optional.of("id/state/RUS"), scheme.path("https://example.org/kg/id/state/RUS"));
        assertEquals(Optional.of("id/article/a/quote/1-5#text"), scheme.path("https://example.org/kg/id/article/a/quote/1-5#text"));
        assertEquals(Optional.of("graph/countries"), scheme.path("https://example.org/kg/graph/countries"));
        assertEquals(Optional.of(".well-known/void"), scheme.path("https://example.org/kg/.well-known/void"));
        assertEquals(Optional.empty(), scheme.path("https://example.org/kg/other"));
        assertEquals(Optional.empty(), scheme.path("https://example.org/elsewhere/id/state/RUS"));
        assertEquals(Optional.of("https://example.org/kg/id/state/RUS"), scheme.forPath("/id/state/RUS"));
        assertEquals(Optional.of("https://example.org/kg/graph/countries"), scheme.forPath("graph/countries"));
        assertEquals(Optional.empty(), scheme.forPath("/assets/app.js"));
    }

    @Test
    void baseOfAGraphNameIsFound() {
        assertEquals(Optional.of("https://other.example/"),
                IriScheme.baseOfGraph("https://other.example/graph/ontology", "ontology"));
        assertEquals(Optional.empty(), IriScheme.baseOfGraph("https://other.example/graph/countries", "ontology"));
    }

    @Test
    void segmentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> scheme.state("R S"));
        assertThrows(IllegalArgumentException.class, () -> scheme.voidResource("a b"));
        assertTrue(scheme.mints(scheme.state("RUS").getURI()));
    }

    @Test
    void checksSegmentsAsTheRegularExpressionDid() {
        String alphabet = "aZ09._-/# \u00e9";
        Random random = new Random(5);
        int segments = 0;
        for (int trial = 0; trial < 100_000; trial++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            boolean expected = s.matches(IriScheme.SEGMENT);
            assertEquals(expected, IriScheme.isSegment(s), s);
            segments += expected ? 1 : 0;
        }
        assertTrue(segments > 1000, segments + " segments");
    }
}
