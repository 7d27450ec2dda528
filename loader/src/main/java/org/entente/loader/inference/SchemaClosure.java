package org.entente.loader.inference;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The entailments of {@code entailment.rules}, computed without a rule engine. Every rule there
 * joins one data triple with one schema triple (subclass, subproperty, symmetric property,
 * inverse, domain, range), so the closure of a graph is the union of each triple's own closure
 * under the schema: one pass over the triples, each expanded breadth-first through schema tables,
 * with no join against the data. If a deduction is itself a schema triple, the tables grow and the
 * pass is repeated until they are stable, so the result is the least fixpoint of the rules, as
 * Jena's forward engine computes it.
 */
final class SchemaClosure {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUB_CLASS = RDFS.subClassOf.asNode();
    private static final Node SUB_PROPERTY = RDFS.subPropertyOf.asNode();
    private static final Node DOMAIN = RDFS.domain.asNode();
    private static final Node RANGE = RDFS.range.asNode();
    private static final Node INVERSE = OWL.inverseOf.asNode();
    private static final Node SYMMETRIC = OWL.SymmetricProperty.asNode();

    /** The names of the rules this class implements, as {@code entailment.rules} names them. */
    static final List<String> RULES = List.of("subClass", "subProperty", "symmetric", "inverseForward", "inverseBackward",
            "domain", "range");

    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<Node, Set<Node>> superProperties = new HashMap<>();
    private final Map<Node, Set<Node>> inverseOf = new HashMap<>();
    private final Map<Node, Set<Node>> inverseOfBack = new HashMap<>();
    private final Map<Node, Set<Node>> domains = new HashMap<>();
    private final Map<Node, Set<Node>> ranges = new HashMap<>();
    private final Set<Node> symmetric = new HashSet<>();

    private SchemaClosure() {}

    /** The triples the rules entail from a graph that the graph does not hold. */
    static Set<Triple> deductions(Graph base) {
        SchemaClosure schema = new SchemaClosure();
        base.find().forEachRemaining(schema::learn);
        while (true) {
            Set<Triple> out = schema.expand(base);
            boolean grew = false;
            for (Triple t : out) {
                grew |= schema.learn(t);
            }
            if (!grew) {
                return out;
            }
        }
    }

    /** Adds a triple to the schema tables if it is a schema triple; true if the tables changed. */
    private boolean learn(Triple t) {
        Node p = t.getPredicate();
        Node s = t.getSubject();
        Node o = t.getObject();
        if (p.equals(SUB_CLASS)) {
            return add(superClasses, s, o);
        } else if (p.equals(SUB_PROPERTY)) {
            return add(superProperties, s, o);
        } else if (p.equals(INVERSE)) {
            return add(inverseOf, s, o) | add(inverseOfBack, o, s);
        } else if (p.equals(DOMAIN)) {
            return add(domains, s, o);
        } else if (p.equals(RANGE)) {
            return add(ranges, s, o);
        } else if (p.equals(TYPE) && o.equals(SYMMETRIC)) {
            return symmetric.add(s);
        }
        return false;
    }

    private static boolean add(Map<Node, Set<Node>> m, Node k, Node v) {
        return m.computeIfAbsent(k, x -> new HashSet<>()).add(v);
    }

    private Set<Triple> expand(Graph base) {
        Set<Triple> out = new HashSet<>();
        Deque<Triple> work = new ArrayDeque<>();
        base.find().forEachRemaining(t -> {
            consequences(t, work);
            drain(base, out, work);
        });
        return out;
    }

    private void drain(Graph base, Set<Triple> out, Deque<Triple> work) {
        while (!work.isEmpty()) {
            Triple c = work.pop();
            // A triple of the graph is expanded in its own turn; a new one is expanded once.
            if (!base.contains(c) && out.add(c)) {
                consequences(c, work);
            }
        }
    }

    /** The rules' direct consequences of one triple. */
    private void consequences(Triple t, Deque<Triple> work) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (p.equals(TYPE)) {
            for (Node d : superClasses.getOrDefault(o, Set.of())) {
                push(work, s, TYPE, d);
            }
        }
        for (Node q : superProperties.getOrDefault(p, Set.of())) {
            push(work, s, q, o);
        }
        if (symmetric.contains(p)) {
            push(work, o, p, s);
        }
        for (Node q : inverseOf.getOrDefault(p, Set.of())) {
            push(work, o, q, s);
        }
        for (Node q : inverseOfBack.getOrDefault(p, Set.of())) {
            push(work, o, q, s);
        }
        for (Node c : domains.getOrDefault(p, Set.of())) {
            push(work, s, TYPE, c);
        }
        if (!o.isLiteral()) {
            for (Node c : ranges.getOrDefault(p, Set.of())) {
                push(work, o, TYPE, c);
            }
        }
    }

    private static void push(Deque<Triple> work, Node s, Node p, Node o) {
        // The rules bind any node, but RDF has no literal subjects nor non-IRI predicates.
        if (!s.isLiteral() && p.isURI()) {
            work.push(Triple.create(s, p, o));
        }
    }
}
