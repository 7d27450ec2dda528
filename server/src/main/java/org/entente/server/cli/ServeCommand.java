package org.entente.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.entente.loader.cli.KgCommand;
import org.entente.loader.cli.WriterOptions;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.server.KgServer;
import org.entente.server.ServeSettings;
import org.entente.ontology.IriScheme;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kg serve}: the SPARQL endpoint, the API and the web form over the store. */
@Command(name = "serve", sortOptions = false,
        description = {
            "Serves the store over HTTP: the SPARQL endpoint, the web form, the JSON API and Linked Data.",
            "",
            "SPARQL at /kg/sparql, the JSON API at /api, the web form at /. Loads the bundled data first if the "
                + "store is empty. Stop it with Ctrl-C. Only the writer that --user and --password-file name may write "
                + "(SPARQL update, Graph Store writes); without one, every write is refused. Each setting comes from "
                + "its flag, else its environment variable, else the --config file, else the default."})
public final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    KgCommand kg;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port; 0 for any free one (default 3030; ENTENTE_PORT).")
    String port;

    @Option(names = "--config", paramLabel = "FILE", description = "A Java properties file with settings (keys: port, store, baseIri, user, passwordFile, queryTimeout, federate, maxResultRows, localhost, maxQueryBytes, maxUpdateBytes).")
    Path config;

    @Mixin
    WriterOptions writer;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "Stop queries after this many seconds (default 30; ENTENTE_QUERY_TIMEOUT).")
    String queryTimeout;

    @Option(names = "--localhost", description = "Listen on localhost (the loopback interface) only, not on every interface (ENTENTE_LOCALHOST=true).")
    boolean localhost;

    @Option(names = "--federate", paramLabel = "URL", description = "Allow SERVICE calls to this SPARQL endpoint (repeatable; ENTENTE_FEDERATE). Without it, SERVICE is refused.")
    List<String> federate;

    @Override
    public Integer call() {
        ServeSettings settings = ServeSettings.resolve(flags(), System.getenv(), Optional.ofNullable(config));
        KgStore store = KgStore.open(settings.store());
        GraphNames graphs = new GraphNames(IriScheme.of(settings.baseIri()));
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        KgServer server = KgServer.builder().store(store).graphs(graphs).config(settings.config())
                .loadBundledIfEmpty(true, m -> out.println("  " + m)).build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { server.stop(); store.close(); }, "kg-serve-shutdown"));
        server.start();
        String url = server.url();
        out.printf("Entente is serving %s (started in %.1f s)%n  SPARQL endpoint  %skg/sparql%n  web form         %s%n"
                + "  API              %sapi/queries%nPress Ctrl-C to stop.%n", settings.store(), (System.nanoTime() - t0) / 1e9, url, url, url);
        out.flush();
        server.join();
        return 0;
    }

    /** The flags given on the command line (inherited --store and --base-iri included), by setting key. */
    private Map<String, String> flags() {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "port", port);
        put(f, "user", writer.user());
        put(f, "passwordFile", writer.passwordFile() == null ? null : writer.passwordFile().toString());
        put(f, "queryTimeout", queryTimeout);
        put(f, "federate", federate == null ? null : String.join(",", federate));
        put(f, "localhost", localhost ? "true" : null);
        if (matched("--store")) {
            f.put("store", kg.store().toString());
        }
        if (matched("--base-iri")) {
            f.put("baseIri", kg.baseIri());
        }
        return f;
    }

    private boolean matched(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option)
                || (spec.parent() != null && spec.parent().commandLine().getParseResult().hasMatchedOption(option));
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
