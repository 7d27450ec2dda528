package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.entente.loader.Loader;
import org.entente.loader.remote.RemoteLoader;
import org.entente.loader.remote.RemoteStore;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote article loads into a plain Fuseki (jena-fuseki-main with no project code, over its own
 * TDB2 store in a temporary directory): one article added and removed, each as one SPARQL Update
 * request, leave the store a local load leaves.
 */
class PlainFusekiRemoteLoadTest {
    @TempDir
    Path dir;

    @Test
    void anArticleAddedAndRemovedOverHttpGivesTheStoreOfALocalLoad() throws Exception {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.resolve("tdb2").toString());
        FusekiServer fuseki = FusekiServer.create().port(0).fusekiModules(FusekiModules.empty()).add("/ds", tdb, true).build().start();
        try {
            RemoteStore remote = RemoteStore.dataset("http://localhost:" + fuseki.getPort() + "/ds", null, null);
            RemoteLoader loader = new RemoteLoader(remote, TestData.GRAPHS, java.time.Clock.systemUTC(), true, Loader.Progress.none());
            loader.loadBundled();
            Set<Quad> bundled = quads(tdb);
            Path facts = resource("articles/test-baltic-brigade.facts");
            Path text = resource("articles/test-baltic-brigade.txt");
            List<String> steps = new java.util.ArrayList<>();
            new RemoteLoader(remote, TestData.GRAPHS, java.time.Clock.systemUTC(), true, steps::add)
                    .loadArticle(Input.of(facts), Input.of(text));
            assertTrue(steps.stream().anyMatch(s -> s.startsWith("sending one update: ")), steps::toString);
            try (KgStore local = KgStore.inMemory()) {
                new Loader(local, TestData.GRAPHS).loadBundled();
                new Loader(local, TestData.GRAPHS).loadArticle(Input.of(facts), Input.of(text));
                Set<Quad> expected = local.read(PlainFusekiRemoteLoadTest::quadsOf);
                assertEquals(expected, quads(tdb));
            }
            loader.unloadArticle("test-baltic-brigade");
            assertEquals(bundled, quads(tdb));
        } finally {
            fuseki.stop();
            tdb.close();
        }
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
