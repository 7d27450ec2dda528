package org.entente.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.loader.mapping.FactType;
import org.junit.jupiter.api.Test;

/** Resolution of names, negation and modality on made-up sentences (expected ids checked by hand against the tables). */
class ExtractorTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    private static Draft draft(String body, String published) {
        return EXTRACTOR.extract("Headline\n\n" + body + "\n", new ArticleMeta("test-article", "Headline", published));
    }

    private static List<DraftFact> of(Draft d, FactType type) {
        return d.facts().stream().filter(f -> f.type() == type).toList();
    }

    @Test
    void aDemonymIsTheSenderAndAWeekdayIsResolvedAgainstThePublicationDate() {
        // 2022-01-26 is a Wednesday; the Monday before it is 2022-01-24.
        Draft d = draft("Dutch troops arrived in Lithuania on Monday.", "2022-01-26");
        List<DraftFact> deployments = of(d, FactType.Deployment);
        assertEquals(1, deployments.size(), d.toFacts());
        DraftFact f = deployments.get(0);
        assertEquals(List.of("NLD"), f.values("sender"));
        assertEquals(List.of("LTU"), f.values("destination"));
        assertEquals(List.of("troops"), f.values("asset"));
        assertEquals(List.of("carried-out"), f.values("progress"));
        assertEquals(List.of("2022-01-24"), f.values("time"));
        assertEquals("Dutch troops arrived in Lithuania on Monday", f.quote());
    }

    @Test
    void aCapitalAndAGovernmentSeatActForTheirState() {
        Draft d = draft("Moscow denied that it was planning an attack. The Kremlin warned that sanctions would fail.", "2022-01-26");
        assertEquals(List.of("RUS"), of(d, FactType.Denial).get(0).values("agent"), d.toFacts());
        assertEquals(List.of("RUS"), of(d, FactType.Warning).get(0).values("agent"), d.toFacts());
    }

    @Test
    void aModalityCueGivesTheCommitment() {
        Draft d = draft("Spain is considering sending fighter jets to Bulgaria.", "2022-01-24");
        DraftFact f = of(d, FactType.Deployment).get(0);
        assertEquals(List.of("ESP"), f.values("sender"));
        assertEquals(List.of("BGR"), f.values("destination"));
        assertEquals(List.of("considering"), f.values("commitment"));
        assertEquals(List.of(), f.values("progress"));
    }

    @Test
    void aNegatedOrRefusedCommitmentIsNeverADeployment() {
        for (String s : List.of("Germany will not send troops to Ukraine.", "Germany did not want more troops in Lithuania.",
                "Britain ruled out sending troops to Ukraine.", "France has no plans to deploy soldiers to Romania.")) {
            Draft d = draft(s, "2022-01-24");
            assertEquals(List.of(), of(d, FactType.Deployment), s + "\n" + d.toFacts());
        }
        Draft d = draft("Germany will not send troops to Ukraine.", "2022-01-24");
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("negated")), d.notes().toString());
    }

    @Test
    void aWordInNoTableIsLeftOutWithANote() {
        Draft d = draft("Ruritania sent troops to Lithuania on Monday.", "2022-01-26");
        assertEquals(List.of(), of(d, FactType.Deployment), d.toFacts());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("'Ruritania' could not be resolved")), d.notes().toString());
    }

    @Test
    void spansCountCodePoints() {
        // The emoji before the sentence is two UTF-16 units but one code point.
        Draft d = draft("\uD83D\uDE00 Dutch troops arrived in Lithuania on Monday.", "2022-01-26");
        DraftFact f = of(d, FactType.Deployment).get(0);
        // "Headline\n\n" is 10 code points, the emoji and a space 2: the quote starts at 12.
        assertEquals(12, f.quoteSpan().start());
        assertEquals(12 + "Dutch troops arrived in Lithuania on Monday".length(), f.quoteSpan().end());
    }

    @Test
    void aTextWithNoEventsGivesAnEmptyDraftWithANote() {
        Draft d = draft("The weather in Brussels was mild and sunny all week.", "2022-01-24");
        assertEquals(List.of(), d.facts());
        assertTrue(d.notes().contains("no events found"), d.notes().toString());
    }

    @Test
    void theJsonHasSpansConfidencesAndEscapes() {
        Draft d = EXTRACTOR.extract("A \"quoted\" headline\n\nDutch troops arrived in Lithuania on Monday.\n",
                new ArticleMeta("test-article", "A \"quoted\" headline", "2022-01-26"));
        String json = d.toJson();
        assertTrue(json.contains("\"title\" : \"A \\\"quoted\\\" headline\""), json);
        assertTrue(json.contains("\"span\""), json);
        assertTrue(json.contains("\"confidence\""), json);
        org.apache.jena.atlas.json.JSON.parse(json);
    }
}
