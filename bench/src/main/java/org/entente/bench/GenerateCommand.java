package org.entente.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.entente.loader.BundledData;
import org.entente.loader.cli.QuietOption;
import org.entente.bench.synth.CorpusGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg generate}: a scaled corpus of synthetic articles, for benchmarks and tests. */
@Command(name = "generate",
        description = {
            "Writes N synthetic articles (text, facts, index.txt) over the real reference data.",
            "",
            "For each article ID.txt and ID.facts, and an index.txt that lists them, over the real states, "
                + "organisations, places, actors and assets of the bundled reference data. The texts are made up from "
                + "templates; every fact quotes its text exactly. The same seed gives byte-identical files. Each "
                + "article adds about 635 quads to a store, inferences included (see docs/benchmark.md)."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles to write.")
    int articles;

    @Mixin
    SeedOption seed;

    @Option(names = "--start", defaultValue = "1", paramLabel = "K",
            description = "The number of the first article (default: ${DEFAULT-VALUE}); articles K..K+N-1 of the corpus with this seed.")
    int start;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write (created if needed).")
    Path output;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        CorpusGenerator.Summary s = new CorpusGenerator(BundledData.reference()).generate(articles, seed.seed(), start, output);
        if (!quiet.quiet()) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Wrote %d articles (%d facts, %.1f MB of text, %.1f MB of facts) to %s in %.1f s%n", s.articles(), s.facts(),
                    s.textBytes() / 1e6, s.factsBytes() / 1e6, output, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
