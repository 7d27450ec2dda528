package org.entente.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
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
import org.entente.loader.query.NamedQuery;
import org.entente.loader.query.ParameterException;
import org.entente.loader.query.QueryParameter;
import org.entente.loader.query.QueryService;
import org.entente.loader.query.ResultFormat;
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
                "there is no named query '" + shorten(name) + "'; the named queries are listed at /api/queries"));
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        ResultFormat format = chooseFormat(params.get(FORMAT), headers.getAcceptableMediaTypes());
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
        StreamingOutput body = out -> QueryService.write(answer, format, out, prefixes);
        return Response.ok(body, mediaType(format)).header("Vary", "Accept").build();
    }

    static QueryInfo info(NamedQuery q) {
        List<ParameterInfo> params = q.parameters().stream().map(QueriesResource::info).toList();
        return new QueryInfo(q.name(), q.title(), q.description(), params, q.text());
    }

    static ParameterInfo info(QueryParameter p) {
        return new ParameterInfo(p.name(), p.type().name().toLowerCase(Locale.ROOT), p.required(),
                p.defaultValue().orElse(null), p.description());
    }

    /** The format parameter (json, csv, tsv, xml) wins over the Accept header; JSON is the default. */
    static ResultFormat chooseFormat(List<String> formatParam, List<MediaType> accept) {
        if (formatParam != null && !formatParam.isEmpty()) {
            if (formatParam.size() > 1) {
                throw new ParameterException(FORMAT, "is given more than once");
            }
            String f = formatParam.get(0);
            return switch (f.toLowerCase(Locale.ROOT)) {
                case "json" -> ResultFormat.JSON;
                case "csv" -> ResultFormat.CSV;
                case "tsv" -> ResultFormat.TSV;
                case "xml" -> ResultFormat.XML;
                default -> throw new ParameterException(FORMAT, "is '" + shorten(f) + "'; expected json, csv, tsv or xml");
            };
        }
        for (MediaType m : accept) {
            if (m.isWildcardType() || (m.getType().equals("application") && m.isWildcardSubtype())) {
                return ResultFormat.JSON;
            }
            String t = (m.getType() + "/" + m.getSubtype()).toLowerCase(Locale.ROOT);
            switch (t) {
                case "application/sparql-results+json", "application/json":
                    return ResultFormat.JSON;
                case "text/csv":
                    return ResultFormat.CSV;
                case "text/tab-separated-values":
                    return ResultFormat.TSV;
                case "application/sparql-results+xml", "application/xml":
                    return ResultFormat.XML;
                default:
                    if (m.getType().equals("text") && m.isWildcardSubtype()) {
                        return ResultFormat.CSV;
                    }
            }
        }
        throw new NotAcceptableException("the results are available as application/sparql-results+json, text/csv, "
                + "text/tab-separated-values and application/sparql-results+xml (or use format=json|csv|tsv|xml)");
    }

    static MediaType mediaType(ResultFormat f) {
        return switch (f) {
            case CSV -> MediaType.valueOf("text/csv; charset=utf-8");
            case TSV -> MediaType.valueOf("text/tab-separated-values; charset=utf-8");
            case XML -> MediaType.valueOf("application/sparql-results+xml; charset=utf-8");
            default -> MediaType.valueOf("application/sparql-results+json; charset=utf-8");
        };
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
