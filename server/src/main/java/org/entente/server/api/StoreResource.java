package org.entente.server.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.entente.loader.StoreStatistics;
import org.entente.server.service.StoreInfo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code /api/health} and {@code /api/stats}: is the store there, and what is in it. */
@Path("/")
public final class StoreResource {

    public record Health(String status, long triples) {}

    public record Stats(List<GraphCount> graphs, List<ClassCount> classes) {}

    public record GraphCount(String graph, long triples) {}

    public record ClassCount(@JsonProperty("class") String type, long instances) {}

    private final StoreInfo info;

    @Inject
    public StoreResource(StoreInfo info) {
        this.info = info;
    }

    @GET
    @Path("health")
    @Produces(MediaType.APPLICATION_JSON)
    public Health health() {
        return new Health("ok", info.triples());
    }

    @GET
    @Path("stats")
    @Produces(MediaType.APPLICATION_JSON)
    public Stats stats() {
        StoreStatistics.Stats s = info.statistics();
        return new Stats(s.graphs().stream().map(g -> new GraphCount(g.graph(), g.triples())).toList(),
                s.classes().stream().map(c -> new ClassCount(c.type(), c.instances())).toList());
    }
}
