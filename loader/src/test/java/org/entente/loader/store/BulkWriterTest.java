package org.entente.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk writer's sorted, packed indexes hold exactly the quads sent, each in its own order, and
 * the store they make answers every pattern as a store written quad by quad does, also after it is
 * reopened and changed in a transaction (splitting the packed B+tree blocks).
 */
class BulkWriterTest {
    @TempDir
    Path dir;

    @Test
    void sortsTuplesUnsignedAndDropsDuplicates() {
        Random r = new Random(7);
        for (int round = 0; round < 50; round++) {
            int n = r.nextInt(3000);
            long[] a = new long[n * 4];
            long[] pool = {0, 1, 2, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x0100_0000_0000_0005L, 0x8000_0000_0000_0001L};
            for (int i = 0; i < a.length; i++) {
                // Few distinct values make many ties and duplicates; negative longs sort after positive ones.
                a[i] = r.nextInt(4) == 0 ? r.nextLong() : pool[r.nextInt(pool.length)];
            }
            List<long[]> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(Arrays.copyOfRange(a, i * 4, i * 4 + 4));
            }
            Comparator<long[]> unsigned = (x, y) -> Arrays.compareUnsigned(x, y);
            expected.sort(unsigned);
            List<long[]> distinct = new ArrayList<>();
            for (long[] t : expected) {
                if (distinct.isEmpty() || unsigned.compare(distinct.get(distinct.size() - 1), t) != 0) {
                    distinct.add(t);
                }
            }
            int m = TupleSort.sortDistinct(a, n, 4);
            assertEquals(distinct.size(), m);
            for (int i = 0; i < m; i++) {
                assertTrue(Arrays.equals(distinct.get(i), Arrays.copyOfRange(a, i * 4, i * 4 + 4)), "tuple " + i + " of round " + round);
            }
        }
    }

    /** Quads over IRIs, blank nodes and literals that TDB2 stores inline (numbers, dates, booleans) or in its node table. */
    private static List<Quad> quads(int n, long seed) {
        Random r = new Random(seed);
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node g = NodeFactory.createURI("https://example.org/graph/" + r.nextInt(40));
            Node s = r.nextInt(10) == 0 ? NodeFactory.createBlankNode("b" + r.nextInt(200))
                    : NodeFactory.createURI("https://example.org/s/" + r.nextInt(3000));
            Node p = NodeFactory.createURI("https://example.org/p/" + r.nextInt(25));
            Node o = switch (r.nextInt(8)) {
                case 0 -> NodeFactory.createLiteralDT(Integer.toString(r.nextInt(2000) - 1000), XSDDatatype.XSDinteger);
                case 1 -> NodeFactory.createLiteralDT("19" + (10 + r.nextInt(90)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10), XSDDatatype.XSDdate);
                case 2 -> NodeFactory.createLiteralDT(Boolean.toString(r.nextBoolean()), XSDDatatype.XSDboolean);
                case 3 -> NodeFactory.createLiteralDT(new BigDecimal(r.nextInt(100000)).movePointLeft(2).toPlainString(), XSDDatatype.XSDdecimal);
                case 4 -> NodeFactory.createLiteralLang("text " + r.nextInt(500), r.nextBoolean() ? "en" : "fr");
                case 5 -> NodeFactory.createLiteralString("a longer quote, number " + r.nextInt(5000) + ", with \"marks\" and ünïcode");
                default -> NodeFactory.createURI("https://example.org/s/" + r.nextInt(3000));
            };
            out.add(Quad.create(g, s, p, o));
        }
        return out;
    }

    @Test
    void everyIndexHoldsExactlyTheQuadsSentInItsOrder() {
        List<Quad> sent = quads(60_000, 11);
        // Duplicates are stored once.
        sent.addAll(sent.subList(0, 500));
        // What TDB2 stores, written quad by quad: terms it keeps as values come back in canonical form ("1.50" as 1.5).
        KgStore plain = KgStore.inMemory();
        plain.write(d -> {
            sent.forEach(d::add);
            return null;
        });
        Set<Quad> distinct = plain.read(d -> set(d.find()));
        assertTrue(distinct.size() > 59_000);
        Path storeDir = dir.resolve("store");
        try (plain; KgStore store = KgStore.open(storeDir)) {
            store.bulkWrite(out -> {
                // A mark part way: the quads before it are sorted as a run of their own; the 500
                // duplicates at the end repeat quads of that run.
                sent.subList(0, 40_000).forEach(out::quad);
                out.mark();
                sent.subList(40_000, sent.size()).forEach(out::quad);
                out.finish();
                return null;
            });
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.datasetGraph());
            store.read(d -> {
                NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
                TupleIndex[] indexes = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
                assertEquals(6, indexes.length);
                for (TupleIndex index : indexes) {
                    Set<Quad> seen = new HashSet<>();
                    long[] previous = null;
                    var it = index.all();
                    while (it.hasNext()) {
                        Tuple<NodeId> t = it.next();
                        Quad q = Quad.create(nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)),
                                nodes.getNodeForNodeId(t.get(2)), nodes.getNodeForNodeId(t.get(3)));
                        assertTrue(seen.add(q), "twice in " + index.getName() + ": " + q);
                        long[] key = key(index, t);
                        if (previous != null) {
                            assertTrue(Arrays.compareUnsigned(previous, key) < 0, index.getName() + " out of order at " + q);
                        }
                        previous = key;
                    }
                    assertSame(distinct, seen, index.getName());
                }
                return null;
            });
            assertAnswersLike(store, plain);
        }
        // Reopened from disk, then changed in a transaction: the packed blocks split as blocks do.
        try (KgStore store = KgStore.open(storeDir); KgStore again = KgStore.inMemory()) {
            again.write(d -> {
                sent.forEach(d::add);
                return null;
            });
            assertAnswersLike(store, again);
            List<Quad> more = quads(5_000, 12);
            List<Quad> gone = new ArrayList<>(distinct).subList(0, 3_000);
            for (KgStore s : List.of(store, again)) {
                s.write(d -> {
                    more.forEach(d::add);
                    gone.forEach(d::delete);
                    return null;
                });
            }
            assertAnswersLike(store, again);
        }
    }

    /** Where the mark falls (none, before every quad, after every quad, twice) changes nothing in the store. */
    @Test
    void theMarkChangesNothing() {
        List<Quad> sent = quads(4_000, 21);
        sent.addAll(sent.subList(1_000, 1_500));
        Set<Quad> expected = null;
        for (int variant = 0; variant < 4; variant++) {
            int v = variant;
            Path storeDir = dir.resolve("store-" + v);
            try (KgStore store = KgStore.open(storeDir)) {
                store.bulkWrite(out -> {
                    if (v == 1) {
                        out.mark();
                    }
                    for (int i = 0; i < sent.size(); i++) {
                        if (v == 3 && (i == 1_200 || i == 3_000)) {
                            out.mark();
                        }
                        out.quad(sent.get(i));
                    }
                    if (v == 2) {
                        out.mark();
                    }
                    return null;
                });
                Set<Quad> got = store.read(d -> set(d.find()));
                if (expected == null) {
                    expected = got;
                    assertTrue(expected.size() > 3_900, expected.size() + " quads");
                } else {
                    assertSame(expected, got, "variant " + v);
                }
            }
        }
    }

    /** The key of an index's record: the tuple's NodeIds (in G, S, P, O order) in the index's column order, as TDB2 writes them. */
    private static long[] key(TupleIndex index, Tuple<NodeId> t) {
        long[] k = new long[4];
        byte[] b = new byte[8];
        for (int i = 0; i < 4; i++) {
            org.apache.jena.tdb2.store.NodeIdFactory.set(t.get("GSPO".indexOf(index.getName().charAt(i))), b, 0);
            k[i] = org.apache.jena.atlas.lib.Bytes.getLong(b, 0);
        }
        return k;
    }

    /**
     * Every pattern with one or two fixed positions (each of the six indexes leads some) gives what
     * a TDB2 store written quad by quad gives.
     */
    private static void assertAnswersLike(KgStore store, KgStore reference) {
        Set<Quad> expected = reference.read(d -> set(d.find()));
        List<Quad> probes = new ArrayList<>(expected).subList(0, 40);
        for (Quad q : probes) {
            Node g = q.getGraph();
            Node s = q.getSubject();
            Node p = q.getPredicate();
            Node o = q.getObject();
            Node a = Node.ANY;
            Node[][] patterns = {{g, a, a, a}, {a, s, a, a}, {a, a, p, a}, {a, a, a, o}, {g, s, a, a}, {g, a, p, a},
                {g, a, a, o}, {a, s, p, a}, {a, a, p, o}, {a, s, a, o}, {g, s, p, o}};
            for (Node[] x : patterns) {
                assertSame(reference.read(d -> set(d.find(x[0], x[1], x[2], x[3]))), store.read(d -> set(d.find(x[0], x[1], x[2], x[3]))),
                        Arrays.toString(x));
            }
        }
        assertSame(expected, store.read(d -> set(d.find())), "every quad");
    }

    /** Equal sets, or a failure that shows a few quads of the difference. */
    private static void assertSame(Set<Quad> expected, Set<Quad> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        throw new AssertionError(what + ": " + missing.size() + " missing, such as " + missing.stream().limit(3).toList() + "; "
                + extra.size() + " extra, such as " + extra.stream().limit(3).toList());
    }

    private static long count(java.util.Iterator<Quad> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static Set<Quad> set(java.util.Iterator<Quad> it) {
        Set<Quad> s = new HashSet<>();
        it.forEachRemaining(s::add);
        return s;
    }

    @Test
    void aTripleOfTheDefaultGraphIsRefusedAndNothingIsLeft() throws Exception {
        Path storeDir = dir.resolve("store");
        try (KgStore store = KgStore.open(storeDir)) {
            assertThrows(IllegalArgumentException.class, () -> store.bulkWrite(out -> {
                quads(20_000, 3).forEach(out::quad);
                out.triple(org.apache.jena.graph.Triple.create(NodeFactory.createURI("https://example.org/a"),
                        NodeFactory.createURI("https://example.org/b"), NodeFactory.createURI("https://example.org/c")));
                return null;
            }));
            assertTrue(store.read(DatasetGraph::isEmpty));
            assertTrue(store.acceptsBulkWrite(), "still empty, so a bulk write can be tried again");
        }
        try (Stream<Path> files = Files.list(storeDir)) {
            assertEquals(List.of("Data-0001", "tdb.lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
