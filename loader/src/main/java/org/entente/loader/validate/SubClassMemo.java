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
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A graph that is not changed while it is read, with its look-ups of a class's
 * {@code rdfs:subClassOf} triples remembered, both ways. Jena's SHACL checks an {@code sh:class}
 * constraint by walking the super-classes of every type of every value node
 * ({@code G.allTypesOfNodeRDFS}), and whether a node is a target of an {@code sh:targetClass} by
 * walking the target class's sub-classes ({@code G.isOfType}, for every shape and every focus node
 * it is asked about), one look-up per step: over a store's closure the same few hundred look-ups
 * are repeated millions of times, and for the focus nodes of one article at 10 M quads they were
 * most of its validation time (each a B+tree range scan of the store's union graph). Every find
 * answers with the triples the wrapped graph holds, in the order it gives them; nothing else is
 * changed.
 *
 * <p>{@link #withTypes} also remembers each node's {@code rdf:type} triples once asked for: a
 * target-class test asks whether the node has each sub-class of the target class as a type, for
 * every shape. Only for a few nodes (the focus nodes of a change): over a whole store it would
 * hold every node's types.
 */
final class SubClassMemo extends GraphWrapper {
    private static final Node SUB_CLASS = RDFS.subClassOf.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private final Map<Node, List<Triple>> superClasses = new ConcurrentHashMap<>();
    private final Map<Node, List<Triple>> subClasses = new ConcurrentHashMap<>();
    /** The rdf:type triples of each node asked about, or null if they are not remembered. */
    private final Map<Node, List<Triple>> types;

    SubClassMemo(Graph graph) {
        this(graph, false);
    }

    private SubClassMemo(Graph graph, boolean rememberTypes) {
        super(graph);
        this.types = rememberTypes ? new ConcurrentHashMap<>() : null;
    }

    /** A memo that also remembers the types of the nodes it is asked about. */
    static SubClassMemo withTypes(Graph graph) {
        return new SubClassMemo(graph, true);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (SUB_CLASS.equals(p) && s != null && s.isConcrete() && (o == null || Node.ANY.equals(o))) {
            List<Triple> ts = superClasses.computeIfAbsent(s, x -> List.copyOf(get().find(x, SUB_CLASS, Node.ANY).toList()));
            return WrappedIterator.create(ts.iterator());
        }
        if (SUB_CLASS.equals(p) && o != null && o.isConcrete() && (s == null || Node.ANY.equals(s))) {
            List<Triple> ts = subClasses.computeIfAbsent(o, x -> List.copyOf(get().find(Node.ANY, SUB_CLASS, x).toList()));
            return WrappedIterator.create(ts.iterator());
        }
        if (types != null && TYPE.equals(p) && s != null && s.isConcrete()) {
            List<Triple> ts = typesOf(s);
            if (o == null || Node.ANY.equals(o)) {
                return WrappedIterator.create(ts.iterator());
            }
            return WrappedIterator.create(ts.stream().filter(t -> t.getObject().equals(o)).iterator());
        }
        return super.find(s, p, o);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        if (types != null && TYPE.equals(p) && s != null && s.isConcrete() && o != null && o.isConcrete()) {
            return typesOf(s).stream().anyMatch(t -> t.getObject().equals(o));
        }
        return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        return contains(t.getSubject(), t.getPredicate(), t.getObject());
    }

    private List<Triple> typesOf(Node s) {
        return types.computeIfAbsent(s, x -> List.copyOf(get().find(x, TYPE, Node.ANY).toList()));
    }

    @Override
    public ExtendedIterator<Triple> find(Triple t) {
        return find(t.getSubject(), t.getPredicate(), t.getObject());
    }
}
