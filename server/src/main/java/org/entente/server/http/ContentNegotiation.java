package org.entente.server.ld;

import java.util.List;
import java.util.Optional;

/**
 * Picks the representation to send: the available format with the highest quality in the
 * client's Accept header. Ties go to the earlier format in the list, which is the server's
 * preference: HTML first, so a browser (which accepts *&#47;* as well as text/html) and a client
 * that says nothing get the page, and Turtle first among RDF syntaxes.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /**
     * The format to send, or empty if the client accepts none of them (406).
     *
     * @param available the formats of the resource, in the server's order of preference
     */
    public static Optional<Format> choose(String acceptHeader, List<Format> available) {
        return choose(AcceptHeader.parse(acceptHeader), available);
    }

    public static Optional<Format> choose(AcceptHeader accept, List<Format> available) {
        Format best = null;
        double bestQ = 0;
        for (Format f : available) {
            double q = quality(accept, f);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The quality of a format: that of its canonical media type if a range names it exactly;
     * otherwise the best of its aliases and of the wildcards that match.
     */
    static double quality(AcceptHeader accept, Format f) {
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
