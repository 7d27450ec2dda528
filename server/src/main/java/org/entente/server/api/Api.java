package org.entente.server.api;

import java.time.Clock;

import org.apache.jena.shared.PrefixMapping;
import org.entente.loader.Prefixes;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.query.NamedQueryRegistry;
import org.entente.loader.query.QueryService;
import org.entente.loader.store.KgStore;
import org.entente.server.service.ArticleLoading;
import org.entente.server.service.DraftFacts;
import org.entente.server.service.Drafting;
import org.entente.server.service.EntitySearch;
import org.entente.server.service.NamedQueries;
import org.entente.server.service.StoreInfo;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The JSON API under {@code /api}: its Jersey application. The resources get the services they
 * use by injection; the services are made here, once, over the store.
 */
public final class Api {
    private Api() {}

    /**
     * The Jersey application.
     *
     * @param endpointPath  the path of the SPARQL endpoint, for /api/config
     * @param timeoutMillis the timeout of named queries
     */
    public static ResourceConfig application(KgStore store, GraphNames graphs, NamedQueryRegistry queries, Clock clock,
            String endpointPath, long timeoutMillis) {
        PrefixMapping prefixes = Prefixes.standard(graphs.scheme());
        NamedQueries namedQueries = new NamedQueries(store, queries, new QueryService(graphs, clock), timeoutMillis);
        EntitySearch search = new EntitySearch(store, graphs.scheme());
        StoreInfo info = new StoreInfo(store);
        Drafting drafting = new Drafting(timeoutMillis);
        DraftFacts draftFacts = new DraftFacts();
        ArticleLoading loading = new ArticleLoading(store, graphs, clock, draftFacts);
        ConfigResource.Config config = ConfigResource.config(graphs.scheme().base(), endpointPath, prefixes);

        ResourceConfig rc = new ResourceConfig();
        rc.register(JacksonFeature.class);
        rc.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(namedQueries).to(NamedQueries.class);
                bind(search).to(EntitySearch.class);
                bind(info).to(StoreInfo.class);
                bind(drafting).to(Drafting.class);
                bind(loading).to(ArticleLoading.class);
                bind(draftFacts).to(DraftFacts.class);
                bind(config).to(ConfigResource.Config.class);
                bind(prefixes).to(PrefixMapping.class);
            }
        });
        rc.register(QueriesResource.class);
        rc.register(EntitiesResource.class);
        rc.register(StoreResource.class);
        rc.register(ConfigResource.class);
        rc.register(ExtractResource.class);
        rc.register(ArticlesResource.class);
        rc.register(DraftsResource.class);
        rc.register(FactTypesResource.class);
        for (Object mapper : ExceptionMappers.all()) {
            rc.register(mapper);
        }
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return rc;
    }
}
