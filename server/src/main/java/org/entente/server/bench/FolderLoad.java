package org.entente.server.bench;

import java.nio.file.Path;
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
import org.entente.loader.BundledData;
import org.entente.loader.inference.Materializer;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.mapping.ReferenceMapper;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.ReferenceData;
import org.entente.loader.store.KgStore;
import org.entente.loader.synth.CorpusFolder;
import org.entente.loader.validate.ShapesValidator;
import org.entente.loader.validate.ValidationException;
import org.entente.ontology.IriScheme;
import org.entente.ontology.Ontology;

/**
 * The benchmark's stand-in for {@code kg load --articles DIR} until the loader has it: the
 * ontology, the reference data, the bundled articles and every article of a folder, loaded in
 * <em>one</em> write transaction with the same steps as {@code Loader.loadBundled} (replace the
 * graphs, compute the inferred graph with the project's {@link Materializer} over the union of the
 * asserted graphs, validate the whole store with the project's {@link ShapesValidator}) through
 * the loader's public API only, timing each phase. Articles are read and mapped one at a time
 * inside the transaction, so the mapped models of a large folder are never all in memory.
 *
 * <p>Usage: {@code FolderLoad STORE-DIR ARTICLES-DIR REPORT-FILE [LIMIT]}. Writes {@code key=value}
 * lines to the report file; exits 1 if the store violates the shapes.
 */
public final class FolderLoad {
    private FolderLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: FolderLoad STORE-DIR ARTICLES-DIR REPORT-FILE [LIMIT]");
            System.exit(2);
        }
        Path storeDir = Path.of(args[0]);
        CorpusFolder folder = args[1].equals("-") ? null : CorpusFolder.open(Path.of(args[1]));
        Path reportFile = Path.of(args[2]);
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        Report report = new Report();
        int exit = run(storeDir, folder, limit, report);
        report.write(reportFile);
        System.exit(exit);
    }

    static int run(Path storeDir, CorpusFolder folder, int limit, Report r) {
        long t0 = System.nanoTime();
        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());

        // As Loader.loadBundled: the bundled sources are mapped before the transaction.
        long t = System.nanoTime();
        ReferenceData reference = BundledData.reference();
        Map<Resource, Model> bundled = new LinkedHashMap<>();
        bundled.put(graphs.ontology(), Ontology.ontology());
        bundled.putAll(ReferenceMapper.map(reference, graphs));
        Catalogue catalogue = Catalogue.of(reference, graphs.scheme());
        for (BundledData.Article a : BundledData.articles()) {
            FactsDocument facts = FactsReader.read(a.facts());
            bundled.put(graphs.article(ArticleMapper.articleId(facts)), ArticleMapper.map(facts, a.text(), catalogue, graphs));
        }
        long mapNanos = System.nanoTime() - t;

        long[] phase = new long[6]; // map, write, inferCompute, inferWrite, validate, action
        long[] counts = new long[3]; // articles, article triples, inferred triples
        List<ShapesValidator.Violation> violations = new ArrayList<>();
        long tOpen = System.nanoTime();
        try (KgStore store = KgStore.open(storeDir)) {
            r.put("openMillis", millis(System.nanoTime() - tOpen));
            long tWrite = System.nanoTime();
            store.write(dsg -> {
                long tAction = System.nanoTime();
                long w = System.nanoTime();
                for (Map.Entry<Resource, Model> e : bundled.entrySet()) {
                    replace(dsg, e.getKey().asNode(), e.getValue().getGraph());
                }
                phase[1] += System.nanoTime() - w;
                if (folder != null) {
                    int n = Math.min(limit, folder.size());
                    for (int i = 0; i < n; i++) {
                        long m = System.nanoTime();
                        CorpusFolder.Article a = folder.get(i);
                        FactsDocument facts = FactsReader.read(a.facts());
                        Model model = ArticleMapper.map(facts, a.text(), catalogue, graphs);
                        Node name = graphs.article(ArticleMapper.articleId(facts)).asNode();
                        long w2 = System.nanoTime();
                        phase[0] += w2 - m;
                        replace(dsg, name, model.getGraph());
                        phase[1] += System.nanoTime() - w2;
                        counts[0]++;
                        counts[1] += model.size();
                    }
                }

                // As Loader.replaceAndInfer: the inferred graph from every other graph.
                long i0 = System.nanoTime();
                Node inferredName = graphs.inferred().asNode();
                List<Node> asserted = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(nm -> {
                    if (!nm.equals(inferredName)) {
                        asserted.add(nm);
                    }
                });
                Graph inferred = new Materializer().infer(dsg, new GraphUnionRead(dsg, asserted), graphs, LocalDate.now());
                long i1 = System.nanoTime();
                replace(dsg, inferredName, inferred);
                long i2 = System.nanoTime();
                phase[2] += i1 - i0;
                phase[3] += i2 - i1;
                counts[2] = inferred.size();

                long v0 = System.nanoTime();
                violations.addAll(new ShapesValidator().validate(dsg.getUnionGraph()));
                phase[4] += System.nanoTime() - v0;
                if (!violations.isEmpty()) {
                    throw new ValidationException(violations);
                }
                phase[5] = System.nanoTime() - tAction;
                return null;
            });
            long writeTotal = System.nanoTime() - tWrite;
            r.put("commitMillis", millis(writeTotal - phase[5]));
            long c0 = System.nanoTime();
            Map<String, Long> perGraph = store.read(dsg -> {
                Map<String, Long> out = new LinkedHashMap<>();
                dsg.listGraphNodes().forEachRemaining(nm -> out.put(nm.getURI(), (long) dsg.getGraph(nm).size()));
                return out;
            });
            long total = perGraph.values().stream().mapToLong(Long::longValue).sum();
            long articleGraphs = perGraph.entrySet().stream().filter(e -> e.getKey().contains("/graph/article/"))
                    .mapToLong(Map.Entry::getValue).sum();
            r.put("countMillis", millis(System.nanoTime() - c0));
            r.put("storeQuads", total);
            r.put("articleGraphs", perGraph.keySet().stream().filter(k -> k.contains("/graph/article/")).count());
            r.put("articleQuads", articleGraphs);
            r.put("inferredQuads", perGraph.getOrDefault(graphs.inferred().getURI(), 0L));
            r.put("referenceQuads", total - articleGraphs - perGraph.getOrDefault(graphs.inferred().getURI(), 0L));
        } catch (ValidationException e) {
            r.put("violations", violations.size());
            r.put("firstViolation", violations.isEmpty() ? "" : violations.get(0).toString());
            r.put("error", "the store violates the SHACL shapes");
            return 1;
        } catch (RuntimeException e) {
            r.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            e.printStackTrace();
            return 1;
        } finally {
            r.put("folderArticles", counts[0]);
            r.put("mapMillis", millis(mapNanos + phase[0]));
            r.put("writeMillis", millis(phase[1]));
            r.put("inferMillis", millis(phase[2]));
            r.put("inferWriteMillis", millis(phase[3]));
            r.put("validateMillis", millis(phase[4]));
            r.put("inferredTriples", counts[2]);
            r.put("totalMillis", millis(System.nanoTime() - t0));
        }
        return 0;
    }

    private static void replace(DatasetGraph dsg, Node name, Graph g) {
        dsg.removeGraph(name);
        dsg.addGraph(name, g);
    }

    static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
