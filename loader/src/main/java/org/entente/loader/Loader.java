package org.entente.loader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
import org.entente.loader.store.KgStore;
import org.entente.loader.validate.ShapesValidator;
import org.entente.loader.validate.ValidationException;
import org.entente.ontology.Ontology;

/**
 * Loads sources into the store. Every load is one write transaction: the source graphs are
 * replaced, the inferred graph is recomputed, and the whole store is validated against the SHACL
 * shapes before the transaction commits. Any failure leaves the store exactly as it was.
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
    private final GraphNames graphs;
    private final Clock clock;
    private final boolean validate;
    private final Progress progress;
    private final Materializer materializer = new Materializer();

    public Loader(KgStore store, GraphNames graphs, Clock clock, boolean validate, Progress progress) {
        this.store = store;
        this.graphs = graphs;
        this.clock = clock;
        this.validate = validate;
        this.progress = progress;
    }

    /** A loader that validates, with the system clock and no progress output. */
    public Loader(KgStore store, GraphNames graphs) {
        this(store, graphs, Clock.systemDefaultZone(), true, Progress.none());
    }

    /** Loads the ontology, the reference data and every bundled article. */
    public LoadReport loadBundled() {
        long t0 = System.nanoTime();
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
        return store.write(dsg -> {
            checkBase(dsg);
            return replaceAndInfer(dsg, out, t0);
        });
    }

    /** Adds an article, or replaces it if the store already has an article with the same id. */
    public LoadReport loadArticle(Input factsInput, Input text) {
        long t0 = System.nanoTime();
        FactsDocument facts = FactsReader.read(factsInput);
        String id = ArticleMapper.articleId(facts);
        return store.write(dsg -> {
            checkBase(dsg);
            if (!dsg.containsGraph(graphs.countries().asNode())) {
                throw new UsageException("the store has no reference data yet; run 'kg load' first");
            }
            progress.step("mapping " + factsInput.name());
            Catalogue catalogue = Catalogue.of(dsg.getUnionGraph(), graphs.scheme());
            Model model = ArticleMapper.map(facts, text, catalogue, graphs);
            Map<Resource, Model> out = new LinkedHashMap<>();
            out.put(graphs.article(id), model);
            return replaceAndInfer(dsg, out, t0);
        });
    }

    /** Inside a write transaction: replace graphs, recompute inferences, validate. */
    private LoadReport replaceAndInfer(DatasetGraph dsg, Map<Resource, Model> sources, long t0) {
        List<LoadReport.GraphLoad> report = new ArrayList<>();
        for (Map.Entry<Resource, Model> e : sources.entrySet()) {
            long t = System.nanoTime();
            Node name = e.getKey().asNode();
            dsg.removeGraph(name);
            dsg.addGraph(name, e.getValue().getGraph());
            report.add(new LoadReport.GraphLoad(e.getKey().getURI(), e.getValue().size(), millis(t)));
            progress.step("wrote " + e.getKey().getURI() + " (" + e.getValue().size() + " triples)");
        }

        long t = System.nanoTime();
        Node inferredName = graphs.inferred().asNode();
        List<Node> assertedNames = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (!n.equals(inferredName)) {
                assertedNames.add(n);
            }
        });
        progress.step("computing inferences");
        LocalDate today = LocalDate.now(clock);
        Graph inferred = materializer.infer(dsg, new GraphUnionRead(dsg, assertedNames), graphs, today);
        dsg.removeGraph(inferredName);
        dsg.addGraph(inferredName, inferred);
        report.add(new LoadReport.GraphLoad(graphs.inferred().getURI(), inferred.size(), millis(t)));

        if (validate) {
            progress.step("validating against the SHACL shapes");
            List<ShapesValidator.Violation> violations = new ShapesValidator().validate(dsg.getUnionGraph());
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }
        return new LoadReport(report, millis(t0));
    }

    /** A store loaded under one base IRI must not be mixed with another. */
    private void checkBase(DatasetGraph dsg) {
        String expected = graphs.ontology().getURI();
        dsg.listGraphNodes().forEachRemaining(n -> {
            String iri = n.getURI();
            if (iri.endsWith("/graph/" + GraphNames.ONTOLOGY) && !iri.equals(expected)) {
                String base = iri.substring(0, iri.length() - ("graph/" + GraphNames.ONTOLOGY).length());
                throw new UsageException("the store was loaded with base IRI " + base + "; pass --base-iri " + base
                        + " or use another --store");
            }
        });
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
