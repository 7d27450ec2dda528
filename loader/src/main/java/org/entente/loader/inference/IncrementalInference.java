package org.entente.loader.inference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.ReadAhead;
import org.entente.ontology.ENT;

/**
 * Brings the inferred graph up to date after one article's graph changed (added, replaced or
 * removed), touching only what the article can change, with the same result as
 * {@link Materializer} over the whole store (docs/incremental.md gives the argument):
 *
 * <ol>
 * <li>the article's corroborations, before and after, read only the article's graph and the
 * reference graphs they compare it with;</li>
 * <li>the closure under the schema of the article's triples and corroborations, before and after:
 * each triple's closure depends only on the schema, so the store's closure is the union of its
 * sources' closures;</li>
 * <li>every triple of either closure (and no other) may enter or leave the inferred graph. One
 * that follows from the new graph is inferred unless some graph asserts it; one that only followed
 * from the old graph stays if another source still entails it, which is asked of the store by
 * walking the rules backwards from the triple ({@link SchemaClosure#antecedents}): a few look-ups
 * by node, not a recomputation.</li>
 * </ol>
 *
 * When this does not hold, {@link #update} returns null and the caller recomputes everything: if
 * the article has schema triples, if its closure would add one, or if a rule could deduce one of
 * the corroboration predicates.
 */
public final class IncrementalInference {
    private static final List<Node> DERIVED = List.of(ENT.corroboratedBy.asNode(), ENT.contradictedBy.asNode(),
            ENT.undecidedBy.asNode());

    private IncrementalInference() {}

    /** The triples that entered and left the inferred graph. */
    public record Change(Set<Triple> added, Set<Triple> removed) {}

    /**
     * Updates the inferred graph of a dataset whose article graph {@code article} has just been
     * replaced: it held {@code before} (empty if the article is new) and holds {@code after}
     * (empty if the article was removed).
     *
     * @return what changed in the inferred graph, or null if it must be recomputed from scratch
     *         (nothing was written then)
     */
    public static Change update(DatasetGraph dsg, GraphNames graphs, Node article, Graph before, Graph after) {
        if (hasSchemaTriple(before) || hasSchemaTriple(after)) {
            return null;
        }
        ReadAhead.hint(dsg, SchemaClosure.schemaPatterns());
        SchemaClosure schema = SchemaClosure.ofStore(dsg);
        if (DERIVED.stream().anyMatch(schema::canDeduce)) {
            return null;
        }
        Set<Triple> derivedBefore = corroborations(dsg, graphs, before);
        Set<Triple> derivedAfter = corroborations(dsg, graphs, after);
        Set<Triple> closureBefore = schema.closure(union(before, derivedBefore));
        Set<Triple> closureAfter = schema.closure(union(after, derivedAfter));
        if (closureBefore == null || closureAfter == null) {
            return null;
        }
        Node inferred = graphs.inferred().asNode();
        Set<Triple> candidates = new HashSet<>(closureBefore);
        candidates.addAll(closureAfter);
        // What the loop below looks up, for a dataset that fetches in batches (a remote store):
        // each candidate in every graph, and the antecedents of those that may have to be re-derived.
        ReadAhead.hint(dsg, candidates);
        // A remote store answers "does another source still entail it" for every antecedent pattern in one request.
        Set<Triple> supported = null;
        if (dsg instanceof ReadAhead remote) {
            Set<Triple> patterns = new HashSet<>();
            for (Triple t : closureBefore) {
                if (!closureAfter.contains(t) && !t.getSubject().isBlank() && !t.getObject().isBlank()) {
                    patterns.addAll(schema.antecedents(t));
                }
            }
            Set<Node> ownStatements = new HashSet<>();
            derivedBefore.forEach(d -> ownStatements.add(d.getSubject()));
            supported = patterns.isEmpty() ? Set.of()
                    : remote.supported(patterns, article, inferred, Set.copyOf(DERIVED), ownStatements);
        }
        List<Triple> add = new ArrayList<>();
        List<Triple> remove = new ArrayList<>();
        for (Triple t : candidates) {
            boolean want;
            if (derivedAfter.contains(t)) {
                want = true; // corroborations are in the inferred graph as the Materializer puts them
            } else if (t.getSubject().isBlank() || t.getObject().isBlank() || assertedAnywhere(dsg, t, inferred)) {
                want = false;
            } else {
                want = closureAfter.contains(t) || (supported == null ? entailedByOthers(dsg, schema, t, article, inferred, derivedBefore)
                        : schema.antecedents(t).stream().anyMatch(supported::contains));
            }
            boolean has = dsg.contains(inferred, t.getSubject(), t.getPredicate(), t.getObject());
            if (want && !has) {
                add.add(t);
            } else if (!want && has) {
                remove.add(t);
            }
        }
        for (Triple t : remove) {
            dsg.delete(inferred, t.getSubject(), t.getPredicate(), t.getObject());
        }
        for (Triple t : add) {
            dsg.add(inferred, t.getSubject(), t.getPredicate(), t.getObject());
        }
        return new Change(Set.copyOf(add), Set.copyOf(remove));
    }

    private static boolean hasSchemaTriple(Graph g) {
        Iterator<Triple> it = g.find();
        while (it.hasNext()) {
            if (SchemaClosure.isSchemaTriple(it.next())) {
                return true;
            }
        }
        return false;
    }

    /** The corroborations of an article's statements: they read the article and the reference graphs. */
    private static Set<Triple> corroborations(DatasetGraph dsg, GraphNames graphs, Graph article) {
        if (article.isEmpty()) {
            return Set.of();
        }
        MultiUnion data = new MultiUnion(new Graph[] {article, dsg.getGraph(graphs.countries().asNode()),
                dsg.getGraph(graphs.organisations().asNode())});
        return new HashSet<>(Derivations.corroborations(dsg, data, graphs));
    }

    private static List<Triple> union(Graph g, Set<Triple> more) {
        List<Triple> out = new ArrayList<>(g.size() + more.size());
        g.find().forEachRemaining(out::add);
        out.addAll(more);
        return out;
    }

    /** True if a graph other than the inferred one holds the triple. */
    private static boolean assertedAnywhere(DatasetGraph dsg, Triple t, Node inferred) {
        Iterator<Quad> it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (it.hasNext()) {
                if (!it.next().getGraph().equals(inferred)) {
                    return true;
                }
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    /**
     * True if the sources other than the article entail the triple: some triple of theirs matches
     * one of its antecedent patterns. Their triples are those of every other asserted graph, and
     * the other articles' corroborations, which are in the inferred graph (nothing else puts a
     * corroboration predicate there: no rule deduces one).
     */
    private static boolean entailedByOthers(DatasetGraph dsg, SchemaClosure schema, Triple t, Node article, Node inferred,
            Set<Triple> derivedBefore) {
        for (Triple u : schema.antecedents(t)) {
            Iterator<Quad> it = dsg.find(Node.ANY, u.getSubject(), u.getPredicate(), u.getObject());
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    Node g = q.getGraph();
                    if (g.equals(inferred)) {
                        if (DERIVED.contains(q.getPredicate()) && !derivedBefore.contains(q.asTriple())) {
                            return true;
                        }
                    } else if (!g.equals(article)) {
                        return true;
                    }
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
        return false;
    }
}
