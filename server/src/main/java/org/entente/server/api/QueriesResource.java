package org.entente.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.apache.jena.shared.PrefixMapping;
import org.entente.loader.Text;
import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.ParameterException;
import org.entente.loader.query.QueryParameter;
import org.entente.loader.query.QueryService;
import org.entente.server.service.NamedQueries;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code /api/queries}: the named queries, and running one with parameters. */
@Path("/queries")
public final class QueriesResource {

    /** The parameter that chooses the result format; not passed to the query. */
    public static final String FORMAT = "format";

    public record QueryList(List<QueryInfo> queries) {}

    public record QueryInfo(String name, String title, String description, List<ParameterInfo> parameters, String query) {}

    public record ParameterInfo(String name, String type, boolean required,
            @JsonProperty("default") String defaultValue, String description) {}

    private final NamedQueries queries;
    private final PrefixMapping prefixes;

    @Inject
    public QueriesResource(NamedQueries queries, PrefixMapping prefixes) {
        this.queries = queries;
        this.prefixes = prefixes;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public QueryList list() {
        return new QueryList(queries.all().stream().map(QueriesResource::info).toList());
    }

    @GET
    @Path("{name}")
    public Response run(@PathParam("name") String name, @Context UriInfo uri, @Context HttpHeaders headers) {
        NamedQuery query = queries.get(name).orElseThrow(() -> new NotFoundException(
                "there is no named query '" + Text.shorten(name, 40) + "'; the named queries are listed at /api/queries"));
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        ApiResultFormat format = ApiResultFormat.choose(params.get(FORMAT), headers.getHeaderString(HttpHeaders.ACCEPT));
        Map<String, String> raw = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().equals(FORMAT)) {
                continue;
            }
            if (e.getValue().size() > 1) {
                throw new ParameterException(e.getKey(), "is given more than once");
            }
            raw.put(e.getKey(), e.getValue().isEmpty() ? "" : e.getValue().get(0));
        }
        QueryService.Answer answer = queries.run(query, raw);
        StreamingOutput body = out -> QueryService.write(answer, format.resultFormat(), out, prefixes);
        return Response.ok(body, format.contentType()).header("Vary", "Accept").build();
    }

    static QueryInfo info(NamedQuery q) {
        List<ParameterInfo> params = q.parameters().stream().map(QueriesResource::info).toList();
        return new QueryInfo(q.name(), q.title(), q.description(), params, q.text());
    }

    static ParameterInfo info(QueryParameter p) {
        return new ParameterInfo(p.name(), p.type().name().toLowerCase(Locale.ROOT), p.required(),
                p.defaultValue().orElse(null), p.description());
    }
}
