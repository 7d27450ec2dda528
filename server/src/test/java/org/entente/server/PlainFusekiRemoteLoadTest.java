package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.entente.loader.Loader;
import org.entente.loader.remote.RemoteLoader;
import org.entente.loader.remote.RemoteStore;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote article loads into a plain Fuseki (jena-fuseki-main with no project code, over its own
 * TDB2 store in a temporary directory): an article added, replaced by other facts under the same
 * id, and removed, each as one SPARQL Update request, leave the store quad for quad as the same
 * steps in a local store leave it; and what a remote article load fetches from the store does not
 * grow with the articles the store already holds.
 */
class PlainFusekiRemoteLoadTest {
    @TempDir
    Path dir;

    /** A plain Fuseki over a store: the dataset at /ds, no project code. */
    private static FusekiServer serve(DatasetGraph dsg) {
        return FusekiServer.create().port(0).fusekiModules(FusekiModules.empty()).add("/ds", dsg, true).build().start();
    }

    private static RemoteLoader remote(FusekiServer fuseki, List<String> steps) {
        RemoteStore remote = RemoteStore.dataset("http://localhost:" + fuseki.getPort() + "/ds", null, null);
        return new RemoteLoader(remote, TestData.GRAPHS, Clock.systemUTC(), true, steps::add);
    }

    @Test
    void anArticleAddedReplacedAndRemovedOverHttpGivesTheStoreOfALocalLoad() throws Exception {
        try (KgStore served = KgStore.open(dir.resolve("tdb2")); KgStore local = KgStore.inMemory()) {
            new Loader(served, TestData.GRAPHS).loadBundled();
            new Loader(local, TestData.GRAPHS).loadBundled();
            Loader localLoader = new Loader(local, TestData.GRAPHS);
            Set<Quad> bundled = quads(served.datasetGraph());
            assertEquals(quads(local.datasetGraph()), bundled);
            FusekiServer fuseki = serve(served.datasetGraph());
            try {
                List<String> steps = new ArrayList<>();
                RemoteLoader loader = remote(fuseki, steps);
                Path facts = resource("articles/test-baltic-brigade.facts");
                Path text = resource("articles/test-baltic-brigade.txt");

                // Add.
                loader.loadArticle(Input.of(facts), Input.of(text));
                assertTrue(steps.stream().anyMatch(s -> s.startsWith("sending one update: ")), steps::toString);
                localLoader.loadArticle(Input.of(facts), Input.of(text));
                Set<Quad> added = quads(local.datasetGraph());
                assertTrue(added.size() > bundled.size());
                assertEquals(added, quads(served.datasetGraph()));

                // Replace: the same id with other facts (a fact dropped, another's label changed).
                Path changed = Files.writeString(dir.resolve("changed.facts"), changedFacts(Files.readString(facts)));
                Input changedText = Input.of(text);
                loader.loadArticle(Input.of(changed), changedText);
                localLoader.loadArticle(Input.of(changed), Input.of(text));
                Set<Quad> replaced = quads(local.datasetGraph());
                assertTrue(!replaced.equals(added) && !replaced.equals(bundled));
                assertEquals(replaced, quads(served.datasetGraph()));

                // Remove.
                loader.unloadArticle("test-baltic-brigade");
                localLoader.unloadArticle("test-baltic-brigade");
                assertEquals(bundled, quads(local.datasetGraph()));
                assertEquals(bundled, quads(served.datasetGraph()));
            } finally {
                fuseki.stop();
            }
        }
    }

    /** The facts file with the first fact's label and progress changed (the same article id, other facts). */
    static String changedFacts(String facts) {
        int fact = facts.indexOf("\n[");
        int label = facts.indexOf("\nlabel: ", fact);
        assertTrue(fact > 0 && label > fact, "the facts file has a fact with a label");
        String out = facts.substring(0, label) + "\nlabel: (replaced) " + facts.substring(label + "\nlabel: ".length());
        assertTrue(out.contains("\nprogress: under-way\n"));
        return out.replace("\nprogress: under-way\n", "\nprogress: planned\n");
    }

    /**
     * What one article load fetches from the store at the bundled-only store, then with 50 and
     * 200 generated articles more: the same within a few quads (its own neighbourhood: the
     * reference entities it names), not a share of the store. Each store is also checked against
     * the same steps in a local store.
     */
    @Test
    void whatAnArticleLoadFetchesDoesNotGrowWithTheStore() throws Exception {
        Path facts = resource("articles/test-baltic-brigade.facts");
        Path text = resource("articles/test-baltic-brigade.txt");
        List<long[]> seen = new ArrayList<>();
        for (int articles : new int[] {0, 50, 200}) {
            try (KgStore served = KgStore.open(dir.resolve("grown-" + articles))) {
                Loader l = new Loader(served, TestData.GRAPHS);
                if (articles == 0) {
                    l.loadBundled();
                } else {
                    l.loadFolder(ArticleFolder.open(growthFolder(articles)));
                }
                long quadsInStore = Txn.calculateRead(served.datasetGraph(), () -> served.datasetGraph().stream().count());
                FusekiServer fuseki = serve(served.datasetGraph());
                try {
                    RemoteLoader loader = remote(fuseki, new ArrayList<>());
                    long t = System.nanoTime();
                    loader.loadArticle(Input.of(facts), Input.of(text));
                    long addMillis = (System.nanoTime() - t) / 1_000_000;
                    RemoteLoader.Fetched add = loader.fetched();
                    Path changed = Files.writeString(dir.resolve("changed-" + articles + ".facts"), changedFacts(Files.readString(facts)));
                    loader.loadArticle(Input.of(changed), Input.of(text));
                    RemoteLoader.Fetched replace = loader.fetched();
                    loader.unloadArticle("test-baltic-brigade");
                    RemoteLoader.Fetched remove = loader.fetched();
                    seen.add(new long[] {articles, quadsInStore, add.quads(), add.requests(), remove.quads(), remove.requests(), addMillis,
                            replace.quads(), replace.requests()});
                } finally {
                    fuseki.stop();
                }
            }
        }
        StringBuilder table = new StringBuilder("extra articles, quads in store, add: quads fetched, requests, remove: quads fetched, requests, add ms, replace: quads fetched, requests\n");
        seen.forEach(r -> table.append(java.util.Arrays.toString(r)).append('\n'));
        System.out.println(table);
        long[] first = seen.get(0);
        for (long[] r : seen) {
            assertTrue(r[1] > first[1] || r == first, table::toString);
            // Within 2% and 50 quads of the bundled-only store: the reference graphs read whole, and the article's neighbours.
            assertTrue(r[2] <= first[2] * 1.02 + 50, "add fetched more at a larger store:\n" + table);
            assertTrue(r[4] <= first[4] * 1.02 + 50, "remove fetched more at a larger store:\n" + table);
            assertTrue(r[7] <= first[7] * 1.02 + 50, "replace fetched more at a larger store:\n" + table);
            // A few requests, one per kind of look-up, however large the store.
            assertTrue(r[3] <= 20 && r[5] <= 20 && r[8] <= 20, "requests:\n" + table);
        }
    }

    /** The first n articles of the growth folder (what {@code kg generate --articles 200 --seed 12} writes), in a folder. */
    private Path growthFolder(int n) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("growth-" + n));
        StringBuilder index = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            String id = String.format("synth-12-%07d", i);
            for (String ext : List.of(".facts", ".txt")) {
                try (InputStream in = PlainFusekiRemoteLoadTest.class.getResourceAsStream("/growth-folder/" + id + ext)) {
                    Files.write(folder.resolve(id + ext), in.readAllBytes());
                }
            }
            index.append(id).append(".facts\n");
        }
        Files.writeString(folder.resolve(ArticleFolder.INDEX), index.toString(), StandardCharsets.UTF_8);
        return folder;
    }

    private static Set<Quad> quads(DatasetGraph d) {
        return Txn.calculateRead(d, () -> quadsOf(d));
    }

    /** The quads without blank nodes (the ontology's axioms, which are the same on both sides). */
    private static Set<Quad> quadsOf(DatasetGraph d) {
        Set<Quad> out = new HashSet<>();
        d.find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                out.add(q);
            }
        });
        return out;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PlainFusekiRemoteLoadTest.class.getClassLoader().getResource(name).toURI());
    }
}
