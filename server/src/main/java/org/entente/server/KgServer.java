package org.entente.server;

import java.time.Clock;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.entente.loader.LoadReport;
import org.entente.loader.Loader;
import org.entente.loader.StorageException;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.store.KgStore;
import org.entente.server.api.Api;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.entente.server.http.BodyLimits;
import org.entente.server.http.CorsFilter;
import org.entente.server.http.PlainErrorHandler;
import org.entente.server.http.QueryEndpointFilter;
import org.entente.server.http.RequestLimitsFilter;
import org.entente.server.http.ResponseHeadersFilter;
import org.entente.server.http.SparqlEndpoints;
import org.entente.server.http.StaticFileServlet;
import org.entente.server.ld.LinkedData;
import org.entente.server.ld.LinkedDataContext;
import org.entente.server.service.ServiceDescription;
import org.entente.server.sparql.BoundedQueryProcessor;
import org.entente.server.sparql.MemoryGuard;
import org.entente.server.sparql.ServiceAllowList;
import org.entente.server.sparql.ServiceDescriptionFilter;
import org.entente.server.sparql.SparqlUpdate;
import org.entente.server.sparql.WriteAccess;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Entente server: Fuseki with the store as the dataset {@code /kg}, the JSON API under
 * {@code /api}, and the web form at {@code /}.
 *
 * <pre>
 *   /kg/sparql   SPARQL query (GET, POST), service description when fetched without a query
 *   /kg/update   SPARQL update (writer only)
 *   /kg/data     Graph Store Protocol: reads public, writes by the writer only
 *   /api/*       the JSON API
 *   /, /assets/* the web form and the site's static files (class-path resources under org/entente/server/web/)
 *   /id/*, ...   Linked Data (see {@link LinkedData})
 * </pre>
 *
 * Made with {@link #builder()}; the server does not own the store: whoever opened it closes it
 * after {@link #stop()}.
 */
public final class KgServer {
    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);

    /** The dataset's path. */
    public static final String DATASET = "/kg";
    public static final String QUERY_ENDPOINT = DATASET + "/sparql";
    public static final String UPDATE_ENDPOINT = DATASET + "/update";
    public static final String GSP_ENDPOINT = DATASET + "/data";
    public static final String API = "/api";

    private final FusekiServer fuseki;
    private final KgStore store;
    private final GraphNames graphs;
    private final boolean loadIfEmpty;
    private final Loader.Progress progress;
    private final int configuredPort;
    private final MemoryGuard guard;
    private volatile boolean stopped;

    private KgServer(FusekiServer fuseki, MemoryGuard guard, Builder b) {
        this.fuseki = fuseki;
        this.guard = guard;
        this.store = b.store;
        this.graphs = b.graphs;
        this.loadIfEmpty = b.loadIfEmpty;
        this.progress = b.progress;
        this.configuredPort = b.config.port();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server. If the builder asked for it and the store has no graphs, the bundled data
     * is loaded first, so a fresh store answers with data.
     */
    public KgServer start() {
        if (loadIfEmpty && store.graphNames().isEmpty()) {
            LOG.info("The store is empty: loading the bundled data");
            LoadReport report = new Loader(store, graphs, Clock.systemDefaultZone(), true, progress).loadBundled();
            LOG.info("Loaded {} graphs in {} ms", report.graphs().size(), report.totalMillis());
        }
        try {
            fuseki.start();
        } catch (org.apache.jena.fuseki.FusekiException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new StorageException("cannot listen on port " + configuredPort + ": " + t.getMessage()
                            + " (another server on that port? choose one with --port)", e);
                }
            }
            throw e;
        }
        return this;
    }

    /** The HTTP port the server listens on (the chosen one if the configuration said 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL on this machine, such as http://localhost:3030/ */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; it can be called more than once. The store stays open. */
    public synchronized void stop() {
        if (!stopped) {
            stopped = true;
            fuseki.stop();
            guard.close();
        }
    }

    public static final class Builder {
        private KgStore store;
        private GraphNames graphs;
        private ServerConfig config = ServerConfig.defaults();
        private NamedQueryRegistry queries;
        private Clock clock = Clock.systemDefaultZone();
        private boolean loadIfEmpty;
        private Loader.Progress progress = Loader.Progress.none();

        private Builder() {}

        /** The store to serve (required). */
        public Builder store(KgStore store) {
            this.store = store;
            return this;
        }

        /** The graph names, under the base IRI of the data (required). */
        public Builder graphs(GraphNames graphs) {
            this.graphs = graphs;
            return this;
        }

        public Builder config(ServerConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** The named queries of the API (default: those on the class path). */
        public Builder queries(NamedQueryRegistry queries) {
            this.queries = queries;
            return this;
        }

        /** The clock that decides 'today' for named queries (default: the system's). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Load the bundled data on start if the store has no graphs at all. */
        public Builder loadBundledIfEmpty(boolean load, Loader.Progress progress) {
            this.loadIfEmpty = load;
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public KgServer build() {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(graphs, "graphs");
            NamedQueryRegistry registry = queries == null ? NamedQueryRegistry.fromClasspath() : queries;
            long timeoutMillis = config.queryTimeout().toMillis();

            // Each endpoint's context: the timeout and the SERVICE allow-list apply to what runs there.
            Context queryContext = new Context();
            queryContext.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            ServiceAllowList.install(queryContext, config.federate());
            Context updateContext = new Context();
            ServiceAllowList.install(updateContext, config.federate());

            MemoryGuard guard = new MemoryGuard(MemoryGuard.DEFAULT_FRACTION);
            DataService.Builder dataset = DataService.newBuilder(store.datasetGraph())
                    .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql")
                            .processor(new BoundedQueryProcessor(config.maxResultRows(), config.queryTimeout(), guard))
                            .context(queryContext).build())
                    .addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                            .processor(new SparqlUpdate()).context(updateContext).build())
                    .addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName("data").build());

            boolean federated = !config.federate().isEmpty();
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(config.port())
                    .loopback(config.localhostOnly())
                    .fusekiModules(FusekiModules.empty())
                    .verbose(false)
                    .add(DATASET, dataset)
                    .securityHandler(WriteAccess.securityHandler(DATASET, config.credentials()))
                    .addFilter("/*", new ResponseHeadersFilter())
                    // Bodies of the SPARQL endpoints: bounded, and complete before Fuseki reads them.
                    .addFilter(DATASET + "/*", new RequestLimitsFilter(new SparqlEndpoints(QUERY_ENDPOINT, UPDATE_ENDPOINT,
                            GSP_ENDPOINT), new BodyLimits(config.maxQueryBytes(), config.maxUpdateBytes())))
                    .addFilter(QUERY_ENDPOINT, new CorsFilter())
                    .addFilter(API + "/*", new CorsFilter())
                    .addFilter(QUERY_ENDPOINT, new QueryEndpointFilter(UPDATE_ENDPOINT))
                    .addFilter(QUERY_ENDPOINT, new ServiceDescriptionFilter(endpoint -> store.read(dsg ->
                            ServiceDescription.describe(endpoint, endpoint.replaceFirst("/sparql$", "/update"), dsg, federated))))
                    .addServlet(API + "/*", new ServletContainer(
                            Api.application(store, graphs, registry, clock, QUERY_ENDPOINT, timeoutMillis)));

            // The static files: the web form's page at / and everything under /assets/.
            StaticFileServlet files = new StaticFileServlet();
            fb.addServlet("", files).addServlet("/index.html", files).addServlet("/review", files).addServlet(StaticFileServlet.ASSETS + "*", files);

            // Linked Data: /id/*, /graph/*, /ontology, /ontology.ttl, /.well-known/void, /dumps/*.
            LinkedData.install(fb, new LinkedDataContext(store, graphs, QUERY_ENDPOINT));

            FusekiServer fuseki = fb.build();
            // Jetty's own error responses (401, 403, a bad URL, no such path): one line of plain text, nosniff.
            PlainErrorHandler errors = new PlainErrorHandler();
            fuseki.getJettyServer().setErrorHandler(errors);
            ServletContextHandler.getServletContextHandler(fuseki.getServletContext()).setErrorHandler(errors);
            return new KgServer(fuseki, guard, this);
        }
    }
}
