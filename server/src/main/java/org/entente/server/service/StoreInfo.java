package org.entente.server.service;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.StoreStatistics;
import org.entente.loader.store.KgStore;

/** What the health and statistics endpoints report about the store. */
public final class StoreInfo {
    private final KgStore store;

    public StoreInfo(KgStore store) {
        this.store = store;
    }

    /** The number of triples in all named graphs together (a triple in two graphs counts twice). */
    public long triples() {
        return store.read(StoreInfo::triples);
    }

    /** Triples per graph and instances per class. */
    public StoreStatistics.Stats statistics() {
        return StoreStatistics.of(store);
    }

    static long triples(DatasetGraph dsg) {
        long n = 0;
        java.util.Iterator<Node> names = dsg.listGraphNodes();
        while (names.hasNext()) {
            n += dsg.getGraph(names.next()).size();
        }
        return n;
    }
}
