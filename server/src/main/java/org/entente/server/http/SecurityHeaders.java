package org.entente.server.http;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of the site's answers. Every response carries
 * {@code X-Content-Type-Options: nosniff} (browsers must not guess a content type); every page
 * and static file also carries the strict {@link #CSP} and refuses framing.
 */
public final class SecurityHeaders {
    private SecurityHeaders() {}

    /**
     * The Content-Security-Policy of every page and static file: nothing from any other host, no
     * inline script or style, no plugins, no framing.
     */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** {@code X-Content-Type-Options: nosniff}. */
    public static void nosniff(HttpServletResponse res) {
        res.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** The headers of a page or a static file: nosniff, the CSP, no framing, a Referrer-Policy. */
    public static void page(HttpServletResponse res) {
        nosniff(res);
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        res.setHeader("X-Frame-Options", "DENY");
    }
}
