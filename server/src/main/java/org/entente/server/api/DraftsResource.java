package org.entente.server.api;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.entente.server.service.DraftFacts;

/**
 * {@code POST /api/drafts/facts-file}: the facts file of a draft as a reviewer edited it
 * ({@code {"draft": …, "review": "drafted" | "reviewed"}}), written by the loader's facts-file
 * writer. Public, since it writes nothing.
 */
@Path("/drafts")
public final class DraftsResource {

    private final DraftFacts drafts;

    @Inject
    public DraftsResource(DraftFacts drafts) {
        this.drafts = drafts;
    }

    @POST
    @Path("/facts-file")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    public String factsFile(InputStream body) {
        return drafts.factsFile(body);
    }
}
