package org.entente.loader.inference;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
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

    /** The predicates of the schema triples (and rdf:type, for owl:SymmetricProperty). */
    private static final List<Node> SCHEMA_PREDICATES = List.of(SUB_CLASS, SUB_PROPERTY, DOMAIN, RANGE, INVERSE);

    /**
     * The schema tables of a store: every schema triple of any of its graphs. A store written by a
     * load holds the least fixpoint of the rules (the inferred graph has the schema triples the
     * rules deduce), so these are the tables {@link #deductions} ends with over the whole store.
     * Each look-up is by predicate, so the cost is the size of the schema, not of the store.
     */
    static SchemaClosure ofStore(DatasetGraph dsg) {
        SchemaClosure schema = new SchemaClosure();
        for (Node p : SCHEMA_PREDICATES) {
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> schema.learn(q.asTriple()));
        }
        dsg.find(Node.ANY, Node.ANY, TYPE, SYMMETRIC).forEachRemaining(q -> schema.learn(q.asTriple()));
        return schema;
    }

    /** The patterns {@link #ofStore} reads: one per schema predicate, and the symmetric properties. */
    static List<Triple> schemaPatterns() {
        List<Triple> out = new java.util.ArrayList<>();
        SCHEMA_PREDICATES.forEach(p -> out.add(Triple.create(Node.ANY, p, Node.ANY)));
        out.add(Triple.create(Node.ANY, TYPE, SYMMETRIC));
        return out;
    }

    /** True if the triple would change the schema tables of some store (it is a schema triple). */
    static boolean isSchemaTriple(Triple t) {
        return SCHEMA_PREDICATES.contains(t.getPredicate()) || (t.getPredicate().equals(TYPE) && t.getObject().equals(SYMMETRIC));
    }

    /** True if a rule can conclude a triple with this predicate from a triple with another one. */
    boolean canDeduce(Node predicate) {
        return symmetric.contains(predicate) || inverseOf.containsKey(predicate) || inverseOfBack.containsKey(predicate)
                || superProperties.values().stream().anyMatch(s -> s.contains(predicate));
    }

    /**
     * The closure of some triples under these tables: the triples and everything the rules entail
     * from them. Each triple's closure depends only on the tables, so the closure of a union is the
     * union of the closures. Null if a deduction is a schema triple the tables lack: the tables
     * would grow, and the closure of the rest of the store with them.
     */
    Set<Triple> closure(Collection<Triple> triples) {
        Set<Triple> out = new HashSet<>(triples);
        Deque<Triple> work = new ArrayDeque<>();
        for (Triple t : triples) {
            consequences(t, work);
            while (!work.isEmpty()) {
                Triple c = work.pop();
                if (out.add(c)) {
                    if (isSchemaTriple(c) && learnsFrom(c)) {
                        return null;
                    }
                    consequences(c, work);
                }
            }
        }
        return out;
    }

    private boolean learnsFrom(Triple t) {
        Node s = t.getSubject();
        Node o = t.getObject();
        Node p = t.getPredicate();
        if (p.equals(SUB_CLASS)) {
            return !superClasses.getOrDefault(s, Set.of()).contains(o);
        } else if (p.equals(SUB_PROPERTY)) {
            return !superProperties.getOrDefault(s, Set.of()).contains(o);
        } else if (p.equals(INVERSE)) {
            return !inverseOf.getOrDefault(s, Set.of()).contains(o);
        } else if (p.equals(DOMAIN)) {
            return !domains.getOrDefault(s, Set.of()).contains(o);
        } else if (p.equals(RANGE)) {
            return !ranges.getOrDefault(s, Set.of()).contains(o);
        }
        return !symmetric.contains(s);
    }

    /**
     * The patterns of the triples from which the rules entail some triple that matches a pattern,
     * the pattern itself included: a triple matching one of them entails a triple matching the
     * pattern, and every triple whose closure holds a match matches one of them. A pattern is a
     * triple whose subject or object may be {@link Node#ANY}. The subject or the object of the
     * pattern is bound, so is that of each antecedent (each is a look-up by node).
     */
    Set<Triple> antecedents(Triple pattern) {
        Map<Node, Set<Node>> subClasses = invert(superClasses);
        Map<Node, Set<Node>> subProperties = invert(superProperties);
        Map<Node, Set<Node>> withDomain = invert(domains);
        Map<Node, Set<Node>> withRange = invert(ranges);
        Set<Triple> seen = new HashSet<>();
        Deque<Triple> work = new ArrayDeque<>();
        work.push(pattern);
        while (!work.isEmpty()) {
            Triple u = work.pop();
            if (!seen.add(u)) {
                continue;
            }
            Node s = u.getSubject();
            Node p = u.getPredicate();
            Node o = u.getObject();
            if (p.equals(TYPE) && !s.equals(Node.ANY)) {
                Set<Node> classes = o.equals(Node.ANY) ? null : Set.of(o);
                if (classes != null) {
                    for (Node c : subClasses.getOrDefault(o, Set.of())) {
                        work.push(Triple.create(s, TYPE, c));
                    }
                }
                for (Map.Entry<Node, Set<Node>> e : withDomain.entrySet()) {
                    if (classes == null || classes.contains(e.getKey())) {
                        e.getValue().forEach(q -> work.push(Triple.create(s, q, Node.ANY)));
                    }
                }
                if (!s.isLiteral()) {
                    for (Map.Entry<Node, Set<Node>> e : withRange.entrySet()) {
                        if (classes == null || classes.contains(e.getKey())) {
                            e.getValue().forEach(q -> work.push(Triple.create(Node.ANY, q, s)));
                        }
                    }
                }
            }
            for (Node q : subProperties.getOrDefault(p, Set.of())) {
                work.push(Triple.create(s, q, o));
            }
            if (!o.isLiteral()) {
                if (symmetric.contains(p)) {
                    work.push(Triple.create(o, p, s));
                }
                for (Node q : inverseOf.getOrDefault(p, Set.of())) {
                    work.push(Triple.create(o, q, s));
                }
                for (Node q : inverseOfBack.getOrDefault(p, Set.of())) {
                    work.push(Triple.create(o, q, s));
                }
            }
        }
        return seen;
    }

    private static Map<Node, Set<Node>> invert(Map<Node, Set<Node>> m) {
        Map<Node, Set<Node>> out = new HashMap<>();
        m.forEach((k, vs) -> vs.forEach(v -> add(out, v, k)));
        return out;
    }

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
