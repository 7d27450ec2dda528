package org.entente.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.loader.Loader;
import org.entente.loader.PhaseTimes;
import org.entente.loader.cli.WriterOptions;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.remote.RemoteLoader;
import org.entente.loader.remote.RemoteStore;
import org.entente.loader.source.ArticleFiles;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.FactsReader;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;

/**
 * The growth rows' in-process side (issue 12): in one JVM, for each article of a folder, adds it,
 * replaces it (the same id, other facts: the article of the same position in a second folder),
 * and removes it, each as one call of the public loader API, timed inside the JVM with the
 * loader's own phase timings. Locally through {@link Loader} over the store, or over the
 * endpoint through {@link RemoteLoader} (what {@code kg load --endpoint} and
 * {@code kg unload --endpoint} call) with the writer's credentials. The first {@code WARM-UP}
 * articles are done the same way and not reported. Each article is removed again, so the store
 * ends as it began.
 *
 * <p>{@code tdb2} is the reference: what TDB2 alone costs for the same articles, each article's
 * mapped graph (mapped before the clock starts) written in one write transaction of Jena's own
 * dataset over the store, no inference and no validation, as {@code tdb2.tdbloader} is the
 * reference of the bulk load.
 *
 * <p>Usage: {@code GrowthLoad local|tdb2 STORE-DIR ADDS-DIR REPLACEMENTS-DIR WARM-UP REPORT-FILE} or
 * {@code GrowthLoad remote DATASET-URL USER PASSWORD-FILE ADDS-DIR REPLACEMENTS-DIR WARM-UP REPORT-FILE}.
 * Writes {@code OP.N.millis} and {@code OP.N.PHASE} lines (OP: add, replace, remove; N from 1).
 */
public final class GrowthLoad {
    private GrowthLoad() {}

    /** The three operations, in the order they run on each article. */
    static final List<String> OPERATIONS = List.of("add", "replace", "remove");

    /** What both loaders offer: an article added or replaced, and an article removed. */
    private interface Target extends AutoCloseable {
        void load(ArticleFiles a);

        void unload(String id);

        @Override
        void close();
    }

    public static void main(String[] args) {
        boolean remote = args.length > 0 && args[0].equals("remote");
        if (args.length != (remote ? 8 : 6)) {
            System.err.println("usage: GrowthLoad local|tdb2 STORE-DIR ADDS-DIR REPLACEMENTS-DIR WARM-UP REPORT-FILE\n"
                    + "       GrowthLoad remote DATASET-URL USER PASSWORD-FILE ADDS-DIR REPLACEMENTS-DIR WARM-UP REPORT-FILE");
            System.exit(2);
        }
        int k = remote ? 4 : 2;
        ArticleFolder adds = ArticleFolder.open(Path.of(args[k]));
        ArticleFolder replacements = ArticleFolder.open(Path.of(args[k + 1]));
        int warmUp = Integer.parseInt(args[k + 2]);
        Path reportFile = Path.of(args[k + 3]);
        Report r = new Report();
        int exit = 0;
        PhaseTimes[] phases = new PhaseTimes[1];
        Loader.Progress progress = new Loader.Progress() {
            @Override
            public void step(String message) {
            }

            @Override
            public void phase(Loader.Phase phase, long millis) {
                phases[0].phase(phase, millis);
            }
        };
        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());
        try (Target target = remote ? remote(args[1], args[2], Path.of(args[3]), graphs, progress)
                : args[0].equals("tdb2") ? tdb2(Path.of(args[1]), graphs, adds, replacements) : local(Path.of(args[1]), graphs, progress)) {
            for (int i = 0; i < adds.size(); i++) {
                ArticleFiles a = adds.get(i);
                ArticleFiles b = replacements.get(i);
                String id = ArticleMapper.articleId(FactsReader.read(a.facts()));
                for (String op : OPERATIONS) {
                    phases[0] = new PhaseTimes(Loader.Progress.none());
                    long t = System.nanoTime();
                    switch (op) {
                        case "add" -> target.load(a);
                        case "replace" -> target.load(b);
                        default -> target.unload(id);
                    }
                    long ms = (System.nanoTime() - t) / 1_000_000;
                    if (i >= warmUp) {
                        String key = op + "." + (i - warmUp + 1);
                        r.put(key + ".millis", ms);
                        for (Loader.Phase p : Loader.Phase.values()) {
                            if (phases[0].millis(p) > 0) {
                                r.put(key + "." + p.name(), phases[0].millis(p));
                            }
                        }
                    }
                }
                r.put("articles", Math.max(0, i - warmUp + 1));
            }
        } catch (RuntimeException e) {
            r.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            e.printStackTrace();
            exit = 1;
        }
        r.put("warmUp", warmUp);
        r.write(reportFile);
        System.exit(exit);
    }

    private static Target local(Path storeDir, GraphNames graphs, Loader.Progress progress) {
        KgStore store = KgStore.open(storeDir);
        Loader loader = new Loader(store, graphs, Clock.systemDefaultZone(), true, progress);
        return target(a -> loader.loadArticle(a.facts(), a.text()), loader::unloadArticle, store::close);
    }

    private static Target remote(String url, String user, Path passwordFile, GraphNames graphs, Loader.Progress progress) {
        RemoteLoader loader = new RemoteLoader(RemoteStore.dataset(url, user, WriterOptions.readPassword(passwordFile)), graphs,
                Clock.systemDefaultZone(), true, progress);
        return target(a -> loader.loadArticle(a.facts(), a.text()), loader::unloadArticle, () -> {});
    }

    /** Jena's TDB2 dataset over the store: each article's graph, mapped beforehand, replaced in one write transaction. */
    private static Target tdb2(Path storeDir, GraphNames graphs, ArticleFolder adds, ArticleFolder replacements) {
        DatasetGraph dsg = TDB2Factory.connectDataset(storeDir.toString()).asDatasetGraph();
        Map<String, Graph> mapped = new HashMap<>();
        Txn.executeRead(dsg, () -> {
            Catalogue catalogue = Catalogue.of(dsg.getUnionGraph(), graphs.scheme());
            for (ArticleFolder f : List.of(adds, replacements)) {
                for (int i = 0; i < f.size(); i++) {
                    ArticleFiles a = f.get(i);
                    mapped.put(a.facts().text(), ArticleMapper.map(a.document(), a.text(), catalogue, graphs).getGraph());
                }
            }
        });
        return target(a -> {
            Graph g = mapped.get(a.facts().text());
            Node name = graphs.article(ArticleMapper.articleId(a.document())).asNode();
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            });
        }, id -> {
            Node name = graphs.article(id).asNode();
            Txn.executeWrite(dsg, () -> dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY));
        }, () -> TDBInternal.expel(dsg));
    }

    private static Target target(Consumer<ArticleFiles> load, Consumer<String> unload, Runnable close) {
        return new Target() {
            @Override
            public void load(ArticleFiles a) {
                load.accept(a);
            }

            @Override
            public void unload(String id) {
                unload.accept(id);
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
