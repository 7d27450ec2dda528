package org.entente.loader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;

/**
 * Loads sources into the store. Every load is one write transaction: the source graphs are
 * replaced, the inferred graph is recomputed, and the whole store is validated against the SHACL
 * shapes before the transaction commits. Any failure leaves the store exactly as it was.
 * The steps themselves are in {@link LoadSteps}.
 */
public final class Loader {

    /** Receives a line for each step of a long load. */
    @FunctionalInterface
    public interface Progress {
        void step(String message);

        static Progress none() {
            return m -> { };
        }
    }

    private final KgStore store;
    private final LoadSteps steps;
    private final Progress progress;

    public Loader(KgStore store, GraphNames graphs, Clock clock, boolean validate, Progress progress) {
        this.store = store;
        this.steps = new LoadSteps(graphs, clock, validate, progress);
        this.progress = progress;
    }

    /** A loader that validates, with the system clock and no progress output. */
    public Loader(KgStore store, GraphNames graphs) {
        this(store, graphs, Clock.systemDefaultZone(), true, Progress.none());
    }

    /** Loads the ontology, the reference data and every bundled article. */
    public LoadReport loadBundled() {
        long t0 = System.nanoTime();
        Map<Resource, Model> out = steps.mapBundled();
        return store.write(dsg -> {
            steps.checkBase(graphNames(dsg));
            return steps.replaceAndInfer(dsg, out, t0);
        });
    }

    /** Adds an article, or replaces it if the store already has an article with the same id. */
    public LoadReport loadArticle(Input factsInput, Input text) {
        long t0 = System.nanoTime();
        FactsDocument facts = FactsReader.read(factsInput);
        return store.write(dsg -> {
            steps.checkBase(graphNames(dsg));
            progress.step("mapping " + factsInput.name());
            Map<Resource, Model> out = steps.mapArticle(facts, text, dsg);
            return steps.replaceAndInfer(dsg, out, t0);
        });
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
