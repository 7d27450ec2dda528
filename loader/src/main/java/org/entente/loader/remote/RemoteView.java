package org.entente.loader.remote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.query.Query;
import org.entente.loader.store.ReadAhead;

/**
 * A remote store seen as a dataset, through a local copy of only the part that is read: each
 * look-up ({@code find}, {@code contains}, over a named graph or the union) that the copy cannot
 * answer yet fetches the quads that match it, with one SPARQL SELECT over the query endpoint,
 * and remembers that the copy now holds every quad matching that pattern. A load runs the same
 * steps over this view as over a local store ({@link org.entente.loader.LoadSteps}), so it reads
 * exactly the quads those steps look at, and sees the same answers: the copy is a subset of the
 * remote quads that is complete for every pattern asked.
 *
 * <ul>
 * <li>A graph can be <em>owned</em>: read whole once ({@link #readWhole}), or written by the load
 * (the article's graph). The copy is then the truth for it: queries never bring its quads again.</li>
 * <li>Writes change only the copy (the caller sends the difference as one update); a quad
 * deleted here is never brought back by a later fetch.</li>
 * <li>Terms are bound as typed RDF terms in the query's VALUES block, never spliced into text.
 * Patterns with a blank node are answered by the copy alone: a store written by a load has blank
 * nodes only in the ontology graph (its axioms), which is read whole, and the labels of blank
 * nodes in a result set name nothing at the store.</li>
 * <li>{@link ReadAhead} hints fetch many patterns in one request (one per shape of pattern).</li>
 * </ul>
 *
 * The default graph is not read (a load writes named graphs only).
 */
final class RemoteView extends DatasetGraphWrapper implements ReadAhead {
    private static final Var G = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    /** Rows of VALUES per request. */
    private static final int BATCH = 400;

    private final RemoteStore remote;
    private final DatasetGraph mem;
    private final Set<Node> owned = new HashSet<>();
    private final Set<Quad> deleted = new HashSet<>();
    /** Patterns (graph, subject, predicate, object; ANY where open) whose matches the copy holds. */
    private final Set<Quad> complete = new HashSet<>();
    private final Map<Node, Boolean> graphs = new LinkedHashMap<>();
    private long quadsFetched;
    private long requests;

    /**
     * The copy is Jena's in-memory dataset with quad indexes (TIM), not a map of graphs: SHACL reads
     * the union graph, and a map of graphs answers each union look-up by asking every graph it
     * holds. A shared node (a month such as 2018-06, restated by every article that dates a fact
     * in it) brings a few quads from each of hundreds of article graphs at 10 M quads, so that
     * cost grew with the store (the validation of one article: 4.9 s at 10 M against 2.2 s at the
     * bundled-only store, 1.5 s with the indexes).
     */
    RemoteView(RemoteStore remote) {
        this(remote, DatasetGraphFactory.createTxnMem());
    }

    private RemoteView(RemoteStore remote, DatasetGraph mem) {
        super(mem);
        this.remote = remote;
        this.mem = mem;
    }

    /** How many quads (or triples of whole graphs) were fetched so far. */
    long quadsFetched() {
        return quadsFetched;
    }

    /** How many requests fetched them. */
    long requests() {
        return requests;
    }

    /** Reads a remote graph whole (one CONSTRUCT) and owns it: later look-ups in it stay local. */
    void readWhole(Node graph) {
        if (owned.contains(graph)) {
            return;
        }
        Graph g = remote.graph(graph);
        requests++;
        quadsFetched += g.size();
        mem.removeGraph(graph);
        if (!g.isEmpty()) {
            g.find().forEachRemaining(t -> mem.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        owned.add(graph);
        graphs.put(graph, !g.isEmpty());
    }

    @Override
    public void readAhead(Collection<Triple> patterns) {
        List<Quad> wanted = new ArrayList<>();
        Set<Quad> seen = new HashSet<>();
        for (Triple t : patterns) {
            Quad q = new Quad(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
            if (fetchable(q) && !covered(q) && seen.add(q)) {
                wanted.add(q);
            }
        }
        fetch(wanted);
    }

    /**
     * {@code SELECT ?i WHERE { VALUES (?i ?s ?p ?o) { rows, UNDEF where open } FILTER EXISTS {
     * GRAPH ?g { ?s ?p ?o } FILTER (?g != skip && (?g != derivedIn || (?p IN (derived) && ?s NOT IN (notSubjects)))) } }},
     * built with Jena's syntax classes: the store stops at the first quad that supports a pattern
     * (a pattern such as {@code (?, ent:hasMember, NATO)} matches thousands of article graphs at
     * 10 M quads, which a join would list). Asked of the store as it was fetched (the caller has not
     * written yet), so the copy's own writes play no part. Patterns with a blank node are answered
     * by the copy (the ontology's axioms are read whole).
     */
    @Override
    public Set<Triple> supported(Collection<Triple> patterns, Node skip, Node derivedIn, Set<Node> derived, Set<Node> notSubjects) {
        Var i = Var.alloc("i");
        List<Triple> all = new ArrayList<>();
        Set<Triple> out = new HashSet<>();
        for (Triple t : patterns) {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                Iterator<Quad> it = mem.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!q.getGraph().equals(skip) && (!q.getGraph().equals(derivedIn)
                            || (derived.contains(q.getPredicate()) && !notSubjects.contains(q.getSubject())))) {
                        out.add(t);
                        break;
                    }
                }
            } else {
                all.add(t);
            }
        }
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Triple> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<Binding> rows = new ArrayList<>();
            for (int k = 0; k < batch.size(); k++) {
                Triple t = batch.get(k);
                BindingBuilder b = BindingBuilder.create();
                b.add(i, org.apache.jena.graph.NodeFactory.createLiteralDT(Integer.toString(k),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
                Node[] n = {t.getSubject(), t.getPredicate(), t.getObject()};
                Var[] v = {S, P, O};
                for (int j = 0; j < 3; j++) {
                    if (!n[j].equals(Node.ANY)) {
                        b.add(v[j], n[j]);
                    }
                }
                rows.add(b.build());
            }
            ElementGroup body = new ElementGroup();
            body.addElement(new ElementData(List.of(i, S, P, O), rows));
            ElementTriplesBlock triple = new ElementTriplesBlock();
            triple.addTriple(Triple.create(S, P, O));
            ElementGroup support = new ElementGroup();
            support.addElement(new ElementNamedGraph(G, triple));
            org.apache.jena.sparql.expr.ExprVar g = new org.apache.jena.sparql.expr.ExprVar(G);
            org.apache.jena.sparql.expr.ExprList derivedList = new org.apache.jena.sparql.expr.ExprList();
            derived.forEach(d -> derivedList.add(org.apache.jena.sparql.expr.NodeValue.makeNode(d)));
            org.apache.jena.sparql.expr.Expr inDerived = new org.apache.jena.sparql.expr.E_OneOf(
                    new org.apache.jena.sparql.expr.ExprVar(P), derivedList);
            if (!notSubjects.isEmpty()) {
                org.apache.jena.sparql.expr.ExprList own = new org.apache.jena.sparql.expr.ExprList();
                notSubjects.forEach(x -> own.add(org.apache.jena.sparql.expr.NodeValue.makeNode(x)));
                inDerived = new org.apache.jena.sparql.expr.E_LogicalAnd(inDerived,
                        new org.apache.jena.sparql.expr.E_NotOneOf(new org.apache.jena.sparql.expr.ExprVar(S), own));
            }
            org.apache.jena.sparql.expr.Expr filter = new org.apache.jena.sparql.expr.E_LogicalAnd(
                    new org.apache.jena.sparql.expr.E_NotEquals(g, org.apache.jena.sparql.expr.NodeValue.makeNode(skip)),
                    new org.apache.jena.sparql.expr.E_LogicalOr(
                            new org.apache.jena.sparql.expr.E_NotEquals(g, org.apache.jena.sparql.expr.NodeValue.makeNode(derivedIn)),
                            inDerived));
            support.addElement(new org.apache.jena.sparql.syntax.ElementFilter(filter));
            body.addElement(new org.apache.jena.sparql.syntax.ElementFilter(new org.apache.jena.sparql.expr.E_Exists(support)));
            Query q = new Query();
            q.setQuerySelectType();
            q.addResultVar(i);
            q.setQueryPattern(body);
            List<Binding> answer = remote.select(q);
            requests++;
            quadsFetched += answer.size();
            for (Binding b : answer) {
                out.add(batch.get(Integer.parseInt(b.get(i).getLiteralLexicalForm())));
            }
        }
        return out;
    }

    private void ensure(Node g, Node s, Node p, Node o) {
        Node graph = g == null || g.equals(Node.ANY) || Quad.isUnionGraph(g) ? Node.ANY : g;
        if (Quad.isDefaultGraph(graph) || (!graph.equals(Node.ANY) && owned.contains(graph))) {
            return;
        }
        Quad q = new Quad(graph, any(s), any(p), any(o));
        if (fetchable(q) && !covered(q)) {
            fetch(List.of(q));
        }
    }

    private static Node any(Node n) {
        return n == null ? Node.ANY : n;
    }

    private static boolean fetchable(Quad q) {
        for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
            if (n.isBlank() || (!n.equals(Node.ANY) && n.isNodeTriple())) {
                return false;
            }
        }
        return true;
    }

    /** True if a pattern that the copy holds whole includes this one. */
    private boolean covered(Quad q) {
        Node[] n = {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()};
        for (int mask = 0; mask < 16; mask++) {
            Node[] m = new Node[4];
            boolean useless = false;
            for (int i = 0; i < 4; i++) {
                boolean open = (mask & (1 << i)) != 0;
                if (open && n[i].equals(Node.ANY)) {
                    useless = true; // the same pattern as with this bit clear
                    break;
                }
                m[i] = open ? Node.ANY : n[i];
            }
            if (!useless && complete.contains(new Quad(m[0], m[1], m[2], m[3]))) {
                return true;
            }
        }
        return false;
    }

    /** Fetches the quads matching the patterns: one SELECT per shape of pattern and batch of rows. */
    private void fetch(List<Quad> patterns) {
        Map<Integer, List<Quad>> byShape = new LinkedHashMap<>();
        for (Quad q : patterns) {
            byShape.computeIfAbsent(shape(q), k -> new ArrayList<>()).add(q);
        }
        for (Map.Entry<Integer, List<Quad>> e : byShape.entrySet()) {
            List<Quad> all = e.getValue();
            for (int i = 0; i < all.size(); i += BATCH) {
                List<Quad> batch = all.subList(i, Math.min(all.size(), i + BATCH));
                List<Binding> rows = remote.select(query(e.getKey(), batch));
                requests++;
                quadsFetched += rows.size();
                for (Binding b : rows) {
                    Quad q = new Quad(b.get(G), b.get(S), b.get(P), b.get(O));
                    if (!owned.contains(q.getGraph()) && !deleted.contains(q)) {
                        mem.add(q);
                    }
                }
                complete.addAll(batch);
            }
        }
    }

    /** Which of graph, subject, predicate, object a pattern binds (bits 0 to 3). */
    private static int shape(Quad q) {
        Node[] n = {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()};
        int shape = 0;
        for (int i = 0; i < 4; i++) {
            if (!n[i].equals(Node.ANY)) {
                shape |= 1 << i;
            }
        }
        return shape;
    }

    /**
     * {@code SELECT ?g ?s ?p ?o WHERE { VALUES (bound variables) { rows } GRAPH ?g { ?s ?p ?o } }},
     * built with Jena's syntax classes: the bound terms are RDF terms in the VALUES rows.
     */
    private static Query query(int shape, List<Quad> batch) {
        Var[] vars = {G, S, P, O};
        List<Var> bound = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            if ((shape & (1 << i)) != 0) {
                bound.add(vars[i]);
            }
        }
        ElementGroup body = new ElementGroup();
        if (!bound.isEmpty()) {
            List<Binding> rows = new ArrayList<>();
            for (Quad q : batch) {
                Node[] n = {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()};
                BindingBuilder b = BindingBuilder.create();
                for (int i = 0; i < 4; i++) {
                    if ((shape & (1 << i)) != 0) {
                        b.add(vars[i], n[i]);
                    }
                }
                rows.add(b.build());
            }
            body.addElement(new ElementData(bound, rows));
        }
        ElementTriplesBlock triple = new ElementTriplesBlock();
        triple.addTriple(Triple.create(S, P, O));
        body.addElement(new ElementNamedGraph(G, triple));
        Query q = new Query();
        q.setQuerySelectType();
        for (Var v : vars) {
            q.addResultVar(v);
        }
        q.setQueryPattern(body);
        return q;
    }

    // ---- reads: fetch what is missing, then answer from the copy

    @Override
    public Iterator<Quad> find() {
        ensure(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        return mem.find();
    }

    @Override
    public Iterator<Quad> find(Quad q) {
        ensure(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        return mem.find(q);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        ensure(g, s, p, o);
        return mem.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        ensure(g, s, p, o);
        return mem.findNG(g, s, p, o);
    }

    @Override
    public boolean contains(Quad q) {
        ensure(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        return mem.contains(q);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        ensure(g, s, p, o);
        return mem.contains(g, s, p, o);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Graph getDefaultGraph() {
        return mem.getDefaultGraph();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        if (owned.contains(graphNode)) {
            return mem.containsGraph(graphNode) && !mem.getGraph(graphNode).isEmpty();
        }
        return graphs.computeIfAbsent(graphNode, g -> {
            requests++;
            return remote.containsGraph(g);
        });
    }

    /** Every graph of the store, as the load has changed them (lists the remote graphs: a pass over the store). */
    @Override
    public Iterator<Node> listGraphNodes() {
        Set<Node> out = new java.util.LinkedHashSet<>();
        requests++;
        for (Node g : remote.graphNames()) {
            if (!owned.contains(g)) {
                out.add(g);
            }
        }
        for (Node g : owned) {
            if (containsGraph(g)) {
                out.add(g);
            }
        }
        return out.iterator();
    }

    @Override
    public long size() {
        long n = 0;
        for (Iterator<Node> it = listGraphNodes(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    // ---- writes: to the copy only

    @Override
    public void addGraph(Node graphName, Graph graph) {
        owned.add(graphName);
        mem.removeGraph(graphName);
        graph.find().forEachRemaining(t -> mem.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node graphName) {
        owned.add(graphName);
        mem.removeGraph(graphName);
    }

    @Override
    public void add(Quad q) {
        deleted.remove(q);
        mem.add(q);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(new Quad(g, s, p, o));
    }

    @Override
    public void delete(Quad q) {
        deleted.add(q);
        mem.delete(q);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(new Quad(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        List<Quad> gone = new ArrayList<>();
        find(g, s, p, o).forEachRemaining(gone::add);
        gone.forEach(this::delete);
    }
}
