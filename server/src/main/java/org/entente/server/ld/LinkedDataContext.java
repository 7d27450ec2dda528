package org.entente.server.ld;

import java.util.Objects;

import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;

/**
 * What the Linked Data part of the server needs: the store it reads (the one Fuseki serves; every
 * read is a read transaction of the store), the graph names and with them the base IRI, and the
 * path of the SPARQL endpoint on this server (such as /kg/sparql), which VoID advertises.
 */
public record LinkedDataContext(KgStore store, GraphNames graphs, String sparqlEndpointPath) {
    public LinkedDataContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(sparqlEndpointPath, "sparqlEndpointPath");
        if (!sparqlEndpointPath.startsWith("/")) {
            throw new IllegalArgumentException("sparqlEndpointPath must start with '/': " + sparqlEndpointPath);
        }
    }
}
