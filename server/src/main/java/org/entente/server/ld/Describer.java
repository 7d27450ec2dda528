package org.entente.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.entente.loader.Prefixes;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.ENT;
import org.entente.ontology.TIME;

/**
 * Describes a resource of the store, each call in one read transaction of the {@link KgStore}. The
 * description of a resource (what its IRI dereferences to as RDF) is:
 * <ul>
 * <li>every triple with the resource as subject, from the union of all named graphs;</li>
 * <li>the triples of the nodes that belong to it: hash IRIs under its own IRI (a quote's
 * {@code #text} and {@code #position} selectors), blank nodes it points to, and, for an
 * article-derived fact, its evidence quotes with their selectors;</li>
 * <li>up to {@value #INCOMING_LIMIT} triples with the resource as object (incoming links);</li>
 * <li>for a named graph of the store, its size as {@code void:triples};</li>
 * <li>the rdfs:labels of every other IRI it mentions (English and untagged ones; all of them if
 * there are none of those), so that a client can show the description without more requests.</li>
 * </ul>
 * {@link #view} adds what the HTML page shows beyond that: memberships, treaty participations,
 * quotes and the article's text.
 */
public final class Describer {
    /** At most this many incoming triples go into a description. */
    public static final int INCOMING_LIMIT = 500;
    /** Incoming triples beyond this many are not counted exactly. */
    static final long INCOMING_COUNT_CAP = 1_000_000;

    /** An RDF description, and how many incoming triples it holds of how many there are. */
    public record Description(Node entity, Graph graph, int incomingShown, long incomingTotal) {
        public boolean incomingTruncated() {
            return incomingShown < incomingTotal;
        }
    }

    /** An n-ary membership or treaty participation, seen from the state or the other end. */
    public record NaryRow(Node node, Node state, Node other, String signed, String start, String end,
            List<String> sources) {}

    /** A quote: the passage, its context, its position in the article. */
    public record QuoteView(Node quote, Node article, String exact, String prefix, String suffix, int start, int end,
            String sentence) {
        /** The anchor of the quote on the article page: q-{start}-{end}. */
        public String anchor() {
            return "q-" + start + "-" + end;
        }
    }

    /** A fact taken from an article, with its quotes. */
    public record FactView(Node fact, List<Node> types, List<QuoteView> quotes) {}

    /** A source document with its full text, every quote from it, and the facts taken from it. */
    public record ArticleView(Node article, String title, Node published, String text, String sha256,
            List<QuoteView> quotes, List<FactView> facts) {}

    /** A dated event that names the entity (as sender, agent, place, …): its time as the data spells it (YYYY, YYYY-MM, YYYY-MM-DD). */
    public record EventView(Node event, String time) {}

    /** Everything the HTML page of a resource shows. */
    public record EntityView(Description description, Map<Node, String> labels, Set<Triple> inferredOnly,
            List<NaryRow> memberships, List<NaryRow> members, List<NaryRow> participations, List<NaryRow> parties,
            List<QuoteView> quotes, Optional<ArticleView> article, List<EventView> events) {
        public Node entity() {
            return description.entity();
        }

        public Graph graph() {
            return description.graph();
        }

        public Optional<String> label(Node n) {
            return Optional.ofNullable(labels.get(n));
        }
    }

    private final KgStore store;
    private final GraphNames graphs;

    public Describer(KgStore store, GraphNames graphs) {
        this.store = store;
        this.graphs = graphs;
    }

    /** True if the IRI is the subject or object of any triple in the store. */
    public boolean exists(String iri) {
        Node n = NodeFactory.createURI(iri);
        return store.read(dsg -> existsIn(dsg, n));
    }

    /** The RDF description of an IRI, or empty if the store does not know it. */
    public Optional<Description> describe(String iri) {
        Node n = NodeFactory.createURI(iri);
        return store.read(dsg -> existsIn(dsg, n) ? Optional.of(describeIn(dsg, n)) : Optional.<Description>empty());
    }

    /** What the HTML page of an IRI shows, or empty if the store does not know it. */
    public Optional<EntityView> view(String iri) {
        Node n = NodeFactory.createURI(iri);
        return store.read(dsg -> existsIn(dsg, n) ? Optional.of(viewIn(dsg, n)) : Optional.<EntityView>empty());
    }

    /** Known: the subject or object of a triple, or the name of a graph. */
    private static boolean existsIn(DatasetGraph dsg, Node n) {
        Graph union = dsg.getUnionGraph();
        return union.contains(n, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, n) || dsg.containsGraph(n);
    }

    // ---------------------------------------------------------------- RDF description

    private Description describeIn(DatasetGraph dsg, Node n) {
        Graph union = dsg.getUnionGraph();
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.standard(graphs.scheme()));

        Set<Node> done = new HashSet<>();
        addOwn(union, n, out, done);

        int shown = 0;
        long total = 0;
        Iterator<Triple> in = union.find(Node.ANY, Node.ANY, n);
        try {
            while (in.hasNext() && total < INCOMING_COUNT_CAP) {
                Triple t = in.next();
                total++;
                if (shown < INCOMING_LIMIT) {
                    out.add(t);
                    shown++;
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(in);
        }

        if (dsg.containsGraph(n)) {
            out.add(Triple.create(n, VOID.triples.asNode(),
                    NodeFactory.createLiteralDT(Long.toString(dsg.getGraph(n).size()), XSDDatatype.XSDinteger)));
        }

        Set<Node> mentioned = new LinkedHashSet<>();
        out.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getPredicate());
            mentioned.add(t.getObject());
        });
        for (Node m : mentioned) {
            if (m.isURI() && !done.contains(m)) {
                Labels.forLinked(union, m).forEach(out::add);
            }
        }
        return new Description(n, out, shown, total);
    }

    /** The resource's own triples, and those of the nodes that belong to it. */
    private void addOwn(Graph union, Node n, Graph out, Set<Node> done) {
        if (!done.add(n)) {
            return;
        }
        List<Triple> own = union.find(n, Node.ANY, Node.ANY).toList();
        own.forEach(out::add);
        for (Triple t : own) {
            Node o = t.getObject();
            boolean belongs = o.isBlank()
                    || (o.isURI() && n.isURI() && o.getURI().startsWith(n.getURI() + "#"))
                    || (t.getPredicate().equals(ENT.evidence.asNode()) && (o.isURI() || o.isBlank()));
            if (belongs) {
                addOwn(union, o, out, done);
            }
        }
    }

    // ---------------------------------------------------------------- HTML view

    private EntityView viewIn(DatasetGraph dsg, Node n) {
        Graph union = dsg.getUnionGraph();
        Description d = describeIn(dsg, n);

        Set<Triple> inferredOnly = new HashSet<>();
        Map<Triple, Set<Node>> graphsOf = new HashMap<>();
        dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(q -> graphsOf
                .computeIfAbsent(q.asTriple(), k -> new HashSet<>()).add(q.getGraph()));
        Node inferred = graphs.inferred().asNode();
        graphsOf.forEach((t, gs) -> {
            if (gs.size() == 1 && gs.contains(inferred)) {
                inferredOnly.add(t);
            }
        });

        List<NaryRow> memberships = nary(union, ENT.member.asNode(), n, ENT.member.asNode(), ENT.organisation.asNode());
        List<NaryRow> members = nary(union, ENT.organisation.asNode(), n, ENT.member.asNode(), ENT.organisation.asNode());
        List<NaryRow> participations = nary(union, ENT.party.asNode(), n, ENT.party.asNode(), ENT.treaty.asNode());
        List<NaryRow> parties = nary(union, ENT.treaty.asNode(), n, ENT.party.asNode(), ENT.treaty.asNode());

        List<QuoteView> quotes = new ArrayList<>();
        if (isQuote(union, n)) {
            quote(union, n).ifPresent(quotes::add);
        }
        union.find(n, ENT.evidence.asNode(), Node.ANY).forEachRemaining(t -> quote(union, t.getObject()).ifPresent(quotes::add));
        quotes.sort(Comparator.comparingInt(QuoteView::start).thenComparingInt(QuoteView::end));

        Optional<ArticleView> article = article(union, n);
        List<EventView> events = events(union, n);

        Set<Node> toLabel = new HashSet<>();
        d.graph().find().forEachRemaining(t -> {
            toLabel.add(t.getSubject());
            toLabel.add(t.getPredicate());
            toLabel.add(t.getObject());
        });
        for (List<NaryRow> rows : List.of(memberships, members, participations, parties)) {
            rows.forEach(r -> {
                toLabel.add(r.state());
                toLabel.add(r.other());
            });
        }
        quotes.forEach(q -> toLabel.add(q.article()));
        events.forEach(e -> toLabel.add(e.event()));
        article.ifPresent(a -> {
            toLabel.add(a.published());
            a.facts().forEach(f -> {
                toLabel.add(f.fact());
                toLabel.addAll(f.types());
            });
        });
        Map<Node, String> labels = new HashMap<>();
        for (Node x : toLabel) {
            if (x != null && (x.isURI() || x.isBlank())) {
                Labels.best(union, x).ifPresent(l -> labels.put(x, l));
            }
        }
        return new EntityView(d, labels, inferredOnly, memberships, members, participations, parties, quotes, article, events);
    }

    /** The events that name the entity and have a time (ent:time, an instant with its XSD position), by time. */
    private static List<EventView> events(Graph union, Node n) {
        Set<Node> seen = new LinkedHashSet<>();
        union.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> seen.add(t.getSubject()));
        List<EventView> out = new ArrayList<>();
        for (Node e : seen) {
            Node instant = one(union, e, ENT.time.asNode());
            if (instant == null) {
                continue;
            }
            String time = null;
            for (Node p : List.of(TIME.inXSDDate.asNode(), TIME.inXSDgYearMonth.asNode(), TIME.inXSDgYear.asNode())) {
                time = time != null ? time : lexical(union, instant, p);
            }
            if (time != null) {
                out.add(new EventView(e, time));
            }
        }
        out.sort(Comparator.comparing(EventView::time).thenComparing(e -> e.event().toString()));
        return out;
    }

    /** The n-ary nodes whose {@code via} is the entity, as rows. */
    private static List<NaryRow> nary(Graph union, Node via, Node entity, Node stateProp, Node otherProp) {
        List<NaryRow> rows = new ArrayList<>();
        union.find(Node.ANY, via, entity).forEachRemaining(t -> {
            Node m = t.getSubject();
            List<String> sources = new ArrayList<>();
            union.find(m, DCTerms.source.asNode(), Node.ANY).forEachRemaining(s -> {
                if (s.getObject().isURI()) {
                    sources.add(s.getObject().getURI());
                }
            });
            sources.sort(null);
            rows.add(new NaryRow(m, one(union, m, stateProp), one(union, m, otherProp),
                    lexical(union, m, ENT.signatureDate.asNode()), lexical(union, m, ENT.startDate.asNode()),
                    lexical(union, m, ENT.endDate.asNode()), sources));
        });
        rows.sort(Comparator.comparing((NaryRow r) -> r.start() == null ? "" : r.start())
                .thenComparing(r -> r.node().toString()));
        return rows;
    }

    private static boolean isQuote(Graph union, Node n) {
        return union.contains(n, RDF.type.asNode(), ENT.Quote.asNode())
                || union.contains(n, OA.hasSelector.asNode(), Node.ANY);
    }

    /** A quote node's passage and position, if it has a position selector. */
    static Optional<QuoteView> quote(Graph union, Node q) {
        String exact = null;
        String prefix = "";
        String suffix = "";
        Integer start = null;
        Integer end = null;
        for (Triple t : union.find(q, OA.hasSelector.asNode(), Node.ANY).toList()) {
            Node sel = t.getObject();
            String e = lexical(union, sel, OA.exact.asNode());
            if (e != null) {
                exact = e;
                prefix = orEmpty(lexical(union, sel, OA.prefix.asNode()));
                suffix = orEmpty(lexical(union, sel, OA.suffix.asNode()));
            }
            Integer s = integer(lexical(union, sel, OA.start.asNode()));
            Integer en = integer(lexical(union, sel, OA.end.asNode()));
            if (s != null && en != null) {
                start = s;
                end = en;
            }
        }
        if (start == null || exact == null) {
            return Optional.empty();
        }
        return Optional.of(new QuoteView(q, one(union, q, OA.hasSource.asNode()), exact, prefix, suffix, start, end,
                lexical(union, q, ENT.sentence.asNode())));
    }

    private static Optional<ArticleView> article(Graph union, Node a) {
        String text = lexical(union, a, ENT.text.asNode());
        if (text == null) {
            return Optional.empty();
        }
        String title = Optional.ofNullable(lexical(union, a, DCTerms.title.asNode()))
                .or(() -> Labels.best(union, a)).orElse(a.isURI() ? a.getURI() : "article");
        List<QuoteView> quotes = new ArrayList<>();
        union.find(Node.ANY, OA.hasSource.asNode(), a).forEachRemaining(t -> quote(union, t.getSubject()).ifPresent(quotes::add));
        quotes.sort(Comparator.comparingInt(QuoteView::start).thenComparingInt(QuoteView::end));
        Map<Node, QuoteView> byNode = new HashMap<>();
        quotes.forEach(q -> byNode.put(q.quote(), q));

        List<FactView> facts = new ArrayList<>();
        union.find(Node.ANY, ENT.accordingTo.asNode(), a).forEachRemaining(t -> {
            Node f = t.getSubject();
            List<Node> types = new ArrayList<>();
            union.find(f, RDF.type.asNode(), Node.ANY).forEachRemaining(x -> types.add(x.getObject()));
            List<QuoteView> fq = new ArrayList<>();
            union.find(f, ENT.evidence.asNode(), Node.ANY).forEachRemaining(x -> {
                QuoteView q = byNode.get(x.getObject());
                if (q != null) {
                    fq.add(q);
                }
            });
            fq.sort(Comparator.comparingInt(QuoteView::start));
            facts.add(new FactView(f, types, fq));
        });
        facts.sort(Comparator.comparingInt((FactView f) -> f.quotes().isEmpty() ? Integer.MAX_VALUE : f.quotes().get(0).start())
                .thenComparing(f -> f.fact().toString()));
        return Optional.of(new ArticleView(a, title, one(union, a, ENT.publicationTime.asNode()), text,
                lexical(union, a, ENT.sha256.asNode()), quotes, facts));
    }

    private static Node one(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static String lexical(Graph g, Node s, Node p) {
        Node o = one(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
