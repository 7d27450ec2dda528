package org.entente.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.loader.BundledData;
import org.entente.bench.synth.CorpusGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg generate}: a scaled corpus of synthetic articles, for benchmarks and tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {
            "Writes N synthetic articles (ID.txt and ID.facts each, and an index.txt) over the real states,",
            "organisations, places, actors and assets of the bundled reference data. The texts are made up",
            "from templates; every fact quotes its text exactly. The same seed gives byte-identical files.",
            "Each article adds about 635 quads to a store, inferences included (see docs/benchmark.md)."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles to write.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed, 0 or more (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "1", paramLabel = "K",
            description = "The number of the first article (default: ${DEFAULT-VALUE}); articles K..K+N-1 of the corpus with this seed.")
    int start;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write (created if needed).")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing.")
    boolean quiet;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        CorpusGenerator.Summary s = new CorpusGenerator(BundledData.reference()).generate(articles, seed, start, output);
        if (!quiet) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Wrote %d articles (%d facts, %.1f MB of text, %.1f MB of facts) to %s in %.1f s%n", s.articles(), s.facts(),
                    s.textBytes() / 1e6, s.factsBytes() / 1e6, output, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
