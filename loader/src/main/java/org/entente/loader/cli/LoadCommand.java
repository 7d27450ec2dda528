package org.entente.loader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.entente.loader.LoadReport;
import org.entente.loader.Loader;
import org.entente.loader.PhaseTimes;
import org.entente.loader.UsageException;
import org.entente.loader.remote.RemoteLoader;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kg load}: the bundled data, or one article, into the local store or a running server. */
@Command(name = "load", sortOptions = false,
        description = {
            "Loads the bundled data, an article or a folder of articles into the store or a running server.",
            "",
            "Without options, loads the ontology, the reference data and every bundled article. With --article "
                + "and --facts, adds one article, or replaces the article with the same id. With --articles DIR, loads "
                + "the bundled data and every article listed in DIR/index.txt (as 'kg generate' writes it) in one "
                + "transaction, or, into an empty store, with the bulk writer, which sorts each index and packs it with Jena's B+tree packer (docs/bulk-load.md). Each local load "
                + "is all or nothing: on any error nothing is written.",
            "",
            "With --endpoint, loads into a running server (or any SPARQL 1.1 Graph Store Protocol store) instead, "
                + "as the writer that --user and --password-file name: the sources are mapped, inferred and checked here, "
                + "reading only what that needs; an article is then sent as one SPARQL Update (one transaction on the "
                + "server), the bundled data as one HTTP PUT per graph."})
public final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Spec
    CommandSpec spec;

    @Option(names = "--article", paramLabel = "TEXT", description = "The article's text (UTF-8).")
    Path article;

    @Option(names = "--facts", paramLabel = "FACTS", description = "The article's curated facts file.")
    Path facts;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "A folder of articles: its index.txt lists the facts files, one per line; each names its text. "
                    + "Loaded with the bundled data, all or nothing (into an empty store with the bulk writer).")
    Path articles;

    @Option(names = "--no-validate", description = "Skip the SHACL validation of the loaded store.")
    boolean noValidate;

    @Mixin
    QuietOption quiet;

    @Mixin
    EndpointOptions endpoint;

    @Override
    public Integer call() {
        if ((article == null) != (facts == null)) {
            throw new UsageException("--article and --facts go together: give both, or neither to load the bundled data");
        }
        if (articles != null && (article != null || facts != null)) {
            throw new UsageException("--articles loads a whole folder; it cannot be combined with --article and --facts");
        }
        if (articles != null && endpoint.given()) {
            throw new UsageException("--articles loads into the local store; it cannot be combined with --endpoint");
        }
        endpoint.checkUnused();
        PrintWriter out = spec.commandLine().getOut();
        PhaseTimes progress = new PhaseTimes(quiet.quiet() ? Loader.Progress.none() : m -> {
            out.println("  " + m);
            out.flush();
        });
        Input factsInput = facts == null ? null : Input.of(facts);
        Input textInput = article == null ? null : Input.of(article);
        if (endpoint.given()) {
            RemoteLoader loader = endpoint.loader(kg, !noValidate, progress);
            LoadReport report = facts == null ? loader.loadBundled() : loader.loadArticle(factsInput, textInput);
            print(out, report, progress, endpoint.url(), "Sent to");
            return 0;
        }
        try (KgStore store = kg.openStore()) {
            Loader loader = new Loader(store, kg.graphs(), Clock.systemDefaultZone(), !noValidate, progress);
            LoadReport report;
            if (articles != null) {
                report = loader.loadFolder(ArticleFolder.open(articles));
            } else {
                report = facts == null ? loader.loadBundled() : loader.loadArticle(factsInput, textInput);
            }
            print(out, report, progress, kg.store().toString(), "Loaded into");
        }
        return 0;
    }

    private void print(PrintWriter out, LoadReport report, PhaseTimes phases, String target, String verb) {
        if (!quiet.quiet()) {
            out.printf("%s %s in %.1f s:%n", verb, target, report.totalMillis() / 1000.0);
            if (report.graphs().size() <= 100) {
                for (LoadReport.GraphLoad g : report.graphs()) {
                    out.printf("  %-60s %9d triples %7d ms%n", g.graph(), g.triples(), g.millis());
                }
            } else {
                long triples = report.graphs().stream().mapToLong(LoadReport.GraphLoad::triples).sum();
                out.printf("  %d graphs, %d triples%n", report.graphs().size(), triples);
            }
            if (!phases.isEmpty()) {
                out.println("  phases: " + phases);
            }
        }
    }
}
