package org.entente.server.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.entente.server.service.EntitySearch;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code /api/entities?q=&type=&limit=}: entities by the start of a name, for autocompletion. */
@Path("/entities")
public final class EntitiesResource {

    public record EntityList(List<Entity> entities) {}

    /** {@code path} is absent when the IRI is not under this server's base IRI. */
    public record Entity(String iri, String label, String lang, String type,
            @JsonInclude(JsonInclude.Include.NON_NULL) String path) {}

    private final EntitySearch search;

    @Inject
    public EntitiesResource(EntitySearch search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public EntityList find(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("limit") String limit) {
        return new EntityList(search.search(q, type, limit).stream()
                .map(h -> new Entity(h.iri(), h.label(), h.lang(), h.type(), h.path())).toList());
    }
}
