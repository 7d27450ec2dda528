package org.entente.loader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;

/**
 * Loads sources into the store. Every load is one write transaction: the source graphs are
 * replaced, the inferred graph is recomputed, and the whole store is validated against the SHACL
 * shapes before the transaction commits. Any failure leaves the store exactly as it was. The one
 * exception to "one transaction" is a folder load into an empty store on disk, which goes through
 * the bulk writer (indexes sorted in memory and packed by Jena's B+tree packer) with the same all-or-nothing outcome ({@link KgStore#bulkWrite}).
 * The steps themselves are in {@link LoadSteps}.
 */
public final class Loader {

    /** Receives what a load is doing: a line for each step, and the time of each phase. */
    @FunctionalInterface
    public interface Progress {
        void step(String message);

        /**
         * A phase of the load has ended and took this long. Each phase is reported once per load;
         * the mapping and the writes of a folder's articles, which alternate, are reported as
         * their sums.
         */
        default void phase(Phase phase, long millis) {
        }

        static Progress none() {
            return m -> { };
        }
    }

    /** The phases of a load, in their order. */
    public enum Phase {
        /** Reading and mapping the sources (for a remote load, reading the remote graphs as well). */
        READ_MAP("read+map"),
        /** Writing the source graphs. */
        WRITES("writes"),
        /** Computing the inferred graph. */
        INFERENCE("inference"),
        /** Writing the inferred graph. */
        INFERRED_WRITE("inferred graph write"),
        /** Validating the result against the SHACL shapes. */
        VALIDATION("SHACL"),
        /**
         * Committing the transaction; for a bulk load into an empty store, waiting for the
         * bulk writer's last index writes and switching the store to the new data.
         */
        COMMIT("commit"),
        /** Sending the graphs to a remote store. */
        SEND("send");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        /** The phase's name as {@code kg load} prints it. */
        public String label() {
            return label;
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
        LoadSteps.Bundled bundled = steps.mapBundled();
        return write(t0, bundled.sources().size(), dsg -> bundled.sources().iterator());
    }

    /**
     * Loads the bundled data, as {@link #loadBundled}, and every article of a folder, in one
     * transaction: the store ends with the ontology, the reference data, the bundled articles and
     * the folder's articles (each added, or replacing the store's article with the same id), and
     * one inferred graph computed and validated once. The folder's articles are read, mapped and
     * written one at a time, so only one of them is in memory at a time. On any error (a bad
     * file, two articles with the same id, a shape violation) nothing is written. Into an empty
     * store on disk the quads go to the bulk writer instead, and every asserted triple is held
     * in memory for the inference ({@link #bulkLoad}).
     */
    public LoadReport loadFolder(ArticleFolder folder) {
        long t0 = System.nanoTime();
        LoadSteps.Bundled bundled = steps.mapBundled();
        if (store.acceptsBulkWrite()) {
            return bulkLoad(t0, bundled, folder);
        }
        return write(t0, bundled.sources().size() + folder.size(), dsg -> {
            progress.step("loading the " + folder.size() + " articles of " + folder.directory());
            Iterator<LoadSteps.SourceGraph> articles = steps.mapFolder(folder, bundled.catalogue());
            Iterator<LoadSteps.SourceGraph> first = bundled.sources().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return first.hasNext() || articles.hasNext();
                }

                @Override
                public LoadSteps.SourceGraph next() {
                    return first.hasNext() ? first.next() : articles.next();
                }
            };
        });
    }

    /**
     * {@link #loadFolder} into an empty store on disk: the same steps and the same store, with the
     * quads written by the bulk writer on a thread of its own while this thread maps, infers and
     * validates ({@link KgStore#bulkWrite}, {@link LoadSteps#bulkLoad}; docs/bulk-load.md). The
     * commit phase is the wait for the writer's last index writes and the switch to the new data.
     */
    private LoadReport bulkLoad(long t0, LoadSteps.Bundled bundled, ArticleFolder folder) {
        long[] actionEnd = new long[1];
        progress.step("loading the " + folder.size() + " articles of " + folder.directory() + " into the empty store with the bulk writer (sorted indexes)");
        LoadReport r = store.bulkWrite(out -> {
            LoadReport x = steps.bulkLoad(out, bundled.sources(), steps.mapFolder(folder, bundled.catalogue()),
                    bundled.sources().size() + folder.size(), t0);
            actionEnd[0] = System.nanoTime();
            return x;
        });
        long commit = LoadSteps.millis(actionEnd[0]);
        progress.phase(Phase.COMMIT, commit);
        return new LoadReport(r.graphs(), r.totalMillis() + commit);
    }

    /**
     * Adds an article, or replaces it if the store already has an article with the same id, in one
     * transaction that touches only what the article can change: its graph, the inferences that
     * follow from it, and the SHACL results of the nodes it adds, changes or removes
     * ({@link LoadSteps#replaceArticle}; docs/incremental.md). The store ends as a full reload
     * with the article would leave it.
     */
    public LoadReport loadArticle(Input factsInput, Input text) {
        long t0 = System.nanoTime();
        FactsDocument facts = FactsReader.read(factsInput);
        return writeArticle(t0, dsg -> {
            progress.step("mapping " + factsInput.name());
            return steps.mapArticle(facts, text, dsg).get(0);
        });
    }

    /**
     * Removes an article: its graph, the inferences that no other source still supports, in one
     * transaction, with the SHACL results of the nodes it touched checked again. The store ends as
     * a full reload without the article would leave it.
     *
     * @throws UsageException if the store has no article with this id
     */
    public LoadReport unloadArticle(String id) {
        long t0 = System.nanoTime();
        return writeArticle(t0, dsg -> {
            LoadSteps.SourceGraph g = new LoadSteps.SourceGraph(steps.articleGraph(id), null);
            if (!dsg.containsGraph(g.name().asNode())) {
                throw new UsageException("the store has no article with id '" + id + "'");
            }
            return g;
        });
    }

    private LoadReport writeArticle(long t0, Function<DatasetGraph, LoadSteps.SourceGraph> article) {
        long[] actionEnd = new long[1];
        LoadReport r = store.write(dsg -> {
            steps.checkBase(dsg);
            LoadSteps.SourceGraph g = article.apply(dsg);
            LoadReport x = steps.replaceArticle(dsg, g.name(), g.model(), t0).report();
            actionEnd[0] = System.nanoTime();
            return x;
        });
        long commit = LoadSteps.millis(actionEnd[0]);
        progress.phase(Phase.COMMIT, commit);
        return new LoadReport(r.graphs(), r.totalMillis() + commit);
    }

    /**
     * The write transaction of every load: checks the store's base IRI, writes the sources, then
     * infers and validates ({@link LoadSteps#replaceAndInfer}), and commits. The report's time
     * includes the commit.
     *
     * @param count how many source graphs there are
     * @param sources the source graphs, given the dataset (mapping may happen as they are taken)
     */
    private LoadReport write(long t0, int count, Function<DatasetGraph, Iterator<LoadSteps.SourceGraph>> sources) {
        long[] actionEnd = new long[1];
        LoadReport r = store.write(dsg -> {
            steps.checkBase(graphNames(dsg));
            LoadReport x = steps.replaceAndInfer(dsg, sources.apply(dsg), count, t0);
            actionEnd[0] = System.nanoTime();
            return x;
        });
        long commit = LoadSteps.millis(actionEnd[0]);
        progress.phase(Phase.COMMIT, commit);
        return new LoadReport(r.graphs(), r.totalMillis() + commit);
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }
}
