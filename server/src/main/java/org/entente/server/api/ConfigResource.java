package org.entente.server.api;

import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.apache.jena.shared.PrefixMapping;

/** {@code /api/config}: what a client needs to know to query this server. */
@Path("/config")
public final class ConfigResource {

    public record Config(String baseIri, String endpoint, Map<String, String> prefixes) {}

    /** The configuration for a base IRI, endpoint path and prefixes. */
    public static Config config(String baseIri, String endpoint, PrefixMapping prefixes) {
        return new Config(baseIri, endpoint, new TreeMap<>(prefixes.getNsPrefixMap()));
    }

    private final Config config;

    @Inject
    public ConfigResource(Config config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Config config() {
        return config;
    }
}
