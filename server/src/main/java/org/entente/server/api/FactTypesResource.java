package org.entente.server.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.entente.server.service.FactTypes;

/** {@code GET /api/fact-types}: the fact types of the facts format and their fields, from the loader's FactType. */
@Path("/fact-types")
public final class FactTypesResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public FactTypes.Description factTypes() {
        return FactTypes.description();
    }
}
