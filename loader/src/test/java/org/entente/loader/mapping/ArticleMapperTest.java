package org.entente.loader.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.entente.loader.BundledData;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.entente.loader.source.InputException;
import org.entente.loader.source.ReferenceData;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article mapper accepts good facts and rejects bad ones with the file and line. */
class ArticleMapperTest {

    private static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());
    private static Catalogue catalogue;

    private static final String TEXT = "France has offered to send troops to Romania, Denmark to send F-16 fighter jets to Lithuania. "
            + "Germany has withdrawn its troops from Mali. The Netherlands will deliver ammunition to Ukraine. "
            + "Russia called the move a provocation.";

    private static final String HEADER = """
            article: test-article
            title: A test
            text: test.txt
            published: 2022-01
            """;

    @BeforeAll
    static void reference() {
        ReferenceData data = BundledData.reference();
        catalogue = Catalogue.of(data, GRAPHS.scheme());
    }

    private static Model map(String facts) {
        return ArticleMapper.map(FactsReader.read(new Input("test.facts", facts.getBytes(StandardCharsets.UTF_8))),
                new Input("test.txt", TEXT.getBytes(StandardCharsets.UTF_8)), catalogue, GRAPHS);
    }

    private static String error(String facts) {
        return assertThrows(InputException.class, () -> map(facts)).getMessage();
    }

    private static final String GOOD = HEADER + """

            [france]
            type: Deployment
            label: France offers troops to Romania
            sender: FRA
            destination: ROU
            asset: troops
            commitment: offered
            quote: France has offered to send troops to Romania
            """;

    @Test
    void mapsADeploymentWithItsQuote() {
        Model m = map(GOOD);
        var fact = GRAPHS.scheme().fact("test-article", "france");
        assertEquals(ENT.Offered, m.getRequiredProperty(fact, ENT.commitment).getObject());
        // An offer: no progress is claimed.
        assertEquals(false, m.contains(fact, ENT.progress));
        assertEquals(false, m.contains(fact, ENT.posture));
        assertEquals(GRAPHS.scheme().state("ROU"), m.getRequiredProperty(fact, ENT.destination).getObject());
        var quote = m.getRequiredProperty(fact, ENT.evidence).getResource();
        assertEquals(GRAPHS.scheme().quote("test-article", 0, 44), quote);
    }

    @Test
    void aQuoteThatIsNotInTheTextIsRejectedWithItsLine() {
        assertEquals("test.facts:13: quote not found in the text: \"France has offered to send warships to Romania\"",
                error(GOOD.replace("send troops to Romania", "send warships to Romania")));
    }

    @Test
    void unknownIdsAreRejectedWithTheirLine() {
        assertEquals("test.facts:9: 'sender' names unknown country, organisation or actor 'FRX'",
                error(GOOD.replace("sender: FRA", "sender: FRX")));
        assertEquals("test.facts:11: 'asset' names unknown asset type 'airships'", error(GOOD.replace("asset: troops", "asset: airships")));
    }

    @Test
    void fieldsAreCheckedAgainstTheFactType() {
        assertEquals("test.facts:14: 'colour' is not a field of a Deployment; its fields are [label, quote, note, confidence, time, commitment, "
                + "progress, posture, sender, destination, asset, purpose]", error(GOOD + "colour: blue\n"));
        assertEquals("test.facts:7: unknown fact type 'Invasion'; expected one of [Deployment, Withdrawal, ArmsTransfer, ForceReadiness, "
                + "MilitaryExercise, Evacuation, Negotiation, Demand, Position, Warning, Denial, Assurance, Appeal, Accusation, Assessment, "
                + "Prediction, Proposal, BorderStatement, MembershipStatement]", error(GOOD.replace("type: Deployment", "type: Invasion")));
        assertEquals("test.facts:14: 'time': '2022-02-30' is not a real date", error(GOOD + "time: 2022-02-30\n"));
    }

    @Test
    void theHeaderIsChecked() {
        assertEquals("test.facts:3: text '../secret.txt' must be the name of a file in the same folder as the facts file, not a path",
                assertThrows(InputException.class, () -> FactsReader.read(new Input("test.facts",
                        GOOD.replace("text: test.txt", "text: ../secret.txt").getBytes(StandardCharsets.UTF_8))).textFileName()).getMessage());
        assertEquals("test.facts:1: the header has no 'published:'", error(GOOD.replace("published: 2022-01\n", "")));
        assertEquals("test.facts:5: unknown header key 'author'; expected one of [article, generated-at, generated-by, genre, note, published, review, source, text, title]",
                error(GOOD.replace("published: 2022-01\n", "published: 2022-01\nauthor: someone\n")));
    }

    @Test
    void theFieldStatusOfFormatOneIsRejectedWithTheNewFields() {
        assertEquals("test.facts:12: 'status' is no longer a field; it was split into 'commitment' (considering, offered, announced, "
                + "decided), 'progress' (planned, under-way, carried-out, cancelled) and 'posture' (on-standby, on-alert): see FORMAT.md",
                error(GOOD.replace("commitment: offered", "status: offered")));
        // Whatever its value, and on any kind of fact.
        assertEquals("test.facts:12: 'status' is no longer a field; it was split into 'commitment' (considering, offered, announced, "
                + "decided), 'progress' (planned, under-way, carried-out, cancelled) and 'posture' (on-standby, on-alert): see FORMAT.md",
                error(GOOD.replace("commitment: offered", "status: maybe")));
    }

    @Test
    void eachModalityFieldTakesItsOwnValues() {
        assertEquals("test.facts:12: 'commitment' is 'maybe'; expected one of [considering, offered, announced, decided]",
                error(GOOD.replace("commitment: offered", "commitment: maybe")));
        assertEquals("test.facts:12: 'progress' is 'offered'; expected one of [planned, under-way, carried-out, cancelled]",
                error(GOOD.replace("commitment: offered", "progress: offered")));
        assertEquals("test.facts:12: 'posture' is 'carried-out'; expected one of [on-standby, on-alert]",
                error(GOOD.replace("commitment: offered", "posture: carried-out")));
        assertEquals("test.facts:13: fact 'france' (Deployment) takes one 'progress'",
                error(GOOD.replace("commitment: offered", "progress: planned\nprogress: under-way")));
    }

    @Test
    void anActionEventNeedsAModalityAndMayHaveSeveral() {
        assertEquals("test.facts:6: fact 'france' (Deployment) needs the modality the text gives: at least one of 'commitment', "
                + "'progress' or 'posture' (see FORMAT.md)", error(GOOD.replace("commitment: offered\n", "")));
        Model m = map(GOOD.replace("commitment: offered", "commitment: decided\nprogress: under-way\nposture: on-alert"));
        var fact = GRAPHS.scheme().fact("test-article", "france");
        assertEquals(ENT.Decided, m.getRequiredProperty(fact, ENT.commitment).getObject());
        assertEquals(ENT.UnderWay, m.getRequiredProperty(fact, ENT.progress).getObject());
        assertEquals(ENT.OnAlert, m.getRequiredProperty(fact, ENT.posture).getObject());
    }

    private static final String PROVOCATION = """

            [russia-calls-it-provocation]
            type: Accusation
            label: Russia calls the move a provocation
            agent: RUS
            accused: NLD
            content: The delivery is a provocation.
            quote: Russia called the move a provocation
            """;

    @Test
    void aSpeechActOrAClaimTakesNoModality() {
        assertEquals("test.facts:20: fact 'russia-calls-it-provocation' (Accusation) is a speech act, itself the event the text "
                + "reports as made: it takes no 'progress' (no commitment, progress or posture; see FORMAT.md)",
                error(GOOD + PROVOCATION.replace("content:", "progress: carried-out\ncontent:")));
        assertEquals("test.facts:18: fact 'russia-calls-it-provocation' (Assessment) is a claim of the author, not an event: it takes "
                + "no 'commitment' (no commitment, progress or posture; see FORMAT.md)",
                error(GOOD + PROVOCATION.replace("type: Accusation\n", "type: Assessment\n")
                        .replace("agent: RUS\naccused: NLD\n", "commitment: announced\n")));
    }

    @Test
    void mapsAWithdrawalAnArmsTransferAndAnAccusationWithoutAccuser() {
        Model m = map(GOOD + """

                [germany-leaves-mali]
                type: Withdrawal
                label: Germany withdraws its troops from Mali
                agent: DEU
                from: MLI
                asset: troops
                progress: carried-out
                quote: Germany has withdrawn its troops from Mali

                [dutch-ammunition]
                type: ArmsTransfer
                label: The Netherlands will deliver ammunition to Ukraine
                sender: NLD
                recipient: UKR
                asset: ammunition
                commitment: announced
                quote: The Netherlands will deliver ammunition to Ukraine
                """ + PROVOCATION.replace("agent: RUS\n", ""));
        IriScheme scheme = GRAPHS.scheme();
        var withdrawal = scheme.fact("test-article", "germany-leaves-mali");
        assertEquals(ENT.MilitaryWithdrawal, m.getRequiredProperty(withdrawal, org.apache.jena.vocabulary.RDF.type).getObject());
        assertEquals(scheme.state("DEU"), m.getRequiredProperty(withdrawal, ENT.agent).getObject());
        assertEquals(scheme.state("MLI"), m.getRequiredProperty(withdrawal, ENT.withdrawnFrom).getObject());
        assertEquals(scheme.asset("troops"), m.getRequiredProperty(withdrawal, ENT.asset).getObject());
        assertEquals(ENT.CarriedOut, m.getRequiredProperty(withdrawal, ENT.progress).getObject());
        var transfer = scheme.fact("test-article", "dutch-ammunition");
        assertEquals(ENT.ArmsTransfer, m.getRequiredProperty(transfer, org.apache.jena.vocabulary.RDF.type).getObject());
        assertEquals(scheme.state("NLD"), m.getRequiredProperty(transfer, ENT.sender).getObject());
        assertEquals(scheme.state("UKR"), m.getRequiredProperty(transfer, ENT.recipient).getObject());
        assertEquals(scheme.asset("ammunition"), m.getRequiredProperty(transfer, ENT.asset).getObject());
        assertEquals(ENT.Announced, m.getRequiredProperty(transfer, ENT.commitment).getObject());
        var accusation = scheme.fact("test-article", "russia-calls-it-provocation");
        assertEquals(ENT.Accusation, m.getRequiredProperty(accusation, org.apache.jena.vocabulary.RDF.type).getObject());
        assertEquals(scheme.state("NLD"), m.getRequiredProperty(accusation, ENT.accused).getObject());
        assertEquals(false, m.contains(accusation, ENT.agent));
        // The required fields of the new types.
        assertEquals("test.facts:15: fact 'germany-leaves-mali' (Withdrawal) needs a 'from'", error(GOOD + """

                [germany-leaves-mali]
                type: Withdrawal
                label: Germany withdraws its troops from Mali
                agent: DEU
                progress: carried-out
                quote: Germany has withdrawn its troops from Mali
                """));
        assertEquals("test.facts:15: fact 'dutch-ammunition' (ArmsTransfer) needs a 'recipient'", error(GOOD + """

                [dutch-ammunition]
                type: ArmsTransfer
                label: The Netherlands will deliver ammunition to Ukraine
                sender: NLD
                asset: ammunition
                commitment: announced
                quote: The Netherlands will deliver ammunition to Ukraine
                """));
    }

    @Test
    void aPositionIsAboutAnotherFactOfTheFile() {
        String position = """

                [russia-opposes-french-offer]
                type: Position
                label: Russia opposes the French offer
                agent: RUS
                stance: opposes
                about: france
                content: France's sending troops to Romania.
                quote: Russia called the move a provocation
                """;
        Model m = map(GOOD + position);
        assertEquals(GRAPHS.scheme().fact("test-article", "france"),
                m.getRequiredProperty(GRAPHS.scheme().fact("test-article", "russia-opposes-french-offer"), ENT.about).getObject());
        assertEquals("test.facts:20: 'about' names 'germany', which is no other fact of this file",
                error(GOOD + position.replace("about: france", "about: germany")));
        assertEquals("test.facts:20: 'about' names 'russia-opposes-french-offer', which is no other fact of this file",
                error(GOOD + position.replace("about: france", "about: russia-opposes-french-offer")));
    }

    @Test
    void timesHaveTheirPrecisionAsTheUnitOfADescription() {
        Model m = map(GOOD + "time: 2022-02\n");
        var fact = GRAPHS.scheme().fact("test-article", "france");
        var instant = m.getRequiredProperty(fact, ENT.time).getResource();
        assertEquals(GRAPHS.scheme().time("2022-02"), instant);
        assertEquals(false, m.contains(instant, org.entente.ontology.TIME.unitType));
        var description = m.getRequiredProperty(instant, org.entente.ontology.TIME.inDateTime).getResource();
        assertEquals(GRAPHS.scheme().timeDescription("2022-02"), description);
        assertEquals(org.entente.ontology.TIME.unitMonth,
                m.getRequiredProperty(description, org.entente.ontology.TIME.unitType).getObject());
        assertEquals("2022-02", m.getRequiredProperty(instant, org.entente.ontology.TIME.inXSDgYearMonth).getString());
        assertEquals("--02", m.getRequiredProperty(description, org.entente.ontology.TIME.month).getString());
        // The article's publication time, a month, is described the same way.
        var published = m.getRequiredProperty(GRAPHS.scheme().article("test-article"), ENT.publicationTime).getResource();
        assertEquals(GRAPHS.scheme().time("2022-01"), published);
        assertEquals(org.entente.ontology.TIME.unitMonth, m.getRequiredProperty(m.getRequiredProperty(published,
                org.entente.ontology.TIME.inDateTime).getResource(), org.entente.ontology.TIME.unitType).getObject());
        Model day = map(GOOD + "time: 2022-02-24\n");
        var d = day.getRequiredProperty(GRAPHS.scheme().timeDescription("2022-02-24"), org.entente.ontology.TIME.unitType);
        assertEquals(org.entente.ontology.TIME.unitDay, d.getObject());
        assertEquals("---24", day.getRequiredProperty(GRAPHS.scheme().timeDescription("2022-02-24"), org.entente.ontology.TIME.day)
                .getString());
    }

    private static final String DRAFTED = GOOD.replace("published: 2022-01\n",
            "published: 2022-01\ngenerated-by: entente-extractor 0.1\ngenerated-at: 2026-12-02T17:05:00Z\n")
            + "confidence: 0.83\n";

    @Test
    void factsCuratedByHandAreReviewedAndNamedNoExtraction() {
        Model m = map(GOOD);
        var fact = GRAPHS.scheme().fact("test-article", "france");
        assertEquals(ENT.Reviewed, m.getRequiredProperty(fact, ENT.reviewStatus).getObject());
        assertEquals(false, m.contains(fact, org.entente.ontology.PROV.wasGeneratedBy));
        assertEquals(false, m.contains(null, org.apache.jena.vocabulary.RDF.type, ENT.Extraction));
        assertEquals("test.facts:14: fact 'france' has a 'confidence', which only an extractor gives; the header has no 'generated-by:'",
                error(GOOD + "confidence: 0.5\n"));
    }

    @Test
    void draftedFactsNameTheirExtractionAndConfidence() {
        Model m = map(DRAFTED);
        var fact = GRAPHS.scheme().fact("test-article", "france");
        var extraction = GRAPHS.scheme().extraction("test-article");
        assertEquals("https://w3id.org/entente/id/article/test-article#extraction", extraction.getURI());
        assertEquals(ENT.Drafted, m.getRequiredProperty(fact, ENT.reviewStatus).getObject());
        assertEquals(extraction, m.getRequiredProperty(fact, org.entente.ontology.PROV.wasGeneratedBy).getObject());
        assertEquals(m.createTypedLiteral("0.83", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal),
                m.getRequiredProperty(fact, ENT.confidence).getObject());
        assertEquals(true, m.contains(extraction, org.apache.jena.vocabulary.RDF.type, ENT.Extraction));
        assertEquals("entente-extractor 0.1", m.getRequiredProperty(extraction, ENT.software).getString());
        assertEquals(m.createTypedLiteral("2026-12-02T17:05:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime),
                m.getRequiredProperty(extraction, org.entente.ontology.PROV.endedAtTime).getObject());
        assertEquals(GRAPHS.scheme().article("test-article"),
                m.getRequiredProperty(extraction, org.entente.ontology.PROV.used).getObject());
        // Reviewed: the same provenance, the status a person gave.
        Model reviewed = map(DRAFTED.replace("generated-by:", "review: reviewed\ngenerated-by:"));
        assertEquals(ENT.Reviewed, reviewed.getRequiredProperty(fact, ENT.reviewStatus).getObject());
        assertEquals(extraction, reviewed.getRequiredProperty(fact, org.entente.ontology.PROV.wasGeneratedBy).getObject());
    }

    @Test
    void badProvenanceIsRejectedWithItsLine() {
        assertEquals("test.facts:6: 'generated-at' is '2026-12-02 17:05'; expected a date and time with its time zone, such as"
                + " 2026-12-02T17:05:00Z", error(DRAFTED.replace("2026-12-02T17:05:00Z", "2026-12-02 17:05")));
        assertEquals("test.facts:6: 'generated-at' is '2026-12-02T17:05:00'; expected a date and time with its time zone, such as"
                + " 2026-12-02T17:05:00Z", error(DRAFTED.replace("2026-12-02T17:05:00Z", "2026-12-02T17:05:00")));
        assertEquals("test.facts:5: 'generated-at' says when an extractor ran, but the header has no 'generated-by:'",
                error(GOOD.replace("published: 2022-01\n", "published: 2022-01\ngenerated-at: 2026-12-02T17:05:00Z\n")));
        assertEquals("test.facts:5: 'review' is 'checked'; expected drafted or reviewed",
                error(GOOD.replace("published: 2022-01\n", "published: 2022-01\nreview: checked\n")));
        assertEquals("test.facts:5: 'review: drafted' is for facts an extractor drafted, but the header has no 'generated-by:'",
                error(GOOD.replace("published: 2022-01\n", "published: 2022-01\nreview: drafted\n")));
        assertEquals("test.facts:16: 'confidence' is '1.2'; expected a decimal from 0 to 1, such as 0.83",
                error(DRAFTED.replace("0.83", "1.2")));
        assertEquals("test.facts:16: 'confidence' is 'high'; expected a decimal from 0 to 1, such as 0.83",
                error(DRAFTED.replace("0.83", "high")));
    }
}
