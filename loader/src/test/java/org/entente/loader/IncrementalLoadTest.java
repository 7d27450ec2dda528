package org.entente.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding, replacing and removing articles one at a time (each touching only what the article can
 * change) gives, quad for quad, the store that a load from scratch of the final set of articles
 * gives. The articles are {@code src/test/resources/growth-folder/}: what
 * {@code kg generate --articles 200 --seed 12} writes.
 */
class IncrementalLoadTest {
    private static final int ARTICLES = 200;

    @TempDir
    Path dir;

    private static String id(int i) {
        return String.format("synth-12-%07d", i);
    }

    private static byte[] resource(String file) {
        try (InputStream in = IncrementalLoadTest.class.getResourceAsStream("/growth-folder/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facts of article {@code from}, under the id of article {@code as} (and naming its own text). */
    private static String factsAs(int from, int as) {
        String facts = new String(resource(id(from) + ".facts"), StandardCharsets.UTF_8);
        String replaced = facts.replace("article: " + id(from) + "\n", "article: " + id(as) + "\n");
        assertTrue(!replaced.equals(facts) || from == as, "the facts file names its id");
        return replaced;
    }

    @Test
    void addingReplacingAndRemovingOneByOneGivesTheStoreOfALoadFromScratch() throws IOException {
        // The final articles, by id: facts and text (a replaced one has another article's content).
        Map<String, String[]> last = new LinkedHashMap<>();
        try (KgStore store = KgStore.inMemory()) {
            Loader loader = LoaderTest.loader(store);
            loader.loadBundled();
            for (int i = 1; i <= ARTICLES; i++) {
                String facts = factsAs(i, i);
                byte[] text = resource(id(i) + ".txt");
                loader.loadArticle(new Input(id(i) + ".facts", facts.getBytes(StandardCharsets.UTF_8)), new Input(id(i) + ".txt", text));
                last.put(id(i), new String[] {facts, new String(text, StandardCharsets.UTF_8)});
            }
            // Replace 20 articles with the content of others, and one with its own content again.
            for (int i = 5; i <= ARTICLES; i += 10) {
                int from = ARTICLES + 1 - i;
                String facts = factsAs(from, i);
                byte[] text = resource(id(from) + ".txt");
                loader.loadArticle(new Input(id(i) + ".facts", facts.getBytes(StandardCharsets.UTF_8)), new Input(id(i) + ".txt", text));
                last.put(id(i), new String[] {facts, new String(text, StandardCharsets.UTF_8)});
            }
            // Remove 20 articles, among them some that were replaced.
            for (int i = 3; i <= ARTICLES; i += 10) {
                loader.unloadArticle(id(i));
                last.remove(id(i));
            }
            loader.unloadArticle(id(15));
            last.remove(id(15));
            assertEquals(ARTICLES - 21, last.size());

            Path folder = Files.createDirectories(dir.resolve("final"));
            List<String> index = new ArrayList<>();
            for (Map.Entry<String, String[]> e : last.entrySet()) {
                String facts = e.getValue()[0];
                String textName = facts.lines().filter(l -> l.startsWith("text: ")).findFirst().orElseThrow().substring(6);
                Files.writeString(folder.resolve(e.getKey() + ".facts"), facts, StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(textName), e.getValue()[1], StandardCharsets.UTF_8);
                index.add(e.getKey() + ".facts");
            }
            Files.write(folder.resolve(ArticleFolder.INDEX), index, StandardCharsets.UTF_8);

            try (KgStore scratch = KgStore.inMemory()) {
                LoaderTest.loader(scratch).loadFolder(ArticleFolder.open(folder));
                DatasetGraph expected = LoaderTest.copy(scratch);
                DatasetGraph actual = LoaderTest.copy(store);
                assertEquals(LoaderTest.counts(scratch), LoaderTest.counts(store));
                assertEquals(quads(expected), quads(actual));
                assertTrue(LoaderTest.sameGraphs(expected, actual));
            }
        }
    }

    /** The quads without blank nodes (those of the ontology's axioms are compared by isomorphism). */
    private static Set<Quad> quads(DatasetGraph d) {
        Set<Quad> out = new HashSet<>();
        d.find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                out.add(q);
            }
        });
        return out;
    }

    @Test
    void unloadingAnUnknownArticleIsAnErrorAndChangesNothing() {
        try (KgStore store = KgStore.inMemory()) {
            LoaderTest.loader(store).loadBundled();
            DatasetGraph before = LoaderTest.copy(store);
            UsageException e = assertThrows(UsageException.class, () -> LoaderTest.loader(store).unloadArticle("no-such-article"));
            assertEquals("the store has no article with id 'no-such-article'", e.getMessage());
            UsageException bad = assertThrows(UsageException.class, () -> LoaderTest.loader(store).unloadArticle("Not An Id"));
            assertEquals("'Not An Id' is not an article id (as a facts file's 'article:' line gives it)", bad.getMessage());
            assertTrue(LoaderTest.sameGraphs(before, LoaderTest.copy(store)));
        }
    }
}
