package org.entente.bench.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.entente.loader.BundledData;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.FactType;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.ArticleFiles;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.ReferenceData;
import org.entente.bench.KgBench;
import org.entente.loader.cli.KgCli.Run;
import org.entente.ontology.IriScheme;
import org.entente.server.cli.Kg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: deterministic, of every fact type, and loadable like a real article. */
class CorpusGeneratorTest {

    @TempDir
    Path dir;

    /** kg.jar's command line. */
    static Run kg(String... args) {
        return Kg.capture(args);
    }

    /** kg-bench.jar's command line: generate. */
    static Run bench(String... args) {
        return KgBench.capture(args);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Run r = bench("generate", "--articles", "12", "--seed", "42", "--output", a.toString());
        assertEquals(0, r.exit(), r.err());
        new CorpusGenerator(BundledData.reference()).generate(12, 42, 1, b);
        List<Path> files = list(a);
        assertEquals(25, files.size(), "12 texts, 12 facts files and the index");
        assertEquals(files.stream().map(Path::getFileName).map(Path::toString).toList(),
                list(b).stream().map(Path::getFileName).map(Path::toString).toList());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.getFileName().toString());
        }

        Path c = dir.resolve("c");
        new CorpusGenerator(BundledData.reference()).generate(12, 43, 1, c);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("index.txt")), Files.readAllBytes(c.resolve("index.txt"))));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("synth-42-0000001.txt")),
                Files.readAllBytes(c.resolve("synth-43-0000001.txt"))), "another seed, another text");
    }

    /**
     * The loader's tests load a copy of {@code kg generate --articles 6 --seed 11}
     * (loader/src/test/resources/article-folder), since the loader cannot depend on this module: it
     * must be exactly what the generator writes.
     */
    @Test
    void theLoadersTestFolderIsWhatTheGeneratorWrites() throws IOException {
        Path copy = Path.of("..", "loader", "src", "test", "resources", "article-folder");
        Path fresh = dir.resolve("fresh");
        new CorpusGenerator(BundledData.reference()).generate(6, 11, 1, fresh);
        List<String> names = list(fresh).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(names, list(copy).stream().map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList());
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(n)), Files.readAllBytes(copy.resolve(n)), n);
        }
    }

    @Test
    void aContinuationIsTheTailOfALargerCorpus() throws IOException {
        Path whole = dir.resolve("whole");
        Path tail = dir.resolve("tail");
        CorpusGenerator g = new CorpusGenerator(BundledData.reference());
        g.generate(5, 9, 1, whole);
        g.generate(2, 9, 4, tail);
        for (String id : List.of("synth-9-0000004", "synth-9-0000005")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(id + ".facts")), Files.readAllBytes(tail.resolve(id + ".facts")));
            assertArrayEquals(Files.readAllBytes(whole.resolve(id + ".txt")), Files.readAllBytes(tail.resolve(id + ".txt")));
        }
        assertEquals(List.of("synth-9-0000004.facts", "synth-9-0000005.facts"), ArticleFolder.open(tail).factsFiles());
    }

    /** Mapping alone (no store) over a larger corpus: every fact type occurs, and every article maps. */
    @Test
    void everyFactTypeOccursAndEveryArticleMaps() {
        Path out = dir.resolve("many");
        ReferenceData reference = BundledData.reference();
        CorpusGenerator.Summary s = new CorpusGenerator(reference).generate(200, 5, 1, out);
        assertEquals(200, s.articles());
        GraphNames graphs = new GraphNames(IriScheme.defaultScheme());
        Catalogue catalogue = Catalogue.of(reference, graphs.scheme());
        Set<FactType> seen = EnumSet.noneOf(FactType.class);
        java.util.Map<String, Set<String>> modality = new java.util.TreeMap<>();
        long facts = 0;
        for (ArticleFiles a : ArticleFolder.open(out)) {
            FactsDocument doc = FactsReader.read(a.facts());
            Model m = ArticleMapper.map(doc, a.text(), catalogue, graphs);
            assertTrue(m.size() > 100, "an article of some size");
            for (FactsDocument.Block b : doc.blocks()) {
                seen.add(FactType.named(b.first("type").get().value()).get());
                for (String key : FactType.MODALITY.keySet()) {
                    b.all(key).forEach(f -> modality.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(f.value()));
                }
                facts++;
            }
        }
        assertEquals(EnumSet.allOf(FactType.class), seen);
        java.util.Map<String, Set<String>> every = new java.util.TreeMap<>();
        FactType.MODALITY.forEach((k, v) -> every.put(k, new java.util.TreeSet<>(v.keySet())));
        assertEquals(every, modality, "every value of every modality field");
        assertEquals(s.facts(), facts);
    }

    /** The real path: kg load, then kg load --article for each generated article, then kg validate. */
    @Test
    void generatedArticlesLoadOneByOneAndValidate() {
        Path corpus = dir.resolve("corpus");
        Path store = dir.resolve("store");
        new CorpusGenerator(BundledData.reference()).generate(4, 2026, 1, corpus);
        Run r = kg("load", "--store", store.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        for (String facts : ArticleFolder.open(corpus).factsFiles()) {
            String id = facts.substring(0, facts.length() - ".facts".length());
            r = kg("load", "--store", store.toString(), "-q", "--facts", corpus.resolve(facts).toString(),
                    "--article", corpus.resolve(id + ".txt").toString());
            assertEquals(0, r.exit(), facts + ": " + r.err());
        }
        r = kg("validate", "--store", store.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("conforms"), r.out());
        r = kg("stats", "--store", store.toString());
        for (int i = 1; i <= 4; i++) {
            assertTrue(r.out().contains("graph/article/synth-2026-000000" + i), r.out());
        }
    }

    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }
}
