package org.entente.server.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotAcceptableException;

import org.entente.loader.Text;
import org.entente.loader.query.ParameterException;
import org.entente.loader.query.ResultFormat;
import org.entente.server.http.ContentNegotiation;
import org.entente.server.http.MediaFormat;

/**
 * The formats the API sends query results in, in the server's order of preference (SPARQL JSON
 * first: the default for {@code *}{@code /*} and for a client that sends no Accept header). Each
 * is one of the library's {@link ResultFormat}s with the media types it is sent as and asked for
 * by, and its name for the {@code format} parameter.
 */
public enum ApiResultFormat implements MediaFormat {
    JSON(ResultFormat.JSON, "application/json"),
    CSV(ResultFormat.CSV),
    TSV(ResultFormat.TSV),
    XML(ResultFormat.XML, "application/xml");

    /** Every format, in the server's order of preference. */
    public static final List<ApiResultFormat> ALL = List.of(values());

    private final ResultFormat resultFormat;
    private final List<String> aliases;

    ApiResultFormat(ResultFormat resultFormat, String... aliases) {
        this.resultFormat = resultFormat;
        this.aliases = List.of(aliases);
    }

    /** How the library writes the results. */
    public ResultFormat resultFormat() {
        return resultFormat;
    }

    /** The value of the {@code format} parameter that asks for it: json, csv, tsv, xml. */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String mediaType() {
        return resultFormat.mediaType();
    }

    @Override
    public String contentType() {
        return mediaType() + "; charset=utf-8";
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The format of a request: the {@code format} parameter (json, csv, tsv, xml) if there is one,
     * else the one the Accept header prefers.
     *
     * @param formatParameter the values of the format parameter (null or empty: none)
     * @param accept          the Accept header (null: anything)
     * @throws ParameterException     if the parameter is repeated or names no format (400)
     * @throws NotAcceptableException if the Accept header accepts none of the formats (406)
     */
    public static ApiResultFormat choose(List<String> formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isEmpty()) {
            if (formatParameter.size() > 1) {
                throw new ParameterException(QueriesResource.FORMAT, "is given more than once");
            }
            String f = formatParameter.get(0);
            return ALL.stream().filter(x -> x.parameterValue().equalsIgnoreCase(f)).findFirst()
                    .orElseThrow(() -> new ParameterException(QueriesResource.FORMAT, "is '" + Text.shorten(f, 40)
                            + "'; expected one of " + parameterValues(", ")));
        }
        return ContentNegotiation.choose(accept, ALL).orElseThrow(() -> new NotAcceptableException(
                "Accept: " + Text.shorten(accept, 100) + " matches none of the result formats "
                        + ContentNegotiation.mediaTypes(ALL) + " (or use format=" + parameterValues("|") + ")"));
    }

    /** The values of the format parameter: "json, csv, tsv, xml". */
    private static String parameterValues(String separator) {
        return ALL.stream().map(ApiResultFormat::parameterValue).collect(Collectors.joining(separator));
    }
}
