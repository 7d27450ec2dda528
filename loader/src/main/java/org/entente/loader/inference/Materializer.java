package org.entente.loader.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.loader.mapping.GraphNames;

/**
 * Computes the inferred graph: derived current memberships and corroborations, then the
 * entailments of the ontology's subclass, subproperty, symmetric, inverse, domain and range axioms
 * (Jena's forward rule engine), keeping only what is not already asserted.
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
    }

    /**
     * The inferred triples.
     *
     * @param dsg the store's dataset, for checks against a specific reference graph
     * @param asserted every asserted triple (all graphs but the inferred one), ontology included
     * @param today the day of loading, which decides which memberships are current
     */
    public Graph infer(DatasetGraph dsg, Graph asserted, GraphNames graphs, LocalDate today) {
        Graph base = GraphFactory.createGraphMem();
        asserted.find().forEachRemaining(base::add);
        Graph derived = GraphFactory.createGraphMem();
        Derivations.currentMemberships(base, today).forEach(derived::add);
        Derivations.corroborations(dsg, base, graphs).forEach(derived::add);
        derived.find().forEachRemaining(base::add);

        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(base);
        inf.prepare();

        Graph out = GraphFactory.createGraphMem();
        derived.find().forEachRemaining(out::add);
        inf.getDeductionsGraph().find().forEachRemaining(t -> {
            if (keep(t) && !asserted.contains(t)) {
                out.add(t);
            }
        });
        return out;
    }

    /** Deductions about blank nodes (the ontology's axioms) are not data. */
    private static boolean keep(Triple t) {
        return !t.getSubject().isBlank() && !t.getObject().isBlank();
    }
}
