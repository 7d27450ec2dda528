package org.entente.loader.remote;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.web.HttpSC;

/**
 * A store reached over HTTP with the standard protocols only: SPARQL 1.1 Query (to list the
 * named graphs) and the SPARQL 1.1 Graph Store Protocol (to read and replace one named graph at a
 * time). Works with Fuseki, and with any store that speaks both protocols.
 *
 * <p>Writes carry HTTP Basic credentials if some are given. Errors become a
 * {@link RemoteStoreException} with a one-line message that names the URL and the user, never the
 * password.
 */
public final class RemoteStore {
    private final String queryEndpoint;
    private final String updateEndpoint;
    private final String gspEndpoint;
    private final String user;
    private final String authorization;

    /**
     * @param queryEndpoint the SPARQL query endpoint (such as http://host:3030/kg/sparql)
     * @param updateEndpoint the SPARQL update endpoint (such as http://host:3030/kg/update)
     * @param gspEndpoint   the Graph Store Protocol endpoint (such as http://host:3030/kg/data)
     * @param user          the user to write as, or null for none
     * @param password      the user's password, or null
     */
    public RemoteStore(String queryEndpoint, String updateEndpoint, String gspEndpoint, String user, String password) {
        this.queryEndpoint = Objects.requireNonNull(queryEndpoint, "queryEndpoint");
        this.updateEndpoint = Objects.requireNonNull(updateEndpoint, "updateEndpoint");
        this.gspEndpoint = Objects.requireNonNull(gspEndpoint, "gspEndpoint");
        this.user = user;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Objects.requireNonNull(password, "password")).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A Fuseki-style dataset URL: queries at {@code {dataset}/sparql}, updates at
     * {@code {dataset}/update}, the Graph Store at {@code {dataset}/data}.
     */
    public static RemoteStore dataset(String datasetUrl, String user, String password) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new RemoteStore(base + "/sparql", base + "/update", base + "/data", user, password);
    }

    public String queryEndpoint() {
        return queryEndpoint;
    }

    public String updateEndpoint() {
        return updateEndpoint;
    }

    public String gspEndpoint() {
        return gspEndpoint;
    }

    /** The names of the store's named graphs. */
    public List<Node> graphNames() {
        return call(queryEndpoint, "list the graphs", () -> {
            List<Node> names = new ArrayList<>();
            try (QueryExecHTTP qe = QueryExecHTTP.service(queryEndpoint)
                    .query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").build()) {
                RowSet rows = qe.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Node g = b.get(Var.alloc("g"));
                    if (g != null && g.isURI()) {
                        names.add(g);
                    }
                }
            }
            return names;
        });
    }

    /** The rows of a SELECT query (built with Jena's syntax classes, never from strings of user input), sent by POST. */
    public List<Binding> select(Query query) {
        return call(queryEndpoint, "query the store", () -> {
            List<Binding> out = new ArrayList<>();
            try (QueryExecHTTP qe = QueryExecHTTP.service(queryEndpoint).sendMode(QuerySendMode.asPost).query(query).build()) {
                qe.select().forEachRemaining(out::add);
            }
            return out;
        });
    }

    /** True if the store has a named graph. */
    public boolean containsGraph(Node graph) {
        Query q = QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }");
        Query ask = org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(q,
                java.util.Map.of(Var.alloc("g"), graph));
        return call(queryEndpoint, "ask for <" + graph.getURI() + ">", () -> {
            try (QueryExecHTTP qe = QueryExecHTTP.service(queryEndpoint).query(ask).build()) {
                return qe.ask();
            }
        });
    }

    /**
     * Sends one SPARQL Update request, which the store applies in one transaction (Fuseki does):
     * all of it or nothing.
     */
    public void update(UpdateRequest request) {
        call(updateEndpoint, "update the store", () -> {
            UpdateExecHTTPBuilder b = UpdateExecHTTP.service(updateEndpoint).update(request);
            if (authorization != null) {
                b.httpHeader("Authorization", authorization);
            }
            b.build().execute();
            return null;
        });
    }

    /**
     * A named graph's triples, read with one CONSTRUCT over the query endpoint (the graph's name
     * bound as an IRI, not written into the query text).
     */
    public Graph graph(Node graph) {
        Query q = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        Query construct = org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(q,
                java.util.Map.of(Var.alloc("g"), graph));
        return call(queryEndpoint, "read <" + graph.getURI() + ">", () -> {
            try (QueryExecHTTP qe = QueryExecHTTP.service(queryEndpoint).sendMode(QuerySendMode.asPost).query(construct).build()) {
                return qe.construct();
            }
        });
    }

    /** A named graph's triples. */
    public Graph get(Node graph) {
        return call(gspEndpoint, "read <" + graph.getURI() + ">", () -> gsp().graphName(graph).GET());
    }

    /** Replaces a named graph (one HTTP PUT, which the store applies atomically). */
    public void put(Node graph, Graph content) {
        call(gspEndpoint, "replace <" + graph.getURI() + ">", () -> {
            gsp().graphName(graph).contentType(RDFFormat.NTRIPLES).PUT(content);
            return null;
        });
    }

    private GSP gsp() {
        GSP gsp = GSP.service(gspEndpoint);
        if (authorization != null) {
            gsp.httpHeader("Authorization", authorization);
        }
        return gsp;
    }

    private <T> T call(String url, String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (HttpException e) {
            throw failure(url, what, e.getStatusCode(), e.getStatusLine(), e);
        } catch (QueryExceptionHTTP e) {
            throw failure(url, what, e.getStatusCode(), e.getStatusLine(), e);
        } catch (QueryException e) {
            throw new RemoteStoreException("cannot " + what + " at " + url + ": " + firstLine(e.getMessage()), -1, e);
        }
    }

    private RemoteStoreException failure(String url, String what, int status, String statusLine, Throwable e) {
        if (status <= 0) {
            String reason = rootCause(e);
            return new RemoteStoreException("cannot reach " + url + " (" + reason + ")", -1, e);
        }
        String reason = statusLine == null || statusLine.isBlank() ? HttpSC.getMessage(status) : statusLine.strip();
        String http = "HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason);
        String message = switch (status) {
            case 401 -> user == null
                    ? "the store at " + url + " wants credentials to " + what + " (" + http + "); give --user and a password"
                    : "the store at " + url + " refused the credentials of user '" + user + "' (" + http
                            + "); check --user and the password";
            case 403 -> "the store at " + url + " does not allow " + (user == null ? "anonymous users" : "user '" + user + "'")
                    + " to " + what + " (" + http + ")";
            case 404 -> "there is no such endpoint: " + url + " (" + http + ")";
            default -> "cannot " + what + " at " + url + ": " + http;
        };
        return new RemoteStoreException(message, status, e);
    }

    private static String rootCause(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        if (chain.stream().anyMatch(t -> t instanceof UnresolvedAddressException || t instanceof UnknownHostException)) {
            return "unknown host";
        }
        if (chain.stream().anyMatch(t -> t instanceof HttpConnectTimeoutException)) {
            return "connection timed out";
        }
        if (chain.stream().anyMatch(t -> t instanceof ConnectException)) {
            return "connection refused";
        }
        Throwable root = chain.get(chain.size() - 1);
        return root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
