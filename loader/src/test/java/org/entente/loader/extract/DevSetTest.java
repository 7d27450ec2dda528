package org.entente.loader.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.entente.loader.BundledData;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.FactType;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.apache.jena.rdf.model.Model;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drafts of the development set (src/test/resources/extraction/dev, 49 texts with hand-checked
 * gold), of the set written blind to the rules (extraction/blind, 12 texts) and of the bundled
 * article: every gold file and every draft loads with the loader's own mapper (quotes found in the
 * text, ids known, required fields present), and the figures stay at or above the floors measured
 * when the extractor was written (README, "Drafting facts from an article").
 */
class DevSetTest {

    private static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());
    private static Path dev;
    private static Path blind;
    private static Evaluation.Report report;
    private static Evaluation.Report blindReport;

    @BeforeAll
    static void evaluate() throws URISyntaxException {
        dev = Path.of(DevSetTest.class.getClassLoader().getResource("extraction/dev/README.md").toURI()).getParent();
        blind = Path.of(DevSetTest.class.getClassLoader().getResource("extraction/blind/README.md").toURI()).getParent();
        report = new Evaluation(Extractor.load()).run(Evaluation.pairs(dev));
        blindReport = new Evaluation(Extractor.load()).run(Evaluation.pairs(blind));
    }

    @Test
    void everyGoldFileLoads() {
        Catalogue catalogue = Catalogue.of(BundledData.reference(), GRAPHS.scheme());
        List<Evaluation.Pair> pairs = new java.util.ArrayList<>(Evaluation.pairs(dev));
        pairs.addAll(Evaluation.pairs(blind));
        assertEquals(61, pairs.size());
        for (Evaluation.Pair p : pairs) {
            assertDoesNotThrow(() -> ArticleMapper.map(FactsReader.read(Input.of(p.gold())), Input.of(p.text()), catalogue, GRAPHS),
                    p.gold().toString());
        }
    }

    @Test
    void everyDraftLoads() throws Exception {
        Catalogue catalogue = Catalogue.of(BundledData.reference(), GRAPHS.scheme());
        List<Evaluation.Pair> pairs = new java.util.ArrayList<>(Evaluation.pairs(dev));
        assertTrue(pairs.size() == 49, "49 texts: " + pairs.size());
        pairs.addAll(Evaluation.pairs(blind));
        for (Evaluation.Pair p : pairs) {
            String text = Files.readString(p.text(), StandardCharsets.UTF_8);
            FactsDocument gold = FactsReader.read(Input.of(p.gold()));
            ArticleMeta meta = new ArticleMeta(gold.headerField("article").get().value(), gold.headerField("title").get().value(),
                    gold.headerField("published").get().value());
            String name = p.text().getFileName().toString();
            String facts = Extractor.load().extract(text, meta).toFacts(name);
            Model mapped = assertDoesNotThrow(() -> ArticleMapper.map(
                    FactsReader.read(new Input(name + ".draft.facts", facts.getBytes(StandardCharsets.UTF_8))),
                    new Input(name, text.getBytes(StandardCharsets.UTF_8)), catalogue, GRAPHS), name + ":\n" + facts);
            // A draft loads as drafted, never as reviewed, and says what drafted it.
            assertTrue(facts.contains("\ngenerated-by: " + Extractor.SOFTWARE + "\n") && facts.contains("\nreview: drafted\n"), facts);
            assertFalse(mapped.contains(null, ENT.reviewStatus, ENT.Reviewed), name + ":\n" + facts);
            assertEquals(mapped.listSubjectsWithProperty(ENT.reviewStatus, ENT.Drafted).toList().size(),
                    mapped.listSubjectsWithProperty(ENT.reviewStatus).toList().size(), name);
        }
    }

    @Test
    void theDevSetFiguresStayAtTheirMeasuredFloors() {
        String table = report.table();
        // Measured on 2026-12-03 with the rules 0.5 (49 texts, 226 gold facts): precision 0.966, recall 0.765, F1 0.854,
        // modality 91/104 (87.5 %), no invented participant (README). With 0.4: 0.965, 0.730, 0.831; with 0.3: 0.869,
        // 0.500, 0.635, 59/66 (89.4 %).
        assertTrue(report.overall().precision() >= 0.95, table);
        assertTrue(report.overall().recall() >= 0.75, table);
        assertTrue(report.overall().f1() >= 0.84, table);
        assertTrue(report.modalityAccuracy() >= 0.86, table);
        assertEquals(List.of(), report.invented(), table);
    }

    @Test
    void theBlindSetFiguresStayAtTheirMeasuredFloors() {
        String table = blindReport.table();
        System.out.println("blind set:\n" + table);
        // Measured on 2026-12-03 (12 texts, 22 gold facts), blind: extractor 0.3 P 0.667 R 0.273 F1 0.387; 0.4 (its
        // first measurement, the rules never tuned on these texts) P 0.769 R 0.455 F1 0.571; 0.5 the same.
        assertTrue(blindReport.overall().precision() >= BLIND_PRECISION, table);
        assertTrue(blindReport.overall().recall() >= BLIND_RECALL, table);
        assertEquals(List.of(), blindReport.invented(), table);
    }

    private static final double BLIND_PRECISION = 0.75;
    private static final double BLIND_RECALL = 0.45;

    @Test
    void theBundledArticlesActionEvents() throws Exception {
        Path articles = Path.of(DevSetTest.class.getClassLoader().getResource("org/entente/data/articles/index.txt").toURI()).getParent();
        Evaluation.Report r = new Evaluation(Extractor.load(), Set.of(FactType.Deployment, FactType.Evacuation,
                FactType.MilitaryExercise, FactType.ForceReadiness)).run(List.of(
                        new Evaluation.Pair(articles.resolve("nato-second-life.txt"), articles.resolve("nato-second-life.facts"))));
        String table = r.table();
        System.out.println("nato-second-life:\n" + table);
        assertTrue(r.overall().precision() >= BUNDLED_PRECISION, table);
        assertTrue(r.overall().recall() >= BUNDLED_RECALL, table);
    }

    private static final double BUNDLED_PRECISION = 0.9; // measured 1.000 (10 of 10) with 0.4; 5 of 5 with 0.3
    private static final double BUNDLED_RECALL = 0.9; // measured 0.909 (10 of 11) with 0.4; 0.455 with 0.3, 0.364 before the discourse rules
}
