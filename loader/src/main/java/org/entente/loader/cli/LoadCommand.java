package org.entente.loader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.entente.loader.LoadReport;
import org.entente.loader.Loader;
import org.entente.loader.UsageException;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kg load}: the bundled data, or one article. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Loads the ontology, the reference data and every bundled article into the store,",
            "or, with --article and --facts, adds or replaces one article.",
            "Each load is one transaction: on any error nothing is written."})
public final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Spec
    CommandSpec spec;

    @Option(names = "--article", paramLabel = "TEXT", description = "The article's text (UTF-8).")
    Path article;

    @Option(names = "--facts", paramLabel = "FACTS", description = "The article's curated facts file.")
    Path facts;

    @Option(names = "--no-validate", description = "Skip the SHACL validation of the loaded store.")
    boolean noValidate;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Override
    public Integer call() {
        if ((article == null) != (facts == null)) {
            throw new UsageException("--article and --facts go together: give both, or neither to load the bundled data");
        }
        PrintWriter out = spec.commandLine().getOut();
        Loader.Progress progress = quiet ? Loader.Progress.none() : m -> {
            out.println("  " + m);
            out.flush();
        };
        Input factsInput = facts == null ? null : Input.of(facts);
        Input textInput = article == null ? null : Input.of(article);
        try (KgStore store = kg.openStore()) {
            Loader loader = new Loader(store, kg.graphs(), Clock.systemDefaultZone(), !noValidate, progress);
            LoadReport report = facts == null ? loader.loadBundled() : loader.loadArticle(factsInput, textInput);
            if (!quiet) {
                out.printf("Loaded into %s in %.1f s:%n", kg.store(), report.totalMillis() / 1000.0);
                for (LoadReport.GraphLoad g : report.graphs()) {
                    out.printf("  %-60s %9d triples %7d ms%n", g.graph(), g.triples(), g.millis());
                }
            }
        }
        return 0;
    }
}
