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
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.entente.loader.LoadReport;
import org.entente.loader.LoadSteps;
import org.entente.loader.Loader;
import org.entente.loader.UsageException;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;

/**
 * Loads into a store reached over HTTP (a running {@code kg serve}, or any SPARQL 1.1 store with
 * Query, Update and the Graph Store Protocol), with the same mapping, inference and validation as
 * a local load.
 *
 * <p>The bundled data: read the store's graphs (those the load does not replace) into memory, map
 * the sources, compute the inferred graph over the result, validate it, then send each source
 * graph with one GSP PUT, and the inferred graph. Nothing is sent unless the first steps succeed;
 * between the PUTs, readers may see new source graphs with the old inferred graph for a moment.
 *
 * <p>One article (added, replaced or removed): the incremental steps of a local load run over a
 * {@link RemoteView} of the store, which fetches only what they read, and the change is sent as
 * ONE SPARQL Update request (docs/incremental.md, "Over HTTP").
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
        DatasetGraph copy = fetch(names, sources, false);
        return send(copy, sources, t0);
    }

    /**
     * Adds an article, or replaces the one with the same id, with ONE SPARQL Update request (one
     * transaction at the store): the article's graph, and the triples that enter and leave the
     * inferred graph, computed here as a local incremental load computes them
     * ({@link LoadSteps#replaceArticle}), over a {@link RemoteView} of the store: the ontology and
     * the reference graphs the mapping and the corroborations read whole, and, for everything
     * else, only the quads the steps look up (docs/incremental.md, "Over HTTP").
     */
    public LoadReport loadArticle(Input factsInput, Input text) {
        long t0 = System.nanoTime();
        FactsDocument facts = FactsReader.read(factsInput);
        RemoteView view = view();
        progress.step("mapping " + factsInput.name());
        LoadSteps.SourceGraph g = steps.mapArticle(facts, text, view).get(0);
        return sendUpdate(view, steps.replaceArticle(view, g.name(), g.model(), t0), g.name().asNode(), t0);
    }

    /** Removes an article and what only it supported, with ONE SPARQL Update request. */
    public LoadReport unloadArticle(String id) {
        long t0 = System.nanoTime();
        Node name = steps.articleGraph(id).asNode();
        RemoteView view = view();
        if (!view.containsGraph(name)) {
            throw new UsageException("the store at " + remote.queryEndpoint() + " has no article with id '" + id + "'");
        }
        return sendUpdate(view, steps.replaceArticle(view, steps.articleGraph(id), null, t0), name, t0);
    }

    /** What the last article load or unload fetched from the store: quads (or triples of whole graphs) and requests. */
    public record Fetched(long quads, long requests) {}

    private Fetched fetched = new Fetched(0, 0);

    /** What the last {@link #loadArticle} or {@link #unloadArticle} fetched from the store. */
    public Fetched fetched() {
        return fetched;
    }

    /** A view of the remote store for one article: its base checked, the graphs read whole that every article load reads. */
    private RemoteView view() {
        RemoteView view = new RemoteView(remote);
        progress.step("reading the ontology and the reference graphs at " + remote.queryEndpoint());
        steps.checkBase(view);
        for (Node g : List.of(graphs.ontology().asNode(), graphs.countries().asNode(), graphs.organisations().asNode())) {
            view.readWhole(g);
        }
        return view;
    }

    /** The update of one article: its graph replaced (or dropped), the inferred graph's changes. */
    private LoadReport sendUpdate(RemoteView copy, LoadSteps.ArticleUpdate u, Node article, long t0) {
        fetched = new Fetched(copy.quadsFetched(), copy.requests());
        progress.step("fetched " + fetched.quads() + " quads from the store in " + fetched.requests() + " requests");
        long s = System.nanoTime();
        Node inferred = graphs.inferred().asNode();
        UpdateRequest request = new UpdateRequest();
        request.add(new UpdateDrop(article, true));
        if (!u.after().isEmpty()) {
            request.add(new UpdateDataInsert(quads(article, u.after().find().toList())));
        }
        long inferredTriples;
        if (u.inferred() == null) {
            Graph all = copy.getGraph(inferred);
            request.add(new UpdateDrop(inferred, true));
            request.add(new UpdateDataInsert(quads(inferred, all.find().toList())));
            inferredTriples = all.size();
        } else {
            if (!u.inferred().removed().isEmpty()) {
                request.add(new UpdateDataDelete(quads(inferred, u.inferred().removed())));
            }
            if (!u.inferred().added().isEmpty()) {
                request.add(new UpdateDataInsert(quads(inferred, u.inferred().added())));
            }
            inferredTriples = u.inferred().added().size() + u.inferred().removed().size();
        }
        progress.step("sending one update: " + article.getURI() + " (" + u.after().size() + " triples), "
                + inferredTriples + " inferred triples changed");
        remote.update(request);
        long sendMillis = (System.nanoTime() - s) / 1_000_000;
        progress.phase(Loader.Phase.SEND, sendMillis);
        List<LoadReport.GraphLoad> sent = List.of(new LoadReport.GraphLoad(article.getURI(), u.after().size(), sendMillis),
                new LoadReport.GraphLoad(inferred.getURI(), inferredTriples, sendMillis));
        return new LoadReport(sent, (System.nanoTime() - t0) / 1_000_000);
    }

    private static QuadDataAcc quads(Node graph, java.util.Collection<org.apache.jena.graph.Triple> triples) {
        QuadDataAcc acc = new QuadDataAcc();
        triples.forEach(t -> acc.addQuad(new Quad(graph, t)));
        return acc;
    }

    private List<Node> remoteGraphs() {
        progress.step("listing the graphs at " + remote.queryEndpoint());
        List<Node> names = remote.graphNames();
        steps.checkBase(names);
        return names;
    }

    /** The remote graphs that the load keeps, in memory (the inferred graph is recomputed, so not fetched). */
    private DatasetGraph fetch(List<Node> names, List<LoadSteps.SourceGraph> replaced, boolean withInferred) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Set<Node> skip = new HashSet<>();
        if (!withInferred) {
            skip.add(graphs.inferred().asNode());
        }
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
