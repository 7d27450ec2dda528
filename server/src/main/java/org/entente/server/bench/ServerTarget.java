package org.entente.server.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A SPARQL server that the query benchmark starts over a store directory, queries, and stops.
 * Phase 1 has the plain Fuseki; {@code kg serve} slots in as a second target once the server is
 * merged ({@link #kgServe}).
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

    /**
     * {@code kg serve}, if this build has it (the server branch adds {@code org.entente.server.ServeCommand});
     * empty otherwise. Not exercised until the server is merged.
     */
    static Optional<ServerTarget> kgServe(Path store, int port) {
        try {
            Class.forName("org.entente.server.ServeCommand", false, ServerTarget.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(new ServerTarget("kg serve", "org.entente.loader.cli.Kg",
                List.of("serve", "--store", store.toString(), "--port", Integer.toString(port)),
                URI.create("http://127.0.0.1:" + port + "/kg/sparql"), true));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
