package org.entente.loader;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.entente.loader.store.KgStore;

/** How much is in the store: triples per named graph and instances per class. */
public final class StoreStatistics {
    private StoreStatistics() {}

    public record GraphCount(String graph, long triples) {}

    public record ClassCount(String type, long instances) {}

    public record Stats(List<GraphCount> graphs, List<ClassCount> classes) {
        public long totalTriples() {
            return graphs.stream().mapToLong(GraphCount::triples).sum();
        }
    }

    private static final String CLASS_COUNTS = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } FILTER isIRI(?class) }
            GROUP BY ?class ORDER BY DESC(?n) ?class
            """;

    public static Stats of(KgStore store) {
        return store.read(StoreStatistics::of);
    }

    /** The statistics of a dataset, inside the caller's read transaction. */
    public static Stats of(DatasetGraph dsg) {
        List<GraphCount> graphs = new ArrayList<>();
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(java.util.Comparator.comparing(Node::getURI));
        for (Node n : names) {
            graphs.add(new GraphCount(n.getURI(), dsg.getGraph(n).size()));
        }
        List<ClassCount> classes = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(CLASS_COUNTS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                classes.add(new ClassCount(s.getResource("class").getURI(), s.getLiteral("n").getLong()));
            }
        }
        return new Stats(graphs, classes);
    }

}
