package org.entente.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.loader.LoadReport;
import org.entente.loader.Loader;
import org.entente.loader.PhaseTimes;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.store.KgStore;
import org.entente.loader.validate.ValidationException;
import org.entente.ontology.IriScheme;

/**
 * The benchmark's kg load of a corpus: {@code kg load --articles DIR} through its API,
 * {@link Loader#loadFolder} (the ontology, the reference data, the bundled articles and every
 * article of the folder, inferred and validated once: into an empty store on disk through Jena's bulk
 * loader, else in one write transaction), in a child JVM of
 * its own, with the loader's own phase timings. Then counts the store's quads per kind of graph.
 *
 * <p>Usage: {@code FolderLoad STORE-DIR ARTICLES-DIR|- REPORT-FILE}. Writes {@code key=value}
 * lines to the report file; exits 1 if the load fails.
 */
public final class FolderLoad {
    private FolderLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: FolderLoad STORE-DIR ARTICLES-DIR|- REPORT-FILE");
            System.exit(2);
        }
        Path storeDir = Path.of(args[0]);
        ArticleFolder folder = args[1].equals("-") ? null : ArticleFolder.open(Path.of(args[1]));
        Path reportFile = Path.of(args[2]);
        Report report = new Report();
        int exit = run(storeDir, folder, report);
        report.write(reportFile);
        System.exit(exit);
    }

    static int run(Path storeDir, ArticleFolder folder, Report r) {
        long t0 = System.nanoTime();
        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());
        long tOpen = System.nanoTime();
        try (KgStore store = KgStore.open(storeDir)) {
            r.put("openMillis", millis(System.nanoTime() - tOpen));
            PhaseTimes p = new PhaseTimes(Loader.Progress.none());
            Loader loader = new Loader(store, graphs, Clock.systemDefaultZone(), true, p);
            LoadReport lr = folder == null ? loader.loadBundled() : loader.loadFolder(folder);
            r.put("folderArticles", folder == null ? 0 : folder.size());
            r.put("mapMillis", p.millis(Loader.Phase.READ_MAP));
            r.put("writeMillis", p.millis(Loader.Phase.WRITES));
            r.put("inferMillis", p.millis(Loader.Phase.INFERENCE));
            r.put("inferWriteMillis", p.millis(Loader.Phase.INFERRED_WRITE));
            r.put("validateMillis", p.millis(Loader.Phase.VALIDATION));
            r.put("commitMillis", p.millis(Loader.Phase.COMMIT));
            r.put("inferredTriples", lr.graphs().stream().filter(g -> g.graph().equals(graphs.inferred().getURI()))
                    .mapToLong(LoadReport.GraphLoad::triples).sum());
            long c0 = System.nanoTime();
            Map<String, Long> perGraph = store.read(dsg -> {
                Map<String, Long> out = new LinkedHashMap<>();
                dsg.listGraphNodes().forEachRemaining(nm -> out.put(nm.getURI(), (long) dsg.getGraph(nm).size()));
                return out;
            });
            long total = perGraph.values().stream().mapToLong(Long::longValue).sum();
            long articleGraphs = perGraph.entrySet().stream().filter(e -> graphs.isArticle(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            r.put("countMillis", millis(System.nanoTime() - c0));
            r.put("storeQuads", total);
            r.put("articleGraphs", perGraph.keySet().stream().filter(graphs::isArticle).count());
            r.put("articleQuads", articleGraphs);
            r.put("inferredQuads", perGraph.getOrDefault(graphs.inferred().getURI(), 0L));
            r.put("referenceQuads", total - articleGraphs - perGraph.getOrDefault(graphs.inferred().getURI(), 0L));
        } catch (ValidationException e) {
            r.put("violations", e.violations().size());
            r.put("firstViolation", e.violations().isEmpty() ? "" : e.violations().get(0).toString());
            r.put("error", "the store violates the SHACL shapes");
            return 1;
        } catch (RuntimeException e) {
            r.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            e.printStackTrace();
            return 1;
        } finally {
            r.put("totalMillis", millis(System.nanoTime() - t0));
        }
        return 0;
    }

    static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
