package org.entente.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.cli.Kg;
import org.entente.loader.cli.KgCli;
import org.entente.loader.source.ArticleFiles;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.InputException;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg load --articles DIR}: the bundled data and a folder of articles, in one transaction. */
class FolderLoadTest {
    @TempDir
    Path dir;

    private Path corpus(int articles) {
        return TestArticles.copy(dir.resolve("corpus"), articles);
    }

    /** The same store as the bundled load followed by one article load per article. */
    @Test
    void aFolderLoadGivesTheStoreThatLoadingArticleByArticleGives() {
        Path corpus = corpus(3);
        ArticleFolder folder = ArticleFolder.open(corpus);
        try (KgStore once = KgStore.inMemory(); KgStore oneByOne = KgStore.inMemory()) {
            PhaseTimes p = new PhaseTimes(Loader.Progress.none());
            LoadReport report = new Loader(once, LoaderTest.GRAPHS, LoaderTest.CLOCK, true, p).loadFolder(folder);
            assertEquals(7 + 3, report.graphs().size(), "7 bundled graphs with the inferred one, 3 articles");
            assertTrue(p.millis(Loader.Phase.INFERENCE) > 0 && p.millis(Loader.Phase.VALIDATION) > 0, p::toString);
            assertTrue(p.toString().matches("read\\+map [0-9.]+ s, writes [0-9.]+ s, inference [0-9.]+ s, inferred graph write [0-9.]+ s, "
                    + "SHACL [0-9.]+ s, commit [0-9.]+ s"), p::toString);

            LoaderTest.loader(oneByOne).loadBundled();
            for (ArticleFiles a : folder) {
                LoaderTest.loader(oneByOne).loadArticle(a.facts(), a.text());
            }
            assertEquals(LoaderTest.counts(oneByOne), LoaderTest.counts(once));
            assertTrue(LoaderTest.sameGraphs(LoaderTest.copy(oneByOne), LoaderTest.copy(once)));
        }
    }

    @Test
    void aBadFileInTheFolderLeavesTheStoreUnchanged() throws IOException {
        Path corpus = corpus(4);
        List<String> files = ArticleFolder.open(corpus).factsFiles();
        Path third = corpus.resolve(files.get(2));
        List<String> lines = Files.readAllLines(third, StandardCharsets.UTF_8);
        int quoteLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("quote:")) {
                quoteLine = i;
                break;
            }
        }
        assertNotEquals(-1, quoteLine, "a generated facts file has quotes");
        lines.set(quoteLine, "quote: This sentence is in no article.");
        Files.write(third, lines, StandardCharsets.UTF_8);

        try (KgStore store = KgStore.inMemory()) {
            LoaderTest.loader(store).loadBundled();
            DatasetGraph before = LoaderTest.copy(store);
            InputException e = assertThrows(InputException.class,
                    () -> LoaderTest.loader(store).loadFolder(ArticleFolder.open(corpus)));
            assertEquals(files.get(2) + ":" + (quoteLine + 1) + ": quote not found in the text: \"This sentence is in no article.\"",
                    e.getMessage().replace(corpus.toString() + "/", ""));
            assertTrue(LoaderTest.sameGraphs(before, LoaderTest.copy(store)), "nothing was written");
        }
    }

    @Test
    void twoArticlesWithTheSameIdAreRefused() throws IOException {
        Path corpus = corpus(2);
        List<String> files = ArticleFolder.open(corpus).factsFiles();
        Files.writeString(corpus.resolve("index.txt"), files.get(0) + "\n" + files.get(1) + "\n" + files.get(0) + "\n");
        try (KgStore store = KgStore.inMemory()) {
            InputException e = assertThrows(InputException.class,
                    () -> LoaderTest.loader(store).loadFolder(ArticleFolder.open(corpus)));
            assertTrue(e.getMessage().contains("is also the id of"), e.getMessage());
            assertTrue(store.graphNames().isEmpty(), "nothing was written");
        }
    }

    @Test
    void theCommandLoadsAFolderAndPrintsThePhases() throws IOException {
        Path corpus = corpus(2);
        Path store = dir.resolve("store");
        KgCli.Run load = Kg.capture("load", "--store", store.toString(), "--articles", corpus.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("phases: read+map "), load.out());
        assertTrue(load.out().contains("graph/article/synth-11-0000002"), load.out());

        // A missing text: one line on stderr naming the file, a non-zero exit, the store as it was.
        String text = corpus.resolve(ArticleFolder.open(corpus).factsFiles().get(1)).toString().replace(".facts", ".txt");
        Files.delete(Path.of(text));
        KgCli.Run again = Kg.capture("load", "--store", store.toString(), "--articles", corpus.toString());
        assertNotEquals(0, again.exit());
        String message = again.err().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("synth-11-0000002.txt"), message);
        try (KgStore s = KgStore.open(store)) {
            assertTrue(s.graphNames().stream().anyMatch(n -> n.getURI().endsWith("synth-11-0000002")), "the earlier load is still there");
        }
    }
}
