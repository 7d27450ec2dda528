package org.entente.loader.cli;

import java.time.Clock;
import java.util.Map;

import org.entente.loader.Loader;
import org.entente.loader.UsageException;
import org.entente.loader.remote.RemoteLoader;
import org.entente.loader.remote.RemoteStore;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of a command that may write to a running server instead of the local store:
 * {@code --endpoint} and the endpoints it implies, and the writer's credentials.
 */
public final class EndpointOptions {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Write to the dataset at this URL (such as http://localhost:3030/kg) instead of the local store: "
                    + "queries go to URL/sparql, updates to URL/update, Graph Store requests to URL/data.")
    String endpoint;

    @Option(names = "--query-endpoint", paramLabel = "URL", description = "With --endpoint: another SPARQL query endpoint.")
    String queryEndpoint;

    @Option(names = "--update-endpoint", paramLabel = "URL", description = "With --endpoint: another SPARQL update endpoint.")
    String updateEndpoint;

    @Option(names = "--gsp-endpoint", paramLabel = "URL", description = "With --endpoint: another Graph Store Protocol endpoint.")
    String gspEndpoint;

    @Mixin
    WriterOptions writer;

    /** True if --endpoint is given. */
    public boolean given() {
        return endpoint != null;
    }

    /** The --endpoint value. */
    public String url() {
        return endpoint;
    }

    /** Without --endpoint, the options that go with it are an error. */
    public void checkUnused() {
        if (endpoint == null && (queryEndpoint != null || updateEndpoint != null || gspEndpoint != null || writer.user() != null
                || writer.passwordFile() != null)) {
            throw new UsageException("--query-endpoint, --update-endpoint, --gsp-endpoint, --user and --password-file go with --endpoint");
        }
    }

    /** A loader for the remote store that the options name. */
    public RemoteLoader loader(KgCommand kg, boolean validate, Loader.Progress progress) {
        return new RemoteLoader(remoteStore(System.getenv()), kg.graphs(), Clock.systemDefaultZone(), validate, progress);
    }

    RemoteStore remoteStore(Map<String, String> env) {
        String name = writer.user() != null ? writer.user() : blankToNull(env.get("ENTENTE_USER"));
        String password = null;
        if (writer.passwordFile() != null) {
            password = WriterOptions.readPassword(writer.passwordFile());
        } else if (blankToNull(env.get("ENTENTE_PASSWORD")) != null) {
            password = env.get("ENTENTE_PASSWORD");
        }
        if (name == null && password != null) {
            throw new UsageException("a password is given but no user: add --user NAME (or ENTENTE_USER)");
        }
        if (name != null && password == null) {
            throw new UsageException("user '" + name + "' has no password: give --password-file FILE or set ENTENTE_PASSWORD");
        }
        RemoteStore dataset = RemoteStore.dataset(checkUrl("--endpoint", endpoint), name, password);
        return new RemoteStore(queryEndpoint == null ? dataset.queryEndpoint() : checkUrl("--query-endpoint", queryEndpoint),
                updateEndpoint == null ? dataset.updateEndpoint() : checkUrl("--update-endpoint", updateEndpoint),
                gspEndpoint == null ? dataset.gspEndpoint() : checkUrl("--gsp-endpoint", gspEndpoint), name, password);
    }

    private static String checkUrl(String option, String url) {
        if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new UsageException(option + " is '" + url + "'; expected an http(s) URL such as http://localhost:3030/kg");
        }
        return url;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
