package org.entente.loader.store;

import java.util.Collection;
import java.util.Set;

import org.apache.jena.graph.Node;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A dataset whose reads cost a round trip (a remote store seen through a local copy of the part
 * a load needs) can be told in advance which patterns a step is about to read, so that it fetches
 * them in one request instead of one request per look-up. For any other dataset this is nothing:
 * the hint never changes what a read answers, only how many requests answer it.
 */
public interface ReadAhead {
    /**
     * The quads of every named graph that match these patterns (triples whose subject, predicate or
     * object may be {@link org.apache.jena.graph.Node#ANY}) will be read soon.
     */
    void readAhead(Collection<Triple> patterns);

    /**
     * Of some patterns (subject, predicate or object may be ANY), those that a quad of the store
     * matches that could support an inference: a quad in a graph other than {@code skip}; if it is
     * in {@code derivedIn}, only with a predicate among {@code derived} and a subject not among
     * {@code notSubjects}. Asked of the store in one request per batch of patterns, where a
     * look-up of each pattern would bring every match (all the triples that name a state, say).
     */
    Set<Triple> supported(Collection<Triple> patterns, Node skip, Node derivedIn, Set<Node> derived, Set<Node> notSubjects);

    /** Passes the hint to the dataset if it takes hints. */
    static void hint(DatasetGraph dsg, Collection<Triple> patterns) {
        if (dsg instanceof ReadAhead r && !patterns.isEmpty()) {
            r.readAhead(patterns);
        }
    }
}
