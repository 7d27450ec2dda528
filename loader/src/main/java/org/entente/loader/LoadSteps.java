package org.entente.loader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.entente.loader.inference.Materializer;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.mapping.ReferenceMapper;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.entente.loader.source.ReferenceData;
import org.entente.loader.validate.ShapesValidator;
import org.entente.loader.validate.ValidationException;
import org.entente.ontology.IriScheme;
import org.entente.ontology.Ontology;

/**
 * The steps of a load, over any dataset: map sources to their graphs, replace those graphs,
 * compute the inferred graph from all the others, validate. {@link Loader} runs them inside one
 * write transaction of the local store; {@link org.entente.loader.remote.RemoteLoader} runs them
 * over an in-memory copy of a remote store's graphs and then sends the results.
 */
public final class LoadSteps {
    private final GraphNames graphs;
    private final Clock clock;
    private final boolean validate;
    private final Loader.Progress progress;
    private final Materializer materializer = new Materializer();

    public LoadSteps(GraphNames graphs, Clock clock, boolean validate, Loader.Progress progress) {
        this.graphs = graphs;
        this.clock = clock;
        this.validate = validate;
        this.progress = progress;
    }

    public GraphNames graphs() {
        return graphs;
    }

    /** The bundled sources, each as the graph it replaces, and the catalogue of reference entities they were mapped against. */
    public record Bundled(Map<Resource, Model> sources, Catalogue catalogue) {}

    /** The bundled sources, each as the graph it replaces: the ontology, the reference graphs, every bundled article. */
    public Map<Resource, Model> mapBundled() {
        return mapBundledSources().sources();
    }

    /** As {@link #mapBundled}, with the catalogue, for mapping more articles against the same reference data. */
    public Bundled mapBundledSources() {
        progress.step("reading the reference data");
        ReferenceData reference = BundledData.reference();
        Map<Resource, Model> out = new LinkedHashMap<>();
        out.put(graphs.ontology(), Ontology.ontology());
        out.putAll(ReferenceMapper.map(reference, graphs));
        Catalogue catalogue = Catalogue.of(reference, graphs.scheme());
        for (BundledData.Article a : BundledData.articles()) {
            progress.step("mapping " + a.facts().name());
            FactsDocument facts = FactsReader.read(a.facts());
            out.put(graphs.article(ArticleMapper.articleId(facts)), ArticleMapper.map(facts, a.text(), catalogue, graphs));
        }
        return new Bundled(out, catalogue);
    }

    /**
     * One article as its graph, its references resolved against the entities of a dataset (which
     * must already hold the reference data).
     */
    public Map<Resource, Model> mapArticle(FactsDocument facts, Input text, DatasetGraph known) {
        if (!known.containsGraph(graphs.countries().asNode())) {
            throw new UsageException("the store has no reference data yet; load the bundled data first ('kg load')");
        }
        Catalogue catalogue = Catalogue.of(known.getUnionGraph(), graphs.scheme());
        Map<Resource, Model> out = new LinkedHashMap<>();
        out.put(graphs.article(ArticleMapper.articleId(facts)), ArticleMapper.map(facts, text, catalogue, graphs));
        return out;
    }

    /**
     * Replaces the source graphs in a dataset, recomputes the inferred graph and validates the
     * result (inside the caller's write transaction, if the dataset has transactions).
     *
     * @throws ValidationException if the result violates the SHACL shapes
     */
    public LoadReport replaceAndInfer(DatasetGraph dsg, Map<Resource, Model> sources, long t0) {
        List<LoadReport.GraphLoad> report = new ArrayList<>();
        long t = System.nanoTime();
        for (Map.Entry<Resource, Model> e : sources.entrySet()) {
            LoadReport.GraphLoad g = replace(dsg, e.getKey(), e.getValue());
            report.add(g);
            progress.step("replaced " + g.graph() + " (" + g.triples() + " triples)");
        }
        return inferAndValidate(dsg, report, t0, 0, millis(t));
    }

    /** Replaces one graph of a dataset with a model's triples. */
    public LoadReport.GraphLoad replace(DatasetGraph dsg, Resource name, Model model) {
        long t = System.nanoTime();
        Node n = name.asNode();
        dsg.removeGraph(n);
        dsg.addGraph(n, model.getGraph());
        return new LoadReport.GraphLoad(name.getURI(), model.size(), millis(t));
    }

    /**
     * After the source graphs are replaced: recomputes the inferred graph, writes it, and
     * validates the store's content (the in-memory closure the inference produced, which holds
     * exactly the triples of the store's union graph).
     *
     * @param report the graphs written so far; the inferred graph is added
     * @param readMapMillis and {@code writeMillis}: the phases before, for the report
     * @throws ValidationException if the result violates the SHACL shapes
     */
    public LoadReport inferAndValidate(DatasetGraph dsg, List<LoadReport.GraphLoad> report, long t0,
            long readMapMillis, long writeMillis) {
        long t = System.nanoTime();
        Materializer.Result result = materialize(dsg);
        long inference = millis(t);
        long w = System.nanoTime();
        Node inferredName = graphs.inferred().asNode();
        replaceByDifference(dsg, inferredName, result.inferred());
        long inferredWrite = millis(w);
        report.add(new LoadReport.GraphLoad(graphs.inferred().getURI(), result.inferred().size(), millis(t)));

        long validation = 0;
        if (validate) {
            progress.step("validating against the SHACL shapes");
            long v = System.nanoTime();
            List<ShapesValidator.Violation> violations = new ShapesValidator().validate(result.closure());
            validation = millis(v);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }
        return new LoadReport(report, millis(t0),
                new LoadReport.Phases(readMapMillis, writeMillis, inference, inferredWrite, validation, 0));
    }

    /**
     * Replaces a graph by deleting only the triples that go and adding only those that come. After
     * one more article, the inferred graph of a large store changes by a few hundred triples out of
     * hundreds of thousands; deleting and re-adding all of them cost far more than computing them.
     */
    static void replaceByDifference(DatasetGraph dsg, Node name, Graph replacement) {
        if (!dsg.containsGraph(name)) {
            dsg.addGraph(name, replacement);
            return;
        }
        Graph current = dsg.getGraph(name);
        List<Triple> gone = new ArrayList<>();
        Set<Triple> kept = new HashSet<>();
        current.find().forEachRemaining(t -> {
            if (replacement.contains(t)) {
                kept.add(t);
            } else {
                gone.add(t);
            }
        });
        for (Triple t : gone) {
            dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
        replacement.find().forEachRemaining(t -> {
            if (!kept.contains(t)) {
                dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    /** The inferred graph: computed from every graph of the dataset except the inferred graph itself. */
    public Graph infer(DatasetGraph dsg) {
        return materialize(dsg).inferred();
    }

    /** The inferred graph and the closure (asserted plus inferred), from every graph but the inferred one. */
    public Materializer.Result materialize(DatasetGraph dsg) {
        Node inferredName = graphs.inferred().asNode();
        List<Node> assertedNames = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (!n.equals(inferredName)) {
                assertedNames.add(n);
            }
        });
        progress.step("computing inferences");
        LocalDate today = LocalDate.now(clock);
        return materializer.materialize(dsg, new GraphUnionRead(dsg, assertedNames), graphs, today);
    }

    /** A store loaded under one base IRI must not be mixed with another: checks the names of its graphs. */
    public void checkBase(Iterable<Node> graphNames) {
        String expected = graphs.ontology().getURI();
        for (Node n : graphNames) {
            String iri = n.getURI();
            if (!iri.equals(expected)) {
                IriScheme.baseOfGraph(iri, GraphNames.ONTOLOGY).ifPresent(base -> {
                    throw new UsageException("the store was loaded with base IRI " + base + "; pass --base-iri " + base
                            + " or use another store");
                });
            }
        }
    }

    static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
