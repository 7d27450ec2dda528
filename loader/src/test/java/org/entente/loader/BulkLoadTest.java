package org.entente.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.InputException;
import org.entente.loader.store.KgStore;
import org.entente.loader.validate.ValidationException;
import org.entente.ontology.ENT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg load --articles DIR} into an empty store on disk goes through the bulk writer
 * ({@link KgStore#bulkWrite}) and gives, quad for quad, the store that the transactional path
 * gives; any error leaves the store empty, with nothing of the load left in its directory.
 */
class BulkLoadTest {
    @TempDir
    Path dir;

    /** Messages of a load, to tell which path it took. */
    private static final class Steps implements Loader.Progress {
        final List<String> lines = new ArrayList<>();

        @Override
        public void step(String message) {
            lines.add(message);
        }

        boolean bulk() {
            return lines.stream().anyMatch(l -> l.contains("with the bulk writer"));
        }
    }

    private static Loader loader(KgStore store, Loader.Progress progress) {
        return new Loader(store, LoaderTest.GRAPHS, LoaderTest.CLOCK, true, progress);
    }

    /** The first {@code n} articles of {@code src/test/resources/growth-folder/}, with an index of just those. */
    private Path growth(String name, int n) {
        Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
            List<String> index = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                String id = String.format("synth-12-%07d", i);
                for (String file : List.of(id + ".facts", id + ".txt")) {
                    try (InputStream in = BulkLoadTest.class.getResourceAsStream("/growth-folder/" + file)) {
                        Files.write(folder.resolve(file), in.readAllBytes());
                    }
                }
                index.add(id + ".facts");
            }
            Files.write(folder.resolve(ArticleFolder.INDEX), index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
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

    /** The entries of a store directory: an untouched fresh store has only its first generation and its lock. */
    private static List<String> entries(Path store) throws IOException {
        try (Stream<Path> s = Files.list(store)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertEmpty(KgStore store) {
        boolean empty = store.read(DatasetGraph::isEmpty);
        assertTrue(empty, "nothing was written");
    }

    private void assertSameStore(Path folder) {
        Steps bulkSteps = new Steps();
        Steps txnSteps = new Steps();
        Path storeDir = dir.resolve("store-" + folder.getFileName());
        try (KgStore bulk = KgStore.open(storeDir); KgStore txn = KgStore.inMemory()) {
            assertTrue(bulk.acceptsBulkWrite());
            assertFalse(txn.acceptsBulkWrite(), "a store in memory takes the transactional path");
            LoadReport r = loader(bulk, bulkSteps).loadFolder(ArticleFolder.open(folder));
            loader(txn, txnSteps).loadFolder(ArticleFolder.open(folder));
            assertTrue(bulkSteps.bulk(), bulkSteps.lines::toString);
            assertFalse(txnSteps.bulk(), txnSteps.lines::toString);
            assertFalse(bulk.acceptsBulkWrite(), "the store is no longer empty");

            assertEquals(LoaderTest.counts(txn), LoaderTest.counts(bulk));
            DatasetGraph expected = LoaderTest.copy(txn);
            DatasetGraph actual = LoaderTest.copy(bulk);
            assertEquals(quads(expected), quads(actual));
            assertTrue(LoaderTest.sameGraphs(expected, actual));
            long triples = r.graphs().stream().mapToLong(LoadReport.GraphLoad::triples).sum();
            long stored = bulk.read(d -> d.stream().count());
            assertEquals(stored, triples, "the report counts every quad");
        }
        try (KgStore reopened = KgStore.open(storeDir)) {
            boolean empty = reopened.read(DatasetGraph::isEmpty);
            assertFalse(empty, "the bulk-loaded data is what the store opens on");
        }
    }

    @Test
    void aBulkLoadGivesTheStoreOfTheTransactionalLoad() throws IOException {
        Path folder = growth("growth", 200);
        assertSameStore(folder);
        assertEquals(List.of("Data-0002", "tdb.lock"), entries(dir.resolve("store-growth")), "the old, empty generation is gone");
    }

    /** The bundled folder itself: its article replaces the bundled one, as in the transactional path. */
    @Test
    void aFolderArticleWithTheIdOfABundledOneReplacesIt() {
        assertSameStore(Path.of("data", "articles"));
    }

    @Test
    void aBadArticleLateInTheFolderLeavesTheFreshStoreEmpty() throws IOException {
        Path folder = growth("bad", 30);
        Path late = folder.resolve("synth-12-0000028.facts");
        List<String> lines = new ArrayList<>(Files.readAllLines(late, StandardCharsets.UTF_8));
        assertEquals("quote: Republic of the Congo demanded guarantees from the UN about military activity in DR Congo", lines.get(16));
        lines.set(16, "quote: This sentence is in no article.");
        Files.write(late, lines, StandardCharsets.UTF_8);

        Path storeDir = dir.resolve("store");
        try (KgStore store = KgStore.open(storeDir)) {
            Steps steps = new Steps();
            InputException e = assertThrows(InputException.class, () -> loader(store, steps).loadFolder(ArticleFolder.open(folder)));
            assertEquals("synth-12-0000028.facts:17: quote not found in the text: \"This sentence is in no article.\"",
                    e.getMessage().replace(folder + "/", ""));
            assertTrue(steps.bulk(), steps.lines::toString);
            assertEmpty(store);
            assertTrue(store.acceptsBulkWrite());
        }
        assertEquals(List.of("Data-0001", "tdb.lock"), entries(storeDir), "no trace of the load in the store directory");
        try (KgStore store = KgStore.open(storeDir)) {
            assertEmpty(store);
        }
    }

    @Test
    void twoArticlesWithTheSameIdLateInTheFolderLeaveTheFreshStoreEmpty() throws IOException {
        Path folder = growth("twice", 12);
        List<String> index = new ArrayList<>(ArticleFolder.open(folder).factsFiles());
        index.add(index.get(3));
        Files.write(folder.resolve(ArticleFolder.INDEX), index, StandardCharsets.UTF_8);
        Path storeDir = dir.resolve("store");
        try (KgStore store = KgStore.open(storeDir)) {
            InputException e = assertThrows(InputException.class, () -> loader(store, new Steps()).loadFolder(ArticleFolder.open(folder)));
            assertEquals("synth-12-0000004.facts: article id 'synth-12-0000004' is also the id of synth-12-0000004.facts in the same folder",
                    e.getMessage().replace(folder + "/", ""));
            assertEmpty(store);
        }
        assertEquals(List.of("Data-0001", "tdb.lock"), entries(storeDir));
    }

    /** A violation that only the inference shows (an alliance without a label), found after every quad was sent. */
    @Test
    void aShapeViolationLeavesTheFreshStoreEmpty() throws IOException {
        LoadSteps steps = new LoadSteps(LoaderTest.GRAPHS, LoaderTest.CLOCK, true, Loader.Progress.none());
        Model bad = ModelFactory.createDefaultModel();
        Resource x = bad.createResource("https://example.org/unlabelled-alliance");
        x.addProperty(RDF.type, ENT.MilitaryAlliance).addProperty(ENT.acronym, "UA");
        Resource graph = bad.createResource("https://example.org/graph/test");
        Path storeDir = dir.resolve("store");
        try (KgStore store = KgStore.open(storeDir)) {
            LoadSteps.Bundled bundled = steps.mapBundled();
            ValidationException e = assertThrows(ValidationException.class, () -> store.bulkWrite(out -> steps.bulkLoad(out,
                    bundled.sources(), List.of(new LoadSteps.SourceGraph(graph, bad)).iterator(), bundled.sources().size() + 1,
                    System.nanoTime())));
            assertTrue(e.violations().stream().anyMatch(v -> v.focus().equals("<https://example.org/unlabelled-alliance>")),
                    e.violations()::toString);
            assertEmpty(store);
        }
        assertEquals(List.of("Data-0001", "tdb.lock"), entries(storeDir));
    }

    /** A store that has data takes the transactional path, which replaces graphs in place. */
    @Test
    void aStoreWithDataIsLoadedInOneTransaction() {
        Path folder = growth("small", 3);
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            loader(store, new Steps()).loadBundled();
            assertFalse(store.acceptsBulkWrite());
            Steps steps = new Steps();
            loader(store, steps).loadFolder(ArticleFolder.open(folder));
            assertFalse(steps.bulk(), steps.lines::toString);
            assertTrue(store.graphNames().stream().anyMatch(n -> n.getURI().endsWith("synth-12-0000003")));
            assertThrows(IllegalStateException.class, () -> store.bulkWrite(out -> null));
        }
    }
}
