package org.entente.server.api;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.entente.server.service.ArticleLoading;

/**
 * {@code POST /api/articles}: adds an article and its facts file, or replaces the article with the
 * same id, as {@code kg load --article --facts} does. Only the writer may (HTTP Basic, the same
 * credentials as {@code /kg/data}; see WriteAccess).
 */
@Path("/articles")
public final class ArticlesResource {

    private final ArticleLoading loading;

    @Inject
    public ArticlesResource(ArticleLoading loading) {
        this.loading = loading;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ArticleLoading.Loaded load(InputStream body) {
        return loading.load(body);
    }
}
