package org.entente.loader.remote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.entente.loader.LoadReport;
import org.entente.loader.LoadSteps;
import org.entente.loader.Loader;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;

/**
 * Loads into a store reached over HTTP (a running {@code kg serve}, or any SPARQL 1.1 Graph Store
 * Protocol store), with the same mapping, inference and validation as a local load:
 *
 * <ol>
 * <li>read the store's graphs (those the load does not replace) into memory;</li>
 * <li>map the sources locally, compute the inferred graph over the result, validate it;</li>
 * <li>send each source graph with one GSP PUT, then the inferred graph.</li>
 * </ol>
 *
 * Nothing is sent unless steps 1 and 2 succeed. Each PUT replaces one graph atomically; between
 * the PUTs, readers may see new source graphs with the old inferred graph for a moment.
 */
public final class RemoteLoader {
    private final RemoteStore remote;
    private final LoadSteps steps;
    private final GraphNames graphs;
    private final Loader.Progress progress;

    public RemoteLoader(RemoteStore remote, GraphNames graphs, Clock clock, boolean validate, Loader.Progress progress) {
        this.remote = remote;
        this.steps = new LoadSteps(graphs, clock, validate, progress);
        this.graphs = graphs;
        this.progress = progress;
    }

    /** Loads the ontology, the reference data and the bundled articles. */
    public LoadReport loadBundled() {
        long t0 = System.nanoTime();
        List<Node> names = remoteGraphs();
        List<LoadSteps.SourceGraph> sources = steps.mapBundled().sources();
        DatasetGraph copy = fetch(names, sources);
        return send(copy, sources, t0);
    }

    /** Adds an article, or replaces the one with the same id. */
    public LoadReport loadArticle(Input factsInput, Input text) {
        long t0 = System.nanoTime();
        FactsDocument facts = FactsReader.read(factsInput);
        List<Node> names = remoteGraphs();
        DatasetGraph copy = fetch(names, List.of());
        progress.step("mapping " + factsInput.name());
        List<LoadSteps.SourceGraph> sources = steps.mapArticle(facts, text, copy);
        return send(copy, sources, t0);
    }

    private List<Node> remoteGraphs() {
        progress.step("listing the graphs at " + remote.queryEndpoint());
        List<Node> names = remote.graphNames();
        steps.checkBase(names);
        return names;
    }

    /** The remote graphs that the load keeps, in memory (the inferred graph is recomputed, so not fetched). */
    private DatasetGraph fetch(List<Node> names, List<LoadSteps.SourceGraph> replaced) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Set<Node> skip = new HashSet<>();
        skip.add(graphs.inferred().asNode());
        replaced.forEach(r -> skip.add(r.name().asNode()));
        for (Node name : names) {
            if (skip.contains(name)) {
                continue;
            }
            progress.step("reading " + name.getURI());
            copy.addGraph(name, remote.get(name));
        }
        return copy;
    }

    private LoadReport send(DatasetGraph copy, List<LoadSteps.SourceGraph> sources, long t0) {
        steps.replaceAndInfer(copy, sources.iterator(), sources.size(), t0);
        long s = System.nanoTime();
        List<LoadReport.GraphLoad> sent = new ArrayList<>();
        List<Node> order = new ArrayList<>();
        sources.forEach(r -> order.add(r.name().asNode()));
        order.add(graphs.inferred().asNode());
        for (Node name : order) {
            long t = System.nanoTime();
            Graph g = copy.getGraph(name);
            progress.step("sending " + name.getURI() + " (" + g.size() + " triples)");
            remote.put(name, g);
            sent.add(new LoadReport.GraphLoad(name.getURI(), g.size(), (System.nanoTime() - t) / 1_000_000));
        }
        progress.phase(Loader.Phase.SEND, (System.nanoTime() - s) / 1_000_000);
        return new LoadReport(sent, (System.nanoTime() - t0) / 1_000_000);
    }
}
