package org.entente.server.http;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.entente.server.http.SparqlEndpoints.Kind;

/**
 * How big a request body may be, by the kind of request: at most {@code maxQueryBytes} for the
 * query endpoint, at most {@code maxUpdateBytes} for SPARQL Update and Graph Store writes; other
 * requests have no limit here. Each limit words its own refusals, naming the setting that raises it.
 */
public final class BodyLimits {

    /**
     * The limit of one kind of request.
     *
     * @param bytes    the most bytes the body may have
     * @param what     what the body is, for a message: "a query", "an update"
     * @param setting  the settings that change the limit
     * @param document what a client should send instead of a multipart upload
     */
    public record Limit(long bytes, String what, String setting, String document) {
        /** The 413 message for a Content-Length above the limit. */
        public String declaredTooLarge(long declared) {
            return "the request body has " + declared + " bytes; " + limitText();
        }

        /** The 413 message for a body that passed the limit while it was read. */
        public String readTooLarge() {
            return "the request body has more than " + bytes + " bytes; " + limitText();
        }

        /** The 415 message for a multipart/form-data body. */
        public String multipartRefused() {
            return "multipart/form-data is not accepted here: send the " + document
                    + " itself as the request body, or as an application/x-www-form-urlencoded form";
        }

        private String limitText() {
            return what + " may have at most " + bytes + " bytes on this server (setting " + setting + ")";
        }
    }

    private final Map<Kind, Limit> limits = new EnumMap<>(Kind.class);

    public BodyLimits(long maxQueryBytes, long maxUpdateBytes) {
        String updates = "maxUpdateBytes, ENTENTE_MAX_UPDATE_BYTES";
        limits.put(Kind.QUERY, new Limit(maxQueryBytes, "a query", "maxQueryBytes, ENTENTE_MAX_QUERY_BYTES", "query"));
        limits.put(Kind.UPDATE, new Limit(maxUpdateBytes, "an update", updates, "update or RDF document"));
        limits.put(Kind.GRAPH_STORE_WRITE, new Limit(maxUpdateBytes, "a Graph Store write", updates, "update or RDF document"));
    }

    /** The limit of a kind of request; empty if its body is not limited (or buffered) here. */
    public Optional<Limit> of(Kind kind) {
        return Optional.ofNullable(limits.get(kind));
    }
}
