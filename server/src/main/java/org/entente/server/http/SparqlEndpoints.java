package org.entente.server.http;

/**
 * The SPARQL endpoints of the dataset, and which of them a request is for: the query endpoint,
 * the update endpoint, or the Graph Store (a read for GET, HEAD and OPTIONS, else a write).
 *
 * @param query      the query endpoint's path, such as /kg/sparql
 * @param update     the update endpoint's path, such as /kg/update
 * @param graphStore the Graph Store endpoint's path, such as /kg/data (and everything under it)
 */
public record SparqlEndpoints(String query, String update, String graphStore) {

    /** What a request to the dataset is. */
    public enum Kind {
        QUERY, UPDATE, GRAPH_STORE_READ, GRAPH_STORE_WRITE,
        /** Any other path (the dataset itself, a path that names no endpoint). */
        OTHER
    }

    /** The kind of a request, by its path (after the context path) and method. */
    public Kind classify(String path, String method) {
        if (path.equals(query)) {
            return Kind.QUERY;
        }
        if (path.equals(update)) {
            return Kind.UPDATE;
        }
        if (path.equals(graphStore) || path.startsWith(graphStore + "/")) {
            boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
            return read ? Kind.GRAPH_STORE_READ : Kind.GRAPH_STORE_WRITE;
        }
        return Kind.OTHER;
    }
}
