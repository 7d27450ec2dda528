package org.entente.server.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin access for the read-only, public parts (the filter is mapped to /kg/sparql and
 * /api/*): any origin may GET and POST, without credentials (the response never carries
 * {@code Access-Control-Allow-Credentials}, and the allowed origin is {@code *}). Preflight
 * requests (OPTIONS with Access-Control-Request-Method) are answered here.
 */
public final class CorsFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(req, res);
            return;
        }
        String preflight = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && preflight != null) {
            if ("GET".equals(preflight) || "POST".equals(preflight)) {
                res.setHeader("Access-Control-Allow-Origin", "*");
                res.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                res.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                res.setHeader("Access-Control-Max-Age", "3600");
            }
            // Without the headers, the browser refuses the actual request.
            res.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if ("GET".equals(req.getMethod()) || "POST".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) {
            res.setHeader("Access-Control-Allow-Origin", "*");
            res.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length, Fuseki-Request-Id");
        }
        chain.doFilter(req, res);
    }
}
