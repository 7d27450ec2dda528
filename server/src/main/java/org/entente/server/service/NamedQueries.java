package org.entente.server.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.query.QueryService;
import org.entente.loader.store.KgStore;

/**
 * The named queries as the API offers them: listed, and run over the store with raw parameters
 * (checked and bound as typed RDF terms by {@link QueryService}) under the server's timeout.
 */
public final class NamedQueries {
    private final KgStore store;
    private final NamedQueryRegistry registry;
    private final QueryService service;
    private final long timeoutMillis;

    public NamedQueries(KgStore store, NamedQueryRegistry registry, QueryService service, long timeoutMillis) {
        this.store = store;
        this.registry = registry;
        this.service = service;
        this.timeoutMillis = timeoutMillis;
    }

    public List<NamedQuery> all() {
        return registry.all();
    }

    public Optional<NamedQuery> get(String name) {
        return registry.get(name);
    }

    /**
     * Runs a query in a read transaction.
     *
     * @throws org.entente.loader.query.ParameterException if a parameter is unknown, missing or invalid
     * @throws QueryService.QueryTimeoutException if the query runs out of time
     */
    public QueryService.Answer run(NamedQuery query, Map<String, String> raw) {
        return service.run(store, query, raw, timeoutMillis);
    }
}
