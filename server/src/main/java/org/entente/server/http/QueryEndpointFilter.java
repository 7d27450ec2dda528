package org.entente.server.http;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.entente.loader.Text;

/**
 * Requests to the query endpoint that are not queries get a clear answer before Fuseki sees them:
 * a SPARQL Update (an {@code update} or {@code request} parameter, or an
 * {@code application/sparql-update} body) is refused with 400 and the address of the update
 * endpoint (without this, {@code GET /kg/sparql?update=DROP ALL} was answered with the service
 * description, and a POST with "No 'query=' parameter"); a {@code timeout} that is not a number of
 * seconds above 0 is refused with 400 naming the parameter (Fuseki ignored it silently).
 */
public final class QueryEndpointFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final String updatePath;

    /** @param updatePath the update endpoint's path, for the message (such as /kg/update) */
    public QueryEndpointFilter(String updatePath) {
        this.updatePath = updatePath;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String contentType = ContentTypeHeader.of(req);
        if (req.getParameter("update") != null || req.getParameter("request") != null
                || contentType.startsWith("application/sparql-update")) {
            Refusal.send(res, 400, "this is the query endpoint; it does not run SPARQL Update: send updates to "
                    + req.getContextPath() + updatePath + " (the writer only)");
            return;
        }
        String[] timeouts = req.getParameterValues("timeout");
        if (timeouts != null) {
            if (timeouts.length > 1) {
                Refusal.send(res, 400, "parameter 'timeout' is given more than once");
                return;
            }
            if (!validTimeout(timeouts[0])) {
                Refusal.send(res, 400, "parameter 'timeout' is '" + Text.shorten(timeouts[0], 40)
                        + "'; expected a number of seconds greater than 0, such as 10 or 2.5");
                return;
            }
        }
        chain.doFilter(req, res);
    }

    static boolean validTimeout(String s) {
        String t = s.strip();
        if (!t.matches("[0-9]{1,9}(\\.[0-9]{1,3})?")) {
            return false;
        }
        return new BigDecimal(t).signum() > 0;
    }
}
