package org.entente.loader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.entente.loader.source.InputException;
import org.entente.loader.store.KgStore;
import org.entente.loader.synth.CorpusFolder;

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
    private final GraphNames graphs;

    public Loader(KgStore store, GraphNames graphs, Clock clock, boolean validate, Progress progress) {
        this.store = store;
        this.graphs = graphs;
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
        long readMap = LoadSteps.millis(t0);
        return timedWrite(dsg -> {
            steps.checkBase(graphNames(dsg));
            long t = System.nanoTime();
            List<LoadReport.GraphLoad> report = new ArrayList<>();
            for (Map.Entry<Resource, Model> e : out.entrySet()) {
                LoadReport.GraphLoad g = steps.replace(dsg, e.getKey(), e.getValue());
                report.add(g);
                progress.step("replaced " + g.graph() + " (" + g.triples() + " triples)");
            }
            return steps.inferAndValidate(dsg, report, t0, readMap, LoadSteps.millis(t));
        });
    }

    /**
     * Loads the bundled data, as {@link #loadBundled}, and every article of a folder, in one
     * transaction: the store ends with the ontology, the reference data, the bundled articles and
     * the folder's articles (each added, or replacing the store's article with the same id), and
     * one inferred graph computed and validated once. The folder's articles are read, mapped and
     * written one at a time, so only one of them is in memory at a time. On any error (a bad
     * file, two articles with the same id, a shape violation) nothing is written.
     */
    public LoadReport loadBundledWith(CorpusFolder folder) {
        long t0 = System.nanoTime();
        LoadSteps.Bundled bundled = steps.mapBundledSources();
        long readMapBundled = LoadSteps.millis(t0);
        return timedWrite(dsg -> {
            steps.checkBase(graphNames(dsg));
            long[] nanos = new long[2]; // read + map, writes
            List<LoadReport.GraphLoad> report = new ArrayList<>();
            Map<String, String> fileOfId = new HashMap<>();
            long w = System.nanoTime();
            for (Map.Entry<Resource, Model> e : bundled.sources().entrySet()) {
                report.add(steps.replace(dsg, e.getKey(), e.getValue()));
            }
            nanos[1] += System.nanoTime() - w;
            progress.step("loading the " + folder.size() + " articles of " + folder.directory());
            List<String> files = folder.factsFiles();
            for (int i = 0; i < files.size(); i++) {
                long m = System.nanoTime();
                Input factsInput = Input.of(folder.directory().resolve(files.get(i)));
                FactsDocument facts = FactsReader.read(factsInput);
                Input text = Input.of(folder.directory().resolve(ArticleMapper.textFileName(facts)));
                Resource name = graphs.article(ArticleMapper.articleId(facts));
                String earlier = fileOfId.put(name.getURI(), factsInput.name());
                if (earlier != null) {
                    throw new InputException(factsInput.name(), "article id '" + ArticleMapper.articleId(facts)
                            + "' is also the id of " + earlier + " in the same folder");
                }
                Model model = ArticleMapper.map(facts, text, bundled.catalogue(), graphs);
                long w2 = System.nanoTime();
                nanos[0] += w2 - m;
                report.add(steps.replace(dsg, name, model));
                nanos[1] += System.nanoTime() - w2;
                if ((i + 1) % 100 == 0 || i + 1 == files.size()) {
                    progress.step("mapped and wrote " + (i + 1) + " of " + files.size() + " articles");
                }
            }
            return steps.inferAndValidate(dsg, report, t0, readMapBundled + nanos[0] / 1_000_000, nanos[1] / 1_000_000);
        });
    }

    /** Adds an article, or replaces it if the store already has an article with the same id. */
    public LoadReport loadArticle(Input factsInput, Input text) {
        long t0 = System.nanoTime();
        FactsDocument facts = FactsReader.read(factsInput);
        return timedWrite(dsg -> {
            steps.checkBase(graphNames(dsg));
            progress.step("mapping " + factsInput.name());
            Map<Resource, Model> out = steps.mapArticle(facts, text, dsg);
            long readMap = LoadSteps.millis(t0);
            long t = System.nanoTime();
            List<LoadReport.GraphLoad> report = new ArrayList<>();
            for (Map.Entry<Resource, Model> e : out.entrySet()) {
                report.add(steps.replace(dsg, e.getKey(), e.getValue()));
            }
            return steps.inferAndValidate(dsg, report, t0, readMap, LoadSteps.millis(t));
        });
    }

    /** One write transaction; the report's commit phase is the time from the action's end to the commit's end. */
    private LoadReport timedWrite(Function<DatasetGraph, LoadReport> action) {
        long[] actionEnd = new long[1];
        LoadReport r = store.write(dsg -> {
            LoadReport x = action.apply(dsg);
            actionEnd[0] = System.nanoTime();
            return x;
        });
        long commit = LoadSteps.millis(actionEnd[0]);
        return new LoadReport(r.graphs(), r.totalMillis() + commit, r.phases().withCommit(commit));
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
