package org.entente.loader.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.store.KgStore;

/**
 * A copy, in memory, of every named graph of a store (and of its default graph, which the loader
 * never writes), for comparing a store with what it was or should be: triple counts per graph, and
 * isomorphism graph by graph ({@link Graph#isIsomorphicWith}, fast here; a whole-dataset matcher is
 * very slow).
 */
public final class StoreSnapshot {
    /** The name under which the default graph is kept. */
    public static final String DEFAULT_GRAPH = "(default graph)";

    private final Map<String, Graph> graphs;

    private StoreSnapshot(Map<String, Graph> graphs) {
        this.graphs = Collections.unmodifiableMap(graphs);
    }

    /** Opens the store directory (recovering it if a process died while writing), copies it and closes it. */
    public static StoreSnapshot of(Path storeDir) {
        try (KgStore store = KgStore.open(storeDir)) {
            return of(store);
        }
    }

    public static StoreSnapshot of(KgStore store) {
        return store.read(StoreSnapshot::of);
    }

    /** Copies a dataset inside the caller's read transaction. */
    public static StoreSnapshot of(DatasetGraph dsg) {
        Map<String, Graph> out = new TreeMap<>();
        dsg.listGraphNodes().forEachRemaining(n -> out.put(n.getURI(), copy(dsg.getGraph(n))));
        Graph dflt = copy(dsg.getDefaultGraph());
        if (!dflt.isEmpty()) {
            out.put(DEFAULT_GRAPH, dflt);
        }
        return new StoreSnapshot(out);
    }

    private static Graph copy(Graph g) {
        Graph c = GraphMemFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    /** The graphs by name (IRI), sorted. */
    public Map<String, Graph> graphs() {
        return graphs;
    }

    /** Triples per graph, sorted by graph name. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new TreeMap<>();
        graphs.forEach((n, g) -> out.put(n, g.size()));
        return out;
    }

    public int totalTriples() {
        return graphs.values().stream().mapToInt(Graph::size).sum();
    }

    /** True if this snapshot has a graph of this name isomorphic to the given graph. */
    public boolean hasIsomorphic(String name, Graph g) {
        Graph mine = graphs.get(name);
        return mine != null && mine.size() == g.size() && mine.isIsomorphicWith(g);
    }

    /**
     * How this store differs from another, one line per difference (empty if the same graphs are
     * there, with the same counts, each isomorphic to its counterpart).
     */
    public List<String> differencesFrom(StoreSnapshot expected) {
        List<String> out = new ArrayList<>();
        for (String name : expected.graphs.keySet()) {
            if (!graphs.containsKey(name)) {
                out.add("graph " + name + " is missing (expected " + expected.graphs.get(name).size() + " triples)");
            }
        }
        for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            Graph other = expected.graphs.get(e.getKey());
            if (other == null) {
                out.add("graph " + e.getKey() + " should not be there (" + e.getValue().size() + " triples)");
            } else if (other.size() != e.getValue().size()) {
                out.add("graph " + e.getKey() + " has " + e.getValue().size() + " triples; expected " + other.size());
            } else if (!other.isIsomorphicWith(e.getValue())) {
                out.add("graph " + e.getKey() + " has the expected " + other.size() + " triples but is not isomorphic to the expected graph");
            }
        }
        return out;
    }
}
