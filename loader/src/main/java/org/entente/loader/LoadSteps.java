package org.entente.loader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.entente.loader.inference.IncrementalInference;
import org.entente.loader.inference.Materializer;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.mapping.ReferenceMapper;
import org.entente.loader.source.ArticleFiles;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.Input;
import org.entente.loader.source.InputException;
import org.entente.loader.source.ReferenceData;
import org.entente.loader.store.BulkStream;
import org.entente.loader.store.ReadAhead;
import org.entente.loader.validate.FocusNodes;
import org.entente.loader.validate.ShapesValidator;
import org.entente.loader.validate.ValidationException;
import org.entente.ontology.IriScheme;
import org.entente.ontology.Ontology;

/**
 * The steps of a load, over any dataset: map sources to their graphs, replace those graphs,
 * compute the inferred graph from all the others, validate. {@link Loader} runs them inside one
 * write transaction of the local store; {@link org.entente.loader.remote.RemoteLoader} runs them
 * over an in-memory copy of a remote store's graphs (for one article, over a view that fetches
 * only what the steps read) and then sends the results.
 */
public final class LoadSteps {
    private final GraphNames graphs;
    private final Clock clock;
    private final boolean validate;
    private final Loader.Progress progress;
    private final Materializer materializer = new Materializer();
    private final ShapesValidator validator = new ShapesValidator();
    /** How many mapped articles a bulk load keeps ready ahead of the one it sends. */
    private static final int MAP_AHEAD = 8;
    /** Threads that validate a whole closure: one per core, at most 4. */
    private static final int VALIDATION_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    public LoadSteps(GraphNames graphs, Clock clock, boolean validate, Loader.Progress progress) {
        this.graphs = graphs;
        this.clock = clock;
        this.validate = validate;
        this.progress = progress;
    }

    /** A graph that a load writes: its name and its triples. */
    public record SourceGraph(Resource name, Model model) {}

    /** The bundled sources, each as the graph it replaces, and the catalogue of reference entities they were mapped against. */
    public record Bundled(List<SourceGraph> sources, Catalogue catalogue) {}

    /** The bundled sources, each as the graph it replaces (the ontology, the reference graphs, every bundled article), with the catalogue. */
    public Bundled mapBundled() {
        progress.step("reading the reference data");
        ReferenceData reference = BundledData.reference();
        List<SourceGraph> out = new ArrayList<>();
        out.add(new SourceGraph(graphs.ontology(), Ontology.ontology()));
        ReferenceMapper.map(reference, graphs).forEach((name, model) -> out.add(new SourceGraph(name, model)));
        Catalogue catalogue = Catalogue.of(reference, graphs.scheme());
        for (ArticleFiles a : BundledData.articles()) {
            progress.step("mapping " + a.facts().name());
            out.add(mapArticle(a.document(), a.text(), catalogue));
        }
        return new Bundled(List.copyOf(out), catalogue);
    }

    /**
     * One article as its graph, its references resolved against the entities of a dataset (which
     * must already hold the reference data).
     */
    public List<SourceGraph> mapArticle(FactsDocument facts, Input text, DatasetGraph known) {
        if (!known.containsGraph(graphs.countries().asNode())) {
            throw new UsageException("the store has no reference data yet; load the bundled data first ('kg load')");
        }
        return List.of(mapArticle(facts, text, Catalogue.of(known.getUnionGraph(), graphs.scheme())));
    }

    /**
     * The articles of a folder as graphs, each read and mapped only when the iterator reaches it.
     * Two articles of the folder with the same id are an error.
     */
    public Iterator<SourceGraph> mapFolder(ArticleFolder folder, Catalogue catalogue) {
        Map<String, String> fileOfId = new HashMap<>();
        Iterator<ArticleFiles> articles = folder.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public SourceGraph next() {
                ArticleFiles a = articles.next();
                FactsDocument facts = a.document();
                String id = ArticleMapper.articleId(facts);
                String earlier = fileOfId.put(id, a.facts().name());
                if (earlier != null) {
                    throw new InputException(a.facts().name(), "article id '" + id + "' is also the id of " + earlier + " in the same folder");
                }
                return mapArticle(facts, a.text(), catalogue);
            }
        };
    }

    /**
     * The graph of the article with this id, checked as the facts format checks an article id.
     *
     * @throws UsageException if the id is not one an article can have
     */
    public Resource articleGraph(String id) {
        if (!ArticleMapper.isArticleId(id)) {
            throw new UsageException("'" + id + "' is not an article id (as a facts file's 'article:' line gives it)");
        }
        return graphs.article(id);
    }

    private SourceGraph mapArticle(FactsDocument facts, Input text, Catalogue catalogue) {
        return new SourceGraph(graphs.article(ArticleMapper.articleId(facts)), ArticleMapper.map(facts, text, catalogue, graphs));
    }

    /**
     * Replaces the source graphs in a dataset, one at a time as the iterator gives them, then
     * recomputes the inferred graph and validates the result (inside the caller's write
     * transaction, if the dataset has transactions). Reports the phases: reading and mapping (the
     * time since {@code t0} before the first write, and the time the iterator takes to give each
     * graph), the writes, the inference, the inferred graph's write and the validation.
     *
     * @param count how many graphs the iterator gives (up to 100, each is reported; beyond, every 100th)
     * @param t0 when the load started ({@link System#nanoTime()})
     * @throws ValidationException if the result violates the SHACL shapes
     */
    public LoadReport replaceAndInfer(DatasetGraph dsg, Iterator<SourceGraph> sources, int count, long t0) {
        long mapNanos = System.nanoTime() - t0;
        long writeNanos = 0;
        List<LoadReport.GraphLoad> report = new ArrayList<>();
        while (true) {
            long m = System.nanoTime();
            if (!sources.hasNext()) {
                break;
            }
            SourceGraph source = sources.next();
            long w = System.nanoTime();
            mapNanos += w - m;
            LoadReport.GraphLoad g = replace(dsg, source.name(), source.model());
            writeNanos += System.nanoTime() - w;
            report.add(g);
            if (count <= 100) {
                progress.step("replaced " + g.graph() + " (" + g.triples() + " triples)");
            } else if (report.size() % 100 == 0 || report.size() == count) {
                progress.step("wrote " + report.size() + " of " + count + " graphs");
            }
        }
        progress.phase(Loader.Phase.READ_MAP, mapNanos / 1_000_000);
        progress.phase(Loader.Phase.WRITES, writeNanos / 1_000_000);
        return inferAndValidate(dsg, report, t0);
    }

    /**
     * What {@link #replaceAndInfer} does to an empty dataset, with the quads sent to a stream (a
     * bulk writer's) instead of written: the graphs of {@code then}, as the iterator gives them,
     * then those of {@code first} that no graph of {@code then} replaces (a folder's article with
     * the id of a bundled one), then the inferred graph. Every asserted triple is also kept in one
     * in-memory graph, which the inference completes into the closure that SHACL validates; so
     * nothing is read back from a store. Reports the same phases as {@link #replaceAndInfer}; the
     * writes are the time spent handing quads to the stream.
     *
     * @param first graphs that a graph of {@code then} with the same name replaces
     * @param then graphs with distinct names
     * @param count how many graphs there are in all
     * @throws ValidationException if the result violates the SHACL shapes
     */
    public LoadReport bulkLoad(BulkStream out, List<SourceGraph> first, Iterator<SourceGraph> then, int count, long t0) {
        long mapNanos = System.nanoTime() - t0;
        long writeNanos = 0;
        Graph asserted = GraphFactory.createGraphMem();
        DatasetGraph reference = DatasetGraphFactory.createGeneral();
        Set<Node> replaced = new HashSet<>();
        List<LoadReport.GraphLoad> fromThen = new ArrayList<>();
        int done = 0;
        // The folder's articles are read and mapped ahead on a thread of their own, in order
        // (MapAhead): this thread's read+map time is its wait for the next mapped article.
        try (MapAhead<SourceGraph> ahead = new MapAhead<>(then, MAP_AHEAD, "kg-map-ahead")) {
            while (true) {
                long m = System.nanoTime();
                if (!ahead.hasNext()) {
                    break;
                }
                SourceGraph source = ahead.next();
                long w = System.nanoTime();
                mapNanos += w - m;
                fromThen.add(send(out, source, asserted, reference));
                replaced.add(source.name().asNode());
                writeNanos += System.nanoTime() - w;
                done++;
                if (count <= 100 || done % 100 == 0) {
                    progress.step("sent " + done + " of " + count + " graphs to the bulk writer");
                }
            }
        }
        List<LoadReport.GraphLoad> report = new ArrayList<>();
        long w = System.nanoTime();
        for (SourceGraph source : first) {
            if (!replaced.contains(source.name().asNode())) {
                report.add(send(out, source, asserted, reference));
            }
        }
        writeNanos += System.nanoTime() - w;
        // The asserted quads are all sent: the writer sorts them while the inference runs.
        out.mark();
        report.addAll(fromThen);
        progress.step("sent " + report.size() + " graphs to the bulk writer");
        progress.phase(Loader.Phase.READ_MAP, mapNanos / 1_000_000);
        progress.phase(Loader.Phase.WRITES, writeNanos / 1_000_000);

        long t = System.nanoTime();
        progress.step("computing inferences");
        Materializer.Result result = materializer.materializeInto(reference, asserted, graphs);
        progress.phase(Loader.Phase.INFERENCE, millis(t));
        long i = System.nanoTime();
        Node inferred = graphs.inferred().asNode();
        result.inferred().find().forEachRemaining(x -> out.quad(Quad.create(inferred, x)));
        // Every quad is sent: the bulk writer builds its indexes while the shapes are checked.
        out.finish();
        progress.phase(Loader.Phase.INFERRED_WRITE, millis(i));
        report.add(new LoadReport.GraphLoad(graphs.inferred().getURI(), result.inferred().size(), millis(t)));
        validateAll(result.closure());
        return new LoadReport(report, millis(t0));
    }

    /**
     * Validates a whole store's content (the closure the inference produced) against the SHACL
     * shapes, unless this load does not validate.
     *
     * @throws ValidationException if it violates the shapes
     */
    private void validateAll(Graph closure) {
        if (!validate) {
            return;
        }
        progress.step("validating against the SHACL shapes");
        long v = System.nanoTime();
        // The closure is in memory and no longer changes: every core checks a share of its focus nodes.
        List<ShapesValidator.Violation> violations = validator.validate(closure, VALIDATION_THREADS);
        progress.phase(Loader.Phase.VALIDATION, millis(v));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Sends a graph's quads to a stream and its triples to the in-memory copy; keeps the reference
     * graphs that corroborations are checked against.
     */
    private LoadReport.GraphLoad send(StreamRDF out, SourceGraph source, Graph asserted, DatasetGraph reference) {
        long t = System.nanoTime();
        Node n = source.name().asNode();
        Graph g = source.model().getGraph();
        g.find().forEachRemaining(x -> {
            out.quad(Quad.create(n, x));
            asserted.add(x);
        });
        if (n.equals(graphs.countries().asNode()) || n.equals(graphs.organisations().asNode())) {
            reference.addGraph(n, g);
        }
        return new LoadReport.GraphLoad(source.name().getURI(), g.size(), millis(t));
    }

    /** Replaces one graph of a dataset with a model's triples. */
    private static LoadReport.GraphLoad replace(DatasetGraph dsg, Resource name, Model model) {
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
     * @throws ValidationException if the result violates the SHACL shapes
     */
    private LoadReport inferAndValidate(DatasetGraph dsg, List<LoadReport.GraphLoad> report, long t0) {
        long t = System.nanoTime();
        Materializer.Result result = materialize(dsg);
        progress.phase(Loader.Phase.INFERENCE, millis(t));
        long w = System.nanoTime();
        replaceByDifference(dsg, graphs.inferred().asNode(), result.inferred());
        progress.phase(Loader.Phase.INFERRED_WRITE, millis(w));
        report.add(new LoadReport.GraphLoad(graphs.inferred().getURI(), result.inferred().size(), millis(t)));

        validateAll(result.closure());
        return new LoadReport(report, millis(t0));
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

    /**
     * Adds, replaces or removes one article's graph and brings the inferred graph up to date with
     * only what the article can change ({@link IncrementalInference}), then validates only the
     * focus nodes the change can affect ({@link FocusNodes}); the result is the same as
     * {@link #replaceAndInfer} would give over the whole store. Where the incremental update does
     * not apply (an article with schema triples), the inferred graph is recomputed and the whole
     * store validated, as a full load does.
     *
     * @param source the article's new graph, or null to remove the graph {@code name}
     * @throws ValidationException if the result violates the SHACL shapes
     */
    public ArticleUpdate replaceArticle(DatasetGraph dsg, Resource name, Model source, long t0) {
        progress.phase(Loader.Phase.READ_MAP, millis(t0));
        long w = System.nanoTime();
        Node n = name.asNode();
        Graph before = GraphFactory.createGraphMem();
        if (dsg.containsGraph(n)) {
            dsg.getGraph(n).find().forEachRemaining(before::add);
        }
        dsg.removeGraph(n);
        Graph after = source == null ? GraphFactory.createGraphMem() : source.getGraph();
        if (source != null) {
            dsg.addGraph(n, after);
        }
        List<LoadReport.GraphLoad> report = new ArrayList<>();
        report.add(new LoadReport.GraphLoad(name.getURI(), after.size(), millis(w)));
        progress.step((source == null ? "removed " : "replaced ") + name.getURI() + " (" + after.size() + " triples)");
        progress.phase(Loader.Phase.WRITES, millis(w));

        long t = System.nanoTime();
        progress.step("updating the inferences that follow from the article");
        IncrementalInference.Change change = IncrementalInference.update(dsg, graphs, n, before, after);
        if (change == null) {
            progress.step("the article has schema triples: recomputing every inference");
            return new ArticleUpdate(inferAndValidate(dsg, report, t0), before, after, null);
        }
        progress.phase(Loader.Phase.INFERENCE, millis(t));
        report.add(new LoadReport.GraphLoad(graphs.inferred().getURI(), change.added().size() + change.removed().size(), millis(t)));
        if (validate) {
            long v = System.nanoTime();
            List<Triple> changed = new ArrayList<>(change.added());
            changed.addAll(change.removed());
            before.find().forEachRemaining(x -> {
                if (!after.contains(x)) {
                    changed.add(x);
                }
            });
            after.find().forEachRemaining(x -> {
                if (!before.contains(x)) {
                    changed.add(x);
                }
            });
            Graph data = dsg.getUnionGraph();
            Set<Node> focus = validator.focusNodes().of(data, changed);
            readAheadNeighbourhood(dsg, data, focus, validator.focusNodes().objectTargets());
            progress.step("validating " + focus.size() + " focus nodes against the SHACL shapes");
            List<ShapesValidator.Violation> violations = validator.validate(data, focus);
            progress.phase(Loader.Phase.VALIDATION, millis(v));
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }
        return new ArticleUpdate(new LoadReport(report, millis(t0)), before, after, change);
    }

    /**
     * Tells a dataset that takes hints ({@link ReadAhead}) what validating the focus nodes reads:
     * their triples and the triples that make them targets of sh:targetObjectsOf, then the triples of the nodes they point to (the values whose class or shape a
     * constraint checks). Changes no answer; a remote store is asked two requests instead of one
     * per look-up.
     */
    private static void readAheadNeighbourhood(DatasetGraph dsg, Graph data, Set<Node> focus, Set<Node> objectTargets) {
        if (!(dsg instanceof ReadAhead)) {
            return;
        }
        List<Triple> own = new ArrayList<>();
        focus.forEach(n -> {
            own.add(Triple.create(n, Node.ANY, Node.ANY));
            objectTargets.forEach(p -> own.add(Triple.create(Node.ANY, p, n)));
        });
        ReadAhead.hint(dsg, own);
        Set<Node> values = new HashSet<>();
        for (Node n : focus) {
            data.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI() && !focus.contains(t.getObject())) {
                    values.add(t.getObject());
                }
            });
        }
        List<Triple> next = new ArrayList<>();
        values.forEach(n -> next.add(Triple.create(n, Node.ANY, Node.ANY)));
        ReadAhead.hint(dsg, next);
    }

    /**
     * What {@link #replaceArticle} did: the article's graph before and after (empty if there was
     * none, or if it was removed), and the triples that entered and left the inferred graph, or
     * null if the inferred graph was recomputed from scratch.
     */
    public record ArticleUpdate(LoadReport report, Graph before, Graph after, IncrementalInference.Change inferred) {}

    /**
     * The base IRI check of an article load: a store that has this base's ontology graph was loaded
     * with this base (looking for it costs one look-up; listing the graphs of a large store costs a
     * pass over its quads). Otherwise, as {@link #checkBase}.
     */
    public void checkBase(DatasetGraph dsg) {
        if (dsg.containsGraph(graphs.ontology().asNode())) {
            return;
        }
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        checkBase(names);
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
        return materializer.materialize(dsg, new GraphUnionRead(dsg, assertedNames), graphs);
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
