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

    private static final String TEXT = "France has offered to send troops to Romania, Denmark to send F-16 fighter jets to Lithuania.";

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
            status: offered
            quote: France has offered to send troops to Romania
            """;

    @Test
    void mapsADeploymentWithItsQuote() {
        Model m = map(GOOD);
        var fact = GRAPHS.scheme().fact("test-article", "france");
        assertEquals(ENT.Offered, m.getRequiredProperty(fact, ENT.status).getObject());
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
        assertEquals("test.facts:11: 'asset' names unknown asset type 'tanks'", error(GOOD.replace("asset: troops", "asset: tanks")));
    }

    @Test
    void fieldsAreCheckedAgainstTheFactType() {
        assertEquals("test.facts:12: 'status' is 'maybe'; expected one of [offered, announced, planned, on-standby, under-way, carried-out]",
                error(GOOD.replace("status: offered", "status: maybe")));
        assertEquals("test.facts:6: fact 'france' (Deployment) needs a 'status'", error(GOOD.replace("status: offered\n", "")));
        assertEquals("test.facts:14: 'colour' is not a field of a Deployment; its fields are [label, quote, note, status, time, sender, destination, asset, purpose]",
                error(GOOD + "colour: blue\n"));
        assertEquals("test.facts:7: unknown fact type 'Invasion'; expected one of [Deployment, ForceReadiness, MilitaryExercise, "
                + "Evacuation, Negotiation, Demand, Position, Warning, Denial, Assurance, Appeal, Assessment, Prediction, Proposal, "
                + "BorderStatement, MembershipStatement]", error(GOOD.replace("type: Deployment", "type: Invasion")));
        assertEquals("test.facts:14: 'time': '2022-02-30' is not a real date", error(GOOD + "time: 2022-02-30\n"));
    }

    @Test
    void theHeaderIsChecked() {
        assertEquals("test.facts:3: text '../secret.txt' must be the name of a file in the same folder as the facts file, not a path",
                assertThrows(InputException.class, () -> FactsReader.read(new Input("test.facts",
                        GOOD.replace("text: test.txt", "text: ../secret.txt").getBytes(StandardCharsets.UTF_8))).textFileName()).getMessage());
        assertEquals("test.facts:1: the header has no 'published:'", error(GOOD.replace("published: 2022-01\n", "")));
        assertEquals("test.facts:5: unknown header key 'author'; expected one of [article, genre, note, published, source, text, title]",
                error(GOOD.replace("published: 2022-01\n", "published: 2022-01\nauthor: someone\n")));
    }
}
