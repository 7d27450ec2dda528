package org.entente.server.http;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Picks the representation to send: of the formats a resource is available in, the one with the
 * highest quality in the client's {@link AcceptHeader Accept header}. Ties go to the earlier
 * format in the list, which is the server's preference (for a Linked Data resource HTML first, so
 * that a browser, which accepts *&#47;* as well as text/html, and a client that says nothing get
 * the page; for query results SPARQL JSON first). The one negotiation of the server: the Linked
 * Data pages, the service description and the API all call it with their own format enums.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /**
     * The format to send, or empty if the client accepts none of them (406).
     *
     * @param acceptHeader the Accept header; null or blank means anything
     * @param available    the formats of the resource, in the server's order of preference
     */
    public static <F extends MediaFormat> Optional<F> choose(String acceptHeader, List<F> available) {
        return choose(AcceptHeader.parse(acceptHeader), available);
    }

    /** The format to send for a request's Accept header, or empty (406). */
    public static <F extends MediaFormat> Optional<F> choose(HttpServletRequest req, List<F> available) {
        return choose(AcceptHeader.of(req), available);
    }

    public static <F extends MediaFormat> Optional<F> choose(AcceptHeader accept, List<F> available) {
        F best = null;
        double bestQ = 0;
        for (F f : available) {
            double q = quality(accept, f);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The canonical media types of the formats, for a 406 message: "text/turtle, application/ld+json". */
    public static String mediaTypes(List<? extends MediaFormat> formats) {
        return formats.stream().map(MediaFormat::mediaType).collect(Collectors.joining(", "));
    }

    /**
     * The quality of a format: that of its canonical media type if a range names it exactly;
     * otherwise the best of its aliases and of the wildcards that match.
     */
    static double quality(AcceptHeader accept, MediaFormat f) {
        AcceptHeader.Match best = AcceptHeader.Match.NONE;
        for (String mt : f.acceptedMediaTypes()) {
            AcceptHeader.Match m = accept.match(mt);
            if (m.specificity() > best.specificity() || (m.specificity() == best.specificity() && m.q() > best.q())) {
                best = m;
            }
        }
        return best.q();
    }
}
