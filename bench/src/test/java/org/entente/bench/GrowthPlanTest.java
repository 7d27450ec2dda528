package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.entente.bench.synth.CorpusGenerator;
import org.entente.loader.BundledData;
import org.entente.loader.Loader;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.ArticleFiles;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The growth rows' articles: the added ones, and their replacements under the same id. */
class GrowthPlanTest {

    @TempDir
    Path dir;

    @Test
    void retargetRewritesOnlyTheIdAndTheTextName() {
        String facts = "# made up\narticle: synth-1-0000009\ntitle: Other\ntext: synth-1-0000009.txt\npublished: 2020-01-02\n\n"
                + "[f01-x]\ntype: Warning\nquote: article: not a header\n";
        assertEquals("# made up\narticle: synth-1-0000002\ntitle: Other\ntext: synth-1-0000002.txt\npublished: 2020-01-02\n\n"
                + "[f01-x]\ntype: Warning\nquote: article: not a header\n", GrowthPlan.retarget(facts, "synth-1-0000002", "synth-1-0000002.txt"));
        assertEquals("a.txt", GrowthPlan.textName("article: a\ntext: a.txt\n"));
        assertThrows(IllegalArgumentException.class, () -> GrowthPlan.retarget("title: x\n", "a", "a.txt"));
    }

    @Test
    void addsAndReplacementsShareIdsAndLoadAddReplaceRemoveGivesTheStoreBack() throws Exception {
        new CorpusGenerator(BundledData.reference()).generate(4, 1, 21, dir.resolve("source"));
        GrowthPlan plan = GrowthPlan.write(ArticleFolder.open(dir.resolve("source")), 2, dir.resolve("plan"));
        assertEquals(List.of(new GrowthPlan.Article("synth-1-0000021", "synth-1-0000021.facts", "synth-1-0000021.txt"),
                new GrowthPlan.Article("synth-1-0000022", "synth-1-0000022.facts", "synth-1-0000022.txt")), plan.articles());
        // The replacement of the first article is the third one's text and facts under the first one's id.
        assertArrayEquals(Files.readAllBytes(dir.resolve("source/synth-1-0000023.txt")),
                Files.readAllBytes(plan.replacements().resolve("synth-1-0000021.txt")));
        String third = Files.readString(dir.resolve("source/synth-1-0000023.facts"), StandardCharsets.UTF_8);
        assertEquals(third.replace("article: synth-1-0000023", "article: synth-1-0000021").replace("text: synth-1-0000023.txt",
                "text: synth-1-0000021.txt"), Files.readString(plan.replacements().resolve("synth-1-0000021.facts"), StandardCharsets.UTF_8));
        assertEquals(Files.readString(dir.resolve("source/synth-1-0000022.facts")), Files.readString(plan.adds().resolve("synth-1-0000022.facts")));

        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());
        try (KgStore store = KgStore.inMemory()) {
            Loader loader = new Loader(store, graphs);
            loader.loadBundled();
            Set<Quad> before = quads(store);
            ArticleFiles add = ArticleFolder.open(plan.adds()).get(0);
            ArticleFiles replace = ArticleFolder.open(plan.replacements()).get(0);
            loader.loadArticle(add.facts(), add.text());
            Set<Quad> added = quads(store);
            loader.loadArticle(replace.facts(), replace.text());
            Set<Quad> replaced = quads(store);
            loader.unloadArticle("synth-1-0000021");
            assertEquals(before, quads(store));
            assertEquals(false, added.equals(replaced), "the replacement changes the article's facts");
            assertEquals(true, replaced.stream().anyMatch(q -> q.getGraph().getURI().equals(graphs.article("synth-1-0000021").getURI())));
        }
    }

    private static Set<Quad> quads(KgStore s) {
        return s.read(d -> {
            Set<Quad> out = new HashSet<>();
            d.find().forEachRemaining(q -> {
                if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                    out.add(q);
                }
            });
            return out;
        });
    }
}
