package org.entente.loader.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.entente.loader.LoadReport;
import org.entente.loader.Loader;
import org.entente.loader.PhaseTimes;
import org.entente.loader.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kg unload}: removes one article, and what only it supported, from the store or a running server. */
@Command(name = "unload", sortOptions = false,
        description = {
            "Removes an article from the store: its graph, the inferences no other source still supports, in one "
                + "transaction; the nodes it touched are checked against the SHACL shapes again.",
            "",
            "With --endpoint, removes it from a running server (or any SPARQL 1.1 store) with one SPARQL Update request."})
public final class UnloadCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Spec
    CommandSpec spec;

    @Option(names = "--article", paramLabel = "ID", required = true,
            description = "The article's id (the 'article:' line of its facts file).")
    String article;

    @Option(names = "--no-validate", description = "Skip the SHACL validation of the touched nodes.")
    boolean noValidate;

    @Mixin
    QuietOption quiet;

    @Mixin
    EndpointOptions endpoint;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PhaseTimes progress = new PhaseTimes(quiet.quiet() ? Loader.Progress.none() : m -> {
            out.println("  " + m);
            out.flush();
        });
        if (endpoint.given()) {
            LoadReport report = endpoint.loader(kg, !noValidate, progress).unloadArticle(article);
            print(out, report, progress, endpoint.url());
            return 0;
        }
        endpoint.checkUnused();
        try (KgStore store = kg.openExistingStore()) {
            Loader loader = new Loader(store, kg.graphs(), Clock.systemDefaultZone(), !noValidate, progress);
            print(out, loader.unloadArticle(article), progress, kg.store().toString());
        }
        return 0;
    }

    private void print(PrintWriter out, LoadReport report, PhaseTimes phases, String target) {
        if (!quiet.quiet()) {
            out.printf("Removed article %s from %s in %.1f s%n", article, target, report.totalMillis() / 1000.0);
            if (!phases.isEmpty()) {
                out.println("  phases: " + phases);
            }
        }
    }
}
