package org.entente.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.entente.server.cli.Kg;

/**
 * A SPARQL server that the query benchmark starts over a store directory, queries, and stops: a
 * plain Fuseki, and {@code kg serve}.
 */
record ServerTarget(String name, String mainClass, List<String> args, URI endpoint, boolean probe) {

    /** Jena's own Fuseki main over the TDB2 directory, nothing of the project's code called. */
    static ServerTarget plainFuseki(Path store, int port) {
        return new ServerTarget("plain Fuseki (FusekiMainCmd --loc)", "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                List.of("--loc=" + store, "--port=" + port, "--localhost",
                        // The store keeps everything in named graphs; kg queries see their union as the default graph.
                        "--set=tdb:unionDefaultGraph=true", "/kg"),
                URI.create("http://127.0.0.1:" + port + "/kg/sparql"), false);
    }

    /** {@code kg serve} over the store, as kg.jar runs it. */
    static ServerTarget kgServe(Path store, int port) {
        return new ServerTarget("kg serve", Kg.class.getName(), List.of("serve", "--store", store.toString(), "--port", Integer.toString(port)),
                URI.create("http://127.0.0.1:" + port + "/kg/sparql"), true);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
