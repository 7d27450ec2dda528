package org.entente.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.entente.loader.BundledData;
import org.entente.loader.UsageException;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.FactType;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.Test;

/**
 * A draft's JSON, as the review page sends it back after review (a fact retyped, a fact added by
 * selecting a passage), becomes a facts file through the one writer, and that file loads through the
 * loader's FactsReader and ArticleMapper with the facts as the reviewer left them.
 */
class DraftJsonTest {

    private static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());

    // Code points: "France" 0-6, the first sentence 0-44 (without its full stop); "Dutch" starts at 46.
    private static final String TEXT = "France has offered to send troops to Romania. Dutch troops arrived in Lithuania.";

    /** The extractor's draft of a deployment (with confidences), retyped facts and an added fact (without). */
    private static final String REVIEWED_JSON = """
            {
              "article": { "id": "offers", "title": "Offers and arrivals", "published": "2022-01-24" },
              "generatedBy": "entente-extractor 0.2",
              "generatedAt": "2026-12-02T18:50:00Z",
              "facts": [
                { "id": "deployment-fra-rou", "type": "Deployment", "label": "France offers troops to Romania",
                  "confidence": 0.54,
                  "fields": [
                    { "key": "sender", "value": "FRA", "span": { "start": 0, "end": 6 }, "confidence": 0.9 },
                    { "key": "destination", "value": "ROU" },
                    { "key": "asset", "value": "troops" },
                    { "key": "commitment", "value": "offered" },
                    { "key": "progress", "value": "" },
                    { "key": "time", "value": "  " }
                  ],
                  "quote": { "text": "France has offered to send troops to Romania", "span": { "start": 0, "end": 44 } } },
                { "id": "added-1", "type": "Deployment", "label": "The Netherlands sends troops to Lithuania",
                  "fields": [
                    { "key": "sender", "value": "NLD" },
                    { "key": "destination", "value": "LTU" },
                    { "key": "asset", "value": "troops" },
                    { "key": "progress", "value": "carried-out" }
                  ],
                  "quote": { "text": "Dutch troops arrived in Lithuania", "span": { "start": 46, "end": 79 } } }
              ],
              "notes": [ "left out: a note\\non two lines" ]
            }
            """;

    private static final String REVIEWED_FACTS = """
            # Drafted by kg extract and reviewed: a person has checked every fact against the text.
            # left out: a note on two lines
            article: offers
            title: Offers and arrivals
            text: offers.txt
            published: 2022-01-24
            genre: news
            generated-by: entente-extractor 0.2
            generated-at: 2026-12-02T18:50:00Z
            review: reviewed

            [deployment-fra-rou]
            type: Deployment
            label: France offers troops to Romania
            sender: FRA
            destination: ROU
            asset: troops
            commitment: offered
            confidence: 0.54
            quote: France has offered to send troops to Romania

            [added-1]
            type: Deployment
            label: The Netherlands sends troops to Lithuania
            sender: NLD
            destination: LTU
            asset: troops
            progress: carried-out
            quote: Dutch troops arrived in Lithuania
            """;

    @Test
    void aReviewedDraftIsWrittenByTheOneWriterWithoutConfidenceForAnAddedFact() {
        Draft d = Draft.fromJson(REVIEWED_JSON);
        assertEquals(2, d.facts().size());
        assertTrue(d.facts().get(0).hasConfidence());
        assertFalse(d.facts().get(1).hasConfidence());
        assertEquals(List.of(), d.facts().get(0).values("progress"));
        assertEquals(REVIEWED_FACTS, d.toFacts("offers.txt", Draft.Review.REVIEWED));
        // Drafted, the header says so and nothing else changes.
        assertEquals(REVIEWED_FACTS.replace("review: reviewed", "review: drafted").replace(
                "# Drafted by kg extract and reviewed: a person has checked every fact against the text.",
                "# Drafted by kg extract: check every fact against the text before loading it."), d.toFacts("offers.txt"));
    }

    @Test
    void theFactsFileLoadsThroughTheLoadersReaderAndMapperAsReviewed() {
        String facts = Draft.fromJson(REVIEWED_JSON).toFacts("offers.txt", Draft.Review.REVIEWED);
        Model m = ArticleMapper.map(FactsReader.read(new Input("offers.facts", facts.getBytes(StandardCharsets.UTF_8))),
                new Input("offers.txt", TEXT.getBytes(StandardCharsets.UTF_8)),
                Catalogue.of(BundledData.reference(), GRAPHS.scheme()), GRAPHS);
        IriScheme s = GRAPHS.scheme();
        Resource france = s.fact("offers", "deployment-fra-rou");
        Resource added = s.fact("offers", "added-1");
        for (Resource f : List.of(france, added)) {
            assertEquals(ENT.Reviewed, m.getRequiredProperty(f, ENT.reviewStatus).getObject());
            assertTrue(m.contains(f, org.apache.jena.vocabulary.RDF.type, ENT.Deployment));
        }
        assertEquals(s.state("FRA"), m.getRequiredProperty(france, ENT.sender).getObject());
        assertEquals(s.state("ROU"), m.getRequiredProperty(france, ENT.destination).getObject());
        assertEquals(ENT.Offered, m.getRequiredProperty(france, ENT.commitment).getObject());
        assertEquals(0, new BigDecimal("0.54").compareTo(new BigDecimal(m.getRequiredProperty(france, ENT.confidence).getString())));
        assertEquals(s.state("NLD"), m.getRequiredProperty(added, ENT.sender).getObject());
        assertEquals(s.state("LTU"), m.getRequiredProperty(added, ENT.destination).getObject());
        assertEquals(ENT.CarriedOut, m.getRequiredProperty(added, ENT.progress).getObject());
        assertFalse(m.contains(added, ENT.confidence));
        // The quotes are where the spans said: 0-44 and 46-79 (counted by hand).
        assertEquals(s.quote("offers", 0, 44), m.getRequiredProperty(france, ENT.evidence).getObject());
        assertEquals(s.quote("offers", 46, 79), m.getRequiredProperty(added, ENT.evidence).getObject());
    }

    @Test
    void anExtractorsDraftSurvivesItsJson() {
        Draft d = new Draft(new ArticleMeta("offers", "Offers", "2022-01-24"), List.of(new DraftFact("deployment-fra-rou",
                FactType.Deployment, "France offers troops to Romania", List.of(
                        new DraftField("sender", "FRA", new Span(0, 6), 0.9), new DraftField("destination", "ROU", new Span(37, 44), 0.9),
                        new DraftField("asset", "troops", new Span(27, 33), 0.7), new DraftField("commitment", "offered", new Span(11, 18), 0.6)),
                "France has offered to send troops to Romania", new Span(0, 44), 0.54)), List.of("a note"),
                "entente-extractor 0.2", Instant.parse("2026-12-02T18:50:00Z"));
        Draft back = Draft.fromJson(d.toJson());
        assertEquals(d, back);
        assertEquals(d.toFacts(), back.toFacts());
    }

    private static String error(String json) {
        return assertThrows(UsageException.class, () -> Draft.fromJson(json)).getMessage();
    }

    @Test
    void badDraftsAreRefusedWithOneLineNamingTheMember() {
        assertTrue(error("{\"article\": ").startsWith("the draft is not valid JSON: "), error("{\"article\": "));
        assertEquals("facts[1].type 'Invasion' is not a fact type; one of Deployment, Withdrawal, ArmsTransfer, ForceReadiness, "
                + "MilitaryExercise, Evacuation, Negotiation, Demand, Position, Warning, Denial, Assurance, Appeal, Accusation, "
                + "Assessment, Prediction, Proposal, BorderStatement, MembershipStatement",
                error(REVIEWED_JSON.replace("\"id\": \"added-1\", \"type\": \"Deployment\"", "\"id\": \"added-1\", \"type\": \"Invasion\"")));
        assertEquals("facts[1].id 'Added 1' must be lower-case letters, digits and hyphens (at most 64)",
                error(REVIEWED_JSON.replace("\"added-1\"", "\"Added 1\"")));
        assertEquals("facts[1].id 'deployment-fra-rou' is the id of an earlier fact; each fact needs its own",
                error(REVIEWED_JSON.replace("\"added-1\"", "\"deployment-fra-rou\"")));
        assertEquals("facts[1].fields[0].key 'agent' is not a field of Deployment; its fields are note, time, commitment, progress, "
                + "posture, sender, destination, asset, purpose",
                error(REVIEWED_JSON.replace("{ \"key\": \"sender\", \"value\": \"NLD\" }", "{ \"key\": \"agent\", \"value\": \"NLD\" }")));
        assertEquals("facts[0].confidence is 1.5; it must be from 0 to 1", error(REVIEWED_JSON.replace("0.54", "1.5")));
        assertEquals("facts[1].quote has no \"span\" ({\"start\": …, \"end\": …} in code points)",
                error(REVIEWED_JSON.replace(", \"span\": { \"start\": 46, \"end\": 79 }", "")));
        String small = "{\"article\": {\"id\": \"a\", \"title\": \"A\"}, \"generatedBy\": \"x\", \"generatedAt\": \"%s\", \"facts\": %s}";
        assertEquals("the draft needs facts as an array", error(small.formatted("2026-12-02T18:50:00Z", "{}")));
        assertEquals("generatedAt 'Monday' is not a date and time in UTC such as 2026-12-02T17:05:00Z",
                error(small.formatted("Monday", "[]")));
        assertEquals(0, Draft.fromJson(small.formatted("2026-12-02T18:50:00Z", "[]")).facts().size());
    }
}
