package org.entente.loader.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.loader.mapping.GraphNames;

/**
 * Computes the inferred graph: the corroborations of article statements, then the
 * entailments of the ontology's subclass, subproperty, symmetric, inverse, domain and range axioms
 * ({@code entailment.rules}), keeping only what is not already asserted.
 *
 * <p>The rules are applied by {@link SchemaClosure}, a single pass over the triples, rather than by
 * Jena's forward rule engine over the whole copy; both give the same triples (a test compares
 * them), and the single pass is several times faster and needs no join memories. The rules file
 * stays the specification: loading it checks that it holds exactly the rules implemented.
 */
public final class Materializer {
    private static final String RULES = "org/entente/loader/inference/entailment.rules";

    private final List<Rule> rules;

    public Materializer() {
        try (InputStream in = Materializer.class.getClassLoader().getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RULES);
            }
            this.rules = Rule.parseRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = rules.stream().map(Rule::getName).toList();
        if (!names.equals(SchemaClosure.RULES)) {
            throw new IllegalStateException(RULES + " has the rules " + names + " but the Materializer implements "
                    + SchemaClosure.RULES + "; change SchemaClosure with the rules");
        }
    }

    /** What Jena's forward rule engine deduces from a graph with the rules file, for comparison. */
    Set<Triple> ruleEngineDeductions(Graph base) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(base);
        inf.prepare();
        Set<Triple> out = new HashSet<>();
        inf.getDeductionsGraph().find().forEachRemaining(t -> {
            if (!base.contains(t)) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * What {@link #materialize} computes: the inferred graph, and the closure, which holds every
     * asserted triple plus the inferred ones (what the store's union graph holds once the inferred
     * graph is written), in memory.
     */
    public record Result(Graph inferred, Graph closure) {}

    /**
     * The inferred triples and the closure (asserted plus inferred), both in memory.
     *
     * <p>Deductions are kept only if they are not asserted. That check runs against the in-memory
     * copy of the asserted triples, never against {@code asserted} itself: over a union of a
     * store's named graphs each look-up asks every graph, so the cost would grow with deductions
     * times graphs. The copy also holds the derived triples, which are in the result anyway, so
     * the inferred graph is the same as filtering against {@code asserted}.
     *
     * <p>Nothing inferred depends on the day of loading, so nothing in the inferred graph goes
     * stale while a server runs.
     */
    public Result materialize(DatasetGraph dsg, Graph asserted, GraphNames graphs) {
        Graph base = GraphFactory.createGraphMem();
        asserted.find().forEachRemaining(base::add);
        return materializeInto(dsg, base, graphs);
    }

    /**
     * As {@link #materialize}, from an in-memory graph that already holds every asserted triple
     * (a bulk load collects them as it maps its sources): that graph becomes the closure.
     *
     * @param reference a dataset with at least the reference graphs (countries, organisations) that
     *        corroborations are checked against
     */
    public Result materializeInto(DatasetGraph reference, Graph base, GraphNames graphs) {
        DatasetGraph dsg = reference;
        Graph derived = GraphFactory.createGraphMem();
        Derivations.corroborations(dsg, base, graphs).forEach(derived::add);
        derived.find().forEachRemaining(base::add);

        Graph out = GraphFactory.createGraphMem();
        derived.find().forEachRemaining(out::add);
        List<Triple> deductions = new ArrayList<>();
        for (Triple t : SchemaClosure.deductions(base)) {
            if (keep(t)) {
                deductions.add(t);
            }
        }
        deductions.forEach(out::add);
        // The copy becomes the closure.
        deductions.forEach(base::add);
        return new Result(out, base);
    }

    /** Deductions about blank nodes (the ontology's axioms) are not data. */
    private static boolean keep(Triple t) {
        return !t.getSubject().isBlank() && !t.getObject().isBlank();
    }
}
