package org.entente.loader.validate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDFS;

/**
 * A graph that is not changed while it is read, with its look-ups of a class's
 * {@code rdfs:subClassOf} triples remembered. Jena's SHACL checks an {@code sh:class} constraint
 * by walking the super-classes of every type of every value node ({@code G.allTypesOfNodeRDFS}),
 * one look-up per step, so over a store's closure the same few hundred look-ups are repeated
 * millions of times. Every find answers with the triples the wrapped graph holds, in the order it
 * gives them; nothing else is changed.
 */
final class SubClassMemo extends GraphWrapper {
    private static final Node SUB_CLASS = RDFS.subClassOf.asNode();

    private final Map<Node, List<Triple>> superClasses = new ConcurrentHashMap<>();

    SubClassMemo(Graph graph) {
        super(graph);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (SUB_CLASS.equals(p) && s != null && s.isConcrete() && (o == null || Node.ANY.equals(o))) {
            List<Triple> ts = superClasses.computeIfAbsent(s, x -> List.copyOf(get().find(x, SUB_CLASS, Node.ANY).toList()));
            return WrappedIterator.create(ts.iterator());
        }
        return super.find(s, p, o);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple t) {
        return find(t.getSubject(), t.getPredicate(), t.getObject());
    }
}
