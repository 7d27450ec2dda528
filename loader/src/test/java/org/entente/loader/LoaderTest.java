package org.entente.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.Input;
import org.entente.loader.source.InputException;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.Test;

/** Loading is one transaction, repeatable, and derives the inferences queries rely on. */
class LoaderTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());

    /** One store with the bundled data, shared by the tests that leave it as it was. */
    private static KgStore shared;

    static synchronized KgStore shared() {
        if (shared == null) {
            shared = KgStore.inMemory();
            loader(shared).loadBundled();
        }
        return shared;
    }

    static Loader loader(KgStore store) {
        return new Loader(store, GRAPHS, CLOCK, true, Loader.Progress.none());
    }

    static Input testResource(String name) {
        try (InputStream in = LoaderTest.class.getResourceAsStream("/facts/" + name)) {
            return new Input(name, in.readAllBytes());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static DatasetGraph copy(KgStore store) {
        return store.read(dsg -> {
            DatasetGraph c = DatasetGraphFactory.createTxnMem();
            dsg.find().forEachRemaining(c::add);
            return c;
        });
    }

    /** The same named graphs, each isomorphic to its counterpart (checked graph by graph, which is fast). */
    static boolean sameGraphs(DatasetGraph a, DatasetGraph b) {
        java.util.Set<Node> names = new java.util.HashSet<>();
        a.listGraphNodes().forEachRemaining(names::add);
        java.util.Set<Node> others = new java.util.HashSet<>();
        b.listGraphNodes().forEachRemaining(others::add);
        if (!names.equals(others) || !a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph())) {
            return false;
        }
        for (Node g : names) {
            if (!a.getGraph(g).isIsomorphicWith(b.getGraph(g))) {
                return false;
            }
        }
        return true;
    }

    static Map<String, Long> counts(KgStore store) {
        return store.read(dsg -> {
            Map<String, Long> m = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> m.put(g.getURI(), (long) dsg.getGraph(g).size()));
            return m;
        });
    }

    @Test
    void loadsEveryGraphAndLoadingTwiceGivesAnIsomorphicStore() {
        KgStore store = shared();
        {
            Map<String, Long> counts = counts(store);
            assertEquals(java.util.Set.of(GRAPHS.ontology().getURI(), GRAPHS.countries().getURI(),
                    GRAPHS.organisations().getURI(), GRAPHS.treaties().getURI(), GRAPHS.gazetteer().getURI(),
                    GRAPHS.article("nato-second-life").getURI(), GRAPHS.inferred().getURI()), counts.keySet());
            DatasetGraph first = copy(store);
            LoadReport report = loader(store).loadBundled();
            assertEquals(7, report.graphs().size());
            assertEquals(counts, counts(store));
            assertTrue(sameGraphs(first, copy(store)), "a second load gives an isomorphic store");
        }
    }

    @Test
    void aFailedArticleLoadLeavesTheStoreExactlyAsItWas() {
        KgStore store = shared();
        {
            DatasetGraph before = copy(store);
            String bad = new String(testResource("sweden.facts").bytes(), StandardCharsets.UTF_8)
                    .replace("Sweden shares a land border with Finland and Norway.", "Sweden borders Russia.");
            InputException e = assertThrows(InputException.class, () -> loader(store).loadArticle(
                    new Input("sweden.facts", bad.getBytes(StandardCharsets.UTF_8)), testResource("sweden.txt")));
            assertEquals("sweden.facts:22: quote not found in the text: \"Sweden borders Russia.\"", e.getMessage());
            assertTrue(sameGraphs(before, copy(store)), "nothing was written");
        }
    }

    @Test
    void anArticleIsAddedThenReplaced() {
        try (KgStore store = KgStore.inMemory()) {
            loader(store).loadBundled();
            Node graph = GRAPHS.article("sweden-joins-nato").asNode();
            loader(store).loadArticle(testResource("sweden.facts"), testResource("sweden.txt"));
            long first = store.read(dsg -> (long) dsg.getGraph(graph).size());
            assertTrue(first > 20);
            // The article's membership statement is checked against the reference data.
            Node statement = GRAPHS.scheme().fact("sweden-joins-nato", "sweden-membership").asNode();
            boolean corroborated = store.read(dsg -> dsg.getUnionGraph().contains(statement, ENT.corroboratedBy.asNode(),
                    GRAPHS.scheme().membership("NATO", "SWE", "2024-03-07").asNode()));
            assertTrue(corroborated);
            loader(store).loadArticle(testResource("sweden.facts"), testResource("sweden.txt"));
            long second = store.read(dsg -> (long) dsg.getGraph(graph).size());
            assertEquals(first, second, "replaced, not added twice");
        }
    }

    @Test
    void materialisesInferences() {
        KgStore store = shared();
        {
            Node inferred = GRAPHS.inferred().asNode();
            var s = GRAPHS.scheme();
            store.read(dsg -> {
                // No derived fact depends on the day of loading: the stale "current membership" shortcut is gone
                // (changed on purpose: ent:isMemberOf went stale while a server ran past the end of a membership).
                assertFalse(dsg.getUnionGraph().contains(Node.ANY, ENT.isMemberOf.asNode(), Node.ANY));
                assertFalse(dsg.getUnionGraph().contains(Node.ANY, ENT.hasMember.asNode(), Node.ANY));
                // The inverse of a continuation: Russia continues the Soviet Union; both replace-shortcuts follow.
                assertTrue(dsg.contains(inferred, s.state("RUS").asNode(), ENT.continues.asNode(), s.state("SUN").asNode()));
                assertTrue(dsg.contains(inferred, s.state("SUN").asNode(), ENT.replacedBy.asNode(), s.state("RUS").asNode()));
                assertTrue(dsg.contains(inferred, s.state("UKR").asNode(), ENT.replaces.asNode(), s.state("SUN").asNode()));
                // Pakistan goes on existing after Bangladesh's separation: not replaced.
                assertFalse(dsg.getUnionGraph().contains(s.state("PAK").asNode(), ENT.replacedBy.asNode(), s.state("BGD").asNode()));
                // Subproperty and subclass entailments.
                Node dnk = s.fact("nato-second-life", "denmark-f16-to-lithuania").asNode();
                assertTrue(dsg.contains(inferred, dnk, ENT.agent.asNode(), s.state("DNK").asNode()));
                assertTrue(dsg.contains(inferred, dnk, ENT.participant.asNode(), s.state("DNK").asNode()));
                assertTrue(dsg.contains(inferred, dnk, org.apache.jena.vocabulary.RDF.type.asNode(), ENT.Event.asNode()));
                // Inverse: a state's memberships.
                assertTrue(dsg.contains(inferred, s.state("POL").asNode(), ENT.hasMembership.asNode(),
                        s.membership("NATO", "POL", "1999-03-12").asNode()));
                // The inferred graph holds nothing that is asserted elsewhere.
                dsg.getGraph(inferred).find().forEachRemaining(t -> {
                    dsg.listGraphNodes().forEachRemaining(g -> {
                        if (!g.equals(inferred)) {
                            assertFalse(dsg.getGraph(g).contains(t), () -> "asserted and inferred: " + t);
                        }
                    });
                });
                return null;
            });
        }
    }

    @Test
    void aStoreLoadedUnderOneBaseIriRefusesAnother() {
        KgStore store = shared();
        {
            Loader other = new Loader(store, new GraphNames(IriScheme.of("https://example.org/kg/")), CLOCK, true,
                    Loader.Progress.none());
            UsageException e = assertThrows(UsageException.class, other::loadBundled);
            assertEquals("the store was loaded with base IRI https://w3id.org/entente/; pass --base-iri "
                    + "https://w3id.org/entente/ or use another store", e.getMessage());
        }
    }
}
