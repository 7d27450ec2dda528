package org.entente.server.api;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.entente.server.service.Drafting;

/**
 * {@code POST /api/extract}: the extractor's draft of an article's text, as JSON (facts, spans,
 * confidences, notes). Public, since it writes nothing. The text is the body (text/plain, with
 * {@code title} and {@code published} in the query string) or a JSON object
 * {@code {"text", "title", "published"}}.
 */
@Path("/extract")
public final class ExtractResource {

    private final Drafting drafting;

    @Inject
    public ExtractResource(Drafting drafting) {
        this.drafting = drafting;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response plain(InputStream body, @QueryParam("title") String title, @QueryParam("published") String published) {
        return Response.ok(drafting.fromPlainText(body, title, published), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(InputStream body) {
        return Response.ok(drafting.fromJson(body), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
