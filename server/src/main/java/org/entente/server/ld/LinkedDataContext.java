package org.entente.server.ld;

import java.util.Objects;

import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.mapping.GraphNames;

/**
 * What the Linked Data part of the server needs: the dataset it reads (shared with Fuseki; every
 * read is a read transaction), the graph names and with them the base IRI, and the path of the
 * SPARQL endpoint on this server (such as /kg/sparql), which VoID advertises.
 */
public record LinkedDataContext(DatasetGraph dataset, GraphNames graphs, String sparqlEndpointPath) {
    public LinkedDataContext {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(sparqlEndpointPath, "sparqlEndpointPath");
        if (!sparqlEndpointPath.startsWith("/")) {
            throw new IllegalArgumentException("sparqlEndpointPath must start with '/': " + sparqlEndpointPath);
        }
    }
}
