package org.entente.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.loader.BundledData;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.mapping.ReferenceMapper;
import org.entente.loader.source.ArticleFiles;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.ReferenceData;
import org.entente.loader.validate.ShapesValidator;
import org.entente.ontology.IriScheme;
import org.entente.ontology.Ontology;

/**
 * Measurements behind the fixes that docs/benchmark.md proposes, on the same mapped data as the kg
 * load (nothing here is used by the loader):
 *
 * <ol>
 * <li>the inference as {@code Materializer} does it (copy the union of the asserted graphs to
 * memory, Jena's forward RETE over the project's rules, keep deductions that no asserted graph
 * contains) with the keep-filter asked of the store's union of graphs, as now, and of the in-memory
 * copy;</li>
 * <li>a streaming alternative: every rule of {@code entailment.rules} joins one data triple with
 * schema triples only, so the closure of the data is the union of each triple's own closure under
 * the schema; one pass, no join memories. Checked to give the same triples as RETE;</li>
 * <li>SHACL over the store's union graph (as now) and over an in-memory copy of the same triples;</li>
 * <li>writing the same quads triple by triple in one transaction (as now) and with Jena's bulk
 * loaders ({@link LoaderFactory}) into a fresh directory.</li>
 * </ol>
 *
 * Derivations (current memberships, corroborations) are left out of both inference variants:
 * they are a few thousand direct look-ups. Usage: {@code LoadExperiments CORPUS-DIR WORK-DIR REPORT [LIMIT]}.
 */
public final class LoadExperiments {
    private LoadExperiments() {}

    private static final int SAMPLE = Integer.getInteger("bench.sample", 20_000);

    public static void main(String[] args) throws Exception {
        org.apache.jena.sys.JenaSystem.init();
        ArticleFolder folder = ArticleFolder.open(Path.of(args[0]));
        Path work = Path.of(args[1]);
        Report r = new Report();
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        try {
            run(folder, work, limit, r);
        } finally {
            r.write(Path.of(args[2]));
        }
        System.exit(0);
    }

    private static void run(ArticleFolder folder, Path work, int limit, Report r) throws Exception {
        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());
        long t = System.nanoTime();
        ReferenceData reference = BundledData.reference();
        Map<Node, Graph> sources = new LinkedHashMap<>();
        sources.put(graphs.ontology().asNode(), Ontology.ontology().getGraph());
        for (Map.Entry<Resource, Model> e : ReferenceMapper.map(reference, graphs).entrySet()) {
            sources.put(e.getKey().asNode(), e.getValue().getGraph());
        }
        Catalogue catalogue = Catalogue.of(reference, graphs.scheme());
        List<ArticleFiles> all = new ArrayList<>(BundledData.articles());
        for (int i = 0; i < Math.min(limit, folder.size()); i++) {
            all.add(folder.get(i));
        }
        for (ArticleFiles a : all) {
            FactsDocument facts = FactsReader.read(a.facts());
            sources.put(graphs.article(ArticleMapper.articleId(facts)).asNode(),
                    ArticleMapper.map(facts, a.text(), catalogue, graphs).getGraph());
        }
        r.put("mapMillis", ms(t));
        r.put("graphs", sources.size());
        r.put("assertedQuads", sources.values().stream().mapToLong(Graph::size).sum());

        // 4a. As now: triple by triple in one write transaction.
        Path perTriple = work.resolve("exp-per-triple");
        Harness.deleteTree(perTriple);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(perTriple.toString());
        t = System.nanoTime();
        Txn.executeWrite(dsg, () -> sources.forEach(dsg::addGraph));
        r.put("writePerTripleMillis", ms(t));

        // 4b. Jena's bulk loaders, same quads, fresh directory each.
        for (String kind : List.of("phased", "parallel", "sequential")) {
            Path dir = work.resolve("exp-bulk-" + kind);
            Harness.deleteTree(dir);
            DatasetGraph bulk = DatabaseMgr.connectDatasetGraph(dir.toString());
            t = System.nanoTime();
            DataLoader loader = switch (kind) {
                case "phased" -> LoaderFactory.phasedLoader(bulk, (fmt, a) -> { });
                case "parallel" -> LoaderFactory.parallelLoader(bulk, (fmt, a) -> { });
                default -> LoaderFactory.sequentialLoader(bulk, (fmt, a) -> { });
            };
            loader.startBulk();
            StreamRDF stream = loader.stream();
            sources.forEach((g, graph) -> graph.find().forEachRemaining(tr -> stream.quad(Quad.create(g, tr))));
            loader.finishBulk();
            r.put("writeBulk." + kind + "Millis", ms(t));
            TDBInternal.expel(bulk);
            Harness.deleteTree(dir);
        }

        Txn.executeRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            Graph asserted = new GraphUnionRead(dsg, names);

            // 1. As Materializer: the copy, RETE, the keep-filter.
            long c = System.nanoTime();
            Graph base = GraphFactory.createGraphMem();
            asserted.find().forEachRemaining(base::add);
            r.put("copyUnionToMemoryMillis", ms(c));
            r.put("distinctAssertedTriples", base.size());

            long q = System.nanoTime();
            GenericRuleReasoner reasoner = new GenericRuleReasoner(rules());
            reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
            InfGraph inf = reasoner.bind(base);
            inf.prepare();
            r.put("reteMillis", ms(q));
            List<Triple> deductions = inf.getDeductionsGraph().find().toList();
            r.put("reteDeductions", deductions.size());

            // The filter against the store's union of graphs costs a look-up in every named graph per deduction: timed on a
            // sample (all of it for small corpora) and extrapolated.
            int sample = Math.min(deductions.size(), SAMPLE);
            long f1 = System.nanoTime();
            Set<Triple> viaStore = new HashSet<>();
            for (Triple d : deductions.subList(0, sample)) {
                if (keep(d) && !asserted.contains(d)) {
                    viaStore.add(d);
                }
            }
            long storeNanos = System.nanoTime() - f1;
            r.put("filterAgainstStoreUnionSample", sample);
            r.put("filterAgainstStoreUnionSampleMillis", storeNanos / 1_000_000);
            r.put("filterAgainstStoreUnionExtrapolatedMillis", (long) (storeNanos / 1e6 * deductions.size() / Math.max(1, sample)));
            long f2 = System.nanoTime();
            Set<Triple> viaCopy = new HashSet<>();
            for (Triple d : deductions) {
                if (keep(d) && !base.contains(d)) {
                    viaCopy.add(d);
                }
            }
            r.put("filterAgainstMemoryCopyMillis", ms(f2));
            r.put("reteKept", viaCopy.size());
            if (System.getProperty("bench.nquads") != null) {
                // The asserted quads and the kept deductions (no derivations), for Jena's loaders.
                try (java.io.OutputStream os = new java.io.BufferedOutputStream(
                        java.nio.file.Files.newOutputStream(Path.of(System.getProperty("bench.nquads"))))) {
                    StreamRDF w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(os, org.apache.jena.riot.RDFFormat.NQUADS);
                    w.start();
                    dsg.find().forEachRemaining(w::quad);
                    Node inferredName = graphs.inferred().asNode();
                    viaCopy.forEach(tr -> w.quad(Quad.create(inferredName, tr)));
                    w.finish();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            Set<Triple> copySample = new HashSet<>();
            for (Triple d : deductions.subList(0, sample)) {
                if (keep(d) && !base.contains(d)) {
                    copySample.add(d);
                }
            }
            r.put("filtersAgreeOnSample", viaStore.equals(copySample));
            inf.reset();

            // 2. Streaming closure, one pass.
            long s = System.nanoTime();
            Set<Triple> streamed = streamingClosure(base);
            r.put("streamingMillis", ms(s));
            r.put("streamingKept", streamed.size());
            r.put("streamingEqualsRete", streamed.equals(viaCopy));
            if (!streamed.equals(viaCopy)) {
                Set<Triple> onlyRete = new HashSet<>(viaCopy);
                onlyRete.removeAll(streamed);
                Set<Triple> onlyStream = new HashSet<>(streamed);
                onlyStream.removeAll(viaCopy);
                r.put("onlyRete", onlyRete.size() + " e.g. " + onlyRete.stream().limit(2).toList());
                r.put("onlyStreaming", onlyStream.size() + " e.g. " + onlyStream.stream().limit(2).toList());
            }

            // 3. SHACL over the store's union graph (as now) and over memory. The inferred graph is not in the store
            // here, so both see the asserted triples plus the RETE deductions in a memory graph.
            Graph inferred = GraphFactory.createGraphMem();
            viaCopy.forEach(inferred::add);
            ShapesValidator validator = new ShapesValidator();
            long v1 = System.nanoTime();
            int onStore = validator.validate(new org.apache.jena.graph.compose.Union(dsg.getUnionGraph(), inferred)).size();
            r.put("shaclOverStoreUnionMillis", ms(v1));
            long v2 = System.nanoTime();
            Graph mem = GraphFactory.createGraphMem();
            base.find().forEachRemaining(mem::add);
            inferred.find().forEachRemaining(mem::add);
            r.put("shaclCopyMillis", ms(v2));
            long v3 = System.nanoTime();
            int onMemory = validator.validate(mem).size();
            r.put("shaclOverMemoryMillis", ms(v3));
            r.put("shaclViolations", onStore + " / " + onMemory);
        });
        TDBInternal.expel(dsg);
        Harness.deleteTree(perTriple);
    }

    /** Each asserted triple's closure under the schema (the same rules as entailment.rules), minus what is asserted. */
    static Set<Triple> streamingClosure(Graph base) {
        final Node TYPE = RDF.type.asNode();
        Map<Node, List<Node>> superClasses = objects(base, RDFS.subClassOf.asNode());
        Map<Node, List<Node>> superProps = objects(base, RDFS.subPropertyOf.asNode());
        Map<Node, List<Node>> domains = objects(base, RDFS.domain.asNode());
        Map<Node, List<Node>> ranges = objects(base, RDFS.range.asNode());
        Map<Node, List<Node>> inverses = objects(base, OWL.inverseOf.asNode());
        base.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY)
                .forEachRemaining(t -> inverses.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t.getSubject()));
        Set<Node> symmetric = new HashSet<>();
        base.find(Node.ANY, TYPE, OWL.SymmetricProperty.asNode()).forEachRemaining(t -> symmetric.add(t.getSubject()));

        Set<Triple> out = new HashSet<>();
        Set<Triple> seen = new HashSet<>();
        Deque<Triple> todo = new ArrayDeque<>();
        base.find().forEachRemaining(start -> {
            seen.clear();
            todo.push(start);
            seen.add(start);
            while (!todo.isEmpty()) {
                Triple t = todo.pop();
                Node s = t.getSubject();
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (p.equals(TYPE)) {
                    for (Node d : superClasses.getOrDefault(o, List.of())) {
                        push(Triple.create(s, TYPE, d), seen, todo);
                    }
                }
                for (Node q : superProps.getOrDefault(p, List.of())) {
                    push(Triple.create(s, q, o), seen, todo);
                }
                if (symmetric.contains(p)) {
                    push(Triple.create(o, p, s), seen, todo);
                }
                for (Node q : inverses.getOrDefault(p, List.of())) {
                    push(Triple.create(o, q, s), seen, todo);
                }
                for (Node c : domains.getOrDefault(p, List.of())) {
                    push(Triple.create(s, TYPE, c), seen, todo);
                }
                if (!o.isLiteral()) {
                    for (Node c : ranges.getOrDefault(p, List.of())) {
                        push(Triple.create(o, TYPE, c), seen, todo);
                    }
                }
            }
            for (Triple d : seen) {
                if (keep(d) && !base.contains(d)) {
                    out.add(d);
                }
            }
        });
        return out;
    }

    private static void push(Triple t, Set<Triple> seen, Deque<Triple> todo) {
        if (seen.add(t)) {
            todo.push(t);
        }
    }

    private static Map<Node, List<Node>> objects(Graph g, Node p) {
        Map<Node, List<Node>> m = new HashMap<>();
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> m.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
        return m;
    }

    private static boolean keep(Triple t) {
        return !t.getSubject().isBlank() && !t.getObject().isBlank();
    }

    private static List<Rule> rules() {
        try (InputStream in = LoadExperiments.class.getClassLoader().getResourceAsStream("org/entente/loader/inference/entailment.rules")) {
            return Rule.parseRules(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
