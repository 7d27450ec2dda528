package org.entente.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.loader.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg bench}: the load and query benchmark against Jena's own tools. */
@Command(name = "bench",
        description = {
            "Benchmarks loading against Jena's tdb2.tdbloader and querying against a plain Fuseki.",
            "",
            "On a synthetic corpus: loading (kg load --articles, then tdb2.tdbloader on the same quads), then "
                + "SPARQL over HTTP (kg serve and a plain Fuseki over the same store, in alternating rounds), then the growth rows "
                + "(one article added, replaced and removed, locally and over the endpoint) and the extraction speed on one CPU. Every "
                + "side runs in its own child JVM, one after another. Writes a Markdown table and a JSON file with the "
                + "machine's description to the output folder. See docs/benchmark.md."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", defaultValue = "small", paramLabel = "SCALE",
            description = "small, 1m or 10m (about that many triples; default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--output", defaultValue = "bench-results", paramLabel = "DIR",
            description = "Where the tables go (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for the corpus and the stores (default: OUTPUT/work-SCALE; emptied first).")
    Path work;

    @Option(names = "--articles", paramLabel = "N", description = "Override the scale's number of articles.")
    Integer articles;

    @Mixin
    SeedOption seed;

    @Option(names = "--heap", paramLabel = "SIZE", description = "-Xmx of every child JVM (default: the scale's).")
    String heap;

    @Option(names = "--requests", paramLabel = "N", description = "Requests per client level (default: the scale's, 200).")
    Integer requests;

    @Option(names = "--latency-requests", paramLabel = "N",
            description = "Requests per query in the one-client latency run (default: the scale's, 200).")
    Integer latencyRequests;

    @Option(names = "--rounds", paramLabel = "N",
            description = "Starts of each server, in the order A B B A ..., sharing the requests (default: the scale's, 2).")
    Integer rounds;

    @Option(names = "--per-article", paramLabel = "N", description = "Articles to add one at a time with Loader.loadArticle (default: the scale's; 0 to skip).")
    Integer perArticle;

    @Option(names = "--growth", paramLabel = "N",
            description = "Articles of the growth rows: each added, replaced and removed, at the bundled-only store and the corpus's, "
                    + "locally and over the endpoint (default: the scale's, 5; 0 to skip).")
    Integer growth;

    @Option(names = "--growth-warm-up", paramLabel = "N",
            description = "Articles added, replaced and removed first in each in-process growth child, not reported, so that the JIT "
                    + "of the child (and of the kg serve it writes to) has compiled the loader's paths (default: the scale's, 4).")
    Integer growthWarmUp;

    @Option(names = "--no-growth-endpoint",
            description = "Growth rows locally only, without the endpoint columns (which start a kg serve over each store).")
    boolean noGrowthEndpoint;

    @Option(names = "--no-extraction", description = "Skip the extraction speed row.")
    boolean noExtraction;

    @Option(names = "--extraction-texts", paramLabel = "DIR",
            description = "The development texts (NAME.txt with NAME.facts) of the extraction speed row (default: the repository's "
                    + ExtractionRow.DEV_SET + ").")
    Path extractionTexts;

    @Option(names = "--jena-loaders", split = ",", paramLabel = "L", description = "tdb2.tdbloader loaders to run (default: the scale's).")
    List<String> loaders;

    @Option(names = "--queries", split = ",", paramLabel = "NAME", description = "Only these named queries (default: all).")
    List<String> queries = List.of();

    @Option(names = "--no-queries", description = "Skip the query benchmark.")
    boolean noQueries;

    @Option(names = "--profile", description = "Record the kg load with JFR and summarise where its time goes.")
    boolean profile;

    @Option(names = "--kg-serve-first", description = "Query kg serve before the plain Fuseki (default: Fuseki first).")
    boolean kgServeFirst;

    @Option(names = "--keep", description = "Keep the corpus and the stores in the work folder.")
    boolean keep;

    @Option(names = "--classpath", paramLabel = "CP", description = "Class path of the child JVMs (default: this JVM's, i.e. kg-bench.jar).")
    String classpath;

    @Option(names = "--timeout", defaultValue = "7200", paramLabel = "SECONDS", description = "Kill a child after this long (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public Integer call() throws Exception {
        Scale s;
        try {
            s = Scale.named(scale);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scale: " + e.getMessage());
        }
        if (articles != null) {
            s = s.withArticles(articles);
        }
        if (heap != null) {
            s = s.withHeap(heap);
        }
        if (requests != null) {
            s = s.withRequests(requests);
        }
        if (latencyRequests != null) {
            s = s.withLatencyPerQuery(latencyRequests);
        }
        if (rounds != null) {
            if (rounds < 1) {
                throw new UsageException("--rounds must be at least 1");
            }
            s = s.withRounds(rounds);
        }
        if (perArticle != null) {
            s = s.withPerArticle(perArticle);
        }
        if (growth != null) {
            if (growth < 0) {
                throw new UsageException("--growth must be 0 or more, not " + growth);
            }
            s = s.withGrowth(growth);
        }
        if (growthWarmUp != null) {
            if (growthWarmUp < 0) {
                throw new UsageException("--growth-warm-up must be 0 or more, not " + growthWarmUp);
            }
            s = s.withGrowthWarmUp(growthWarmUp);
        }
        if (noExtraction) {
            s = s.withExtractSeconds(-1);
        }
        if (extractionTexts != null && !java.nio.file.Files.isDirectory(extractionTexts)) {
            throw new UsageException("--extraction-texts: " + extractionTexts + " is not a folder");
        }
        if (loaders != null) {
            for (String l : loaders) {
                if (!Scale.ALL_LOADERS.contains(l)) {
                    throw new UsageException("--jena-loaders: '" + l + "'; expected some of " + Scale.ALL_LOADERS);
                }
            }
            s = s.withLoaders(loaders);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path workDir = work != null ? work : output.resolve("work-" + s.name());
        Harness.Options o = new Harness.Options(s, seed.seed(), output.toAbsolutePath(), workDir.toAbsolutePath(),
                classpath != null ? classpath : Child.ownClasspath(), keep, profile, !noQueries, queries, Duration.ofSeconds(timeout), kgServeFirst,
                extractionTexts == null ? null : extractionTexts.toAbsolutePath(), !noGrowthEndpoint);
        Path md = new Harness(o, out).run();
        out.println();
        out.print(java.nio.file.Files.readString(md));
        out.flush();
        return 0;
    }
}
