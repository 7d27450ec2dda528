package org.entente.server.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request bodies of the SPARQL endpoints: bounded, and always complete before Fuseki sees them.
 * The parts: {@link SparqlEndpoints} says what a request is (a query, an update, a Graph Store
 * write), {@link BodyLimits} how big its body may be, {@link RequestBody} reads the body whole
 * (into memory, or a temporary file above {@link RequestBody#IN_MEMORY} bytes, deleted when the
 * request ends) and {@link BufferedRequest} hands it on with the form's parameters decoded.
 *
 * <p>A body above its limit is refused with 413 as soon as the limit is passed, without reading
 * the rest. A body that ends before its {@code Content-Length} (the client went away, a proxy cut
 * it) is refused with 400, and nothing is executed. This matters for updates: Fuseki parses an
 * update as a stream inside the write transaction, and Jena's SPARQL parser takes a read error for
 * the end of the input, so a request cut between two operations ({@code DROP GRAPH <g> ; INSERT
 * DATA ...}) used to commit its first half. Reading first also means a slow upload no longer holds
 * the store's one write lock while it trickles in.
 *
 * <p>HTML form bodies ({@code application/x-www-form-urlencoded}) are decoded here, so the
 * request's parameters come from the buffered body. {@code multipart/form-data} uploads are
 * refused on these endpoints (415): clients send the RDF document itself.
 */
public final class RequestLimitsFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RequestLimitsFilter.class);

    private final transient SparqlEndpoints endpoints;
    private final transient BodyLimits limits;

    public RequestLimitsFilter(SparqlEndpoints endpoints, BodyLimits limits) {
        this.endpoints = endpoints;
        this.limits = limits;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String method = req.getMethod();
        boolean hasBody = req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
        BodyLimits.Limit limit = limits.of(endpoints.classify(path, method)).orElse(null);
        if (limit == null || !hasBody) {
            chain.doFilter(req, res);
            return;
        }
        String contentType = ContentTypeHeader.of(req);
        if (contentType.startsWith("multipart/")) {
            Refusal.send(res, 415, limit.multipartRefused());
            return;
        }
        long declared = req.getContentLengthLong();
        if (declared > limit.bytes()) {
            Refusal.send(res, 413, limit.declaredTooLarge(declared));
            return;
        }
        RequestBody body;
        try {
            body = RequestBody.read(req.getInputStream(), limit.bytes(), declared);
        } catch (RequestBody.TooLarge e) {
            Refusal.send(res, 413, limit.readTooLarge());
            return;
        } catch (IOException e) {
            LOG.warn("{} {}: the request body could not be read completely ({}); nothing was done", method, path, e.getMessage());
            String why = e.getMessage() == null ? "connection closed" : Messages.oneLine(e.getMessage());
            Refusal.send(res, 400, "the request body ended before it was complete (" + why + "); nothing was done");
            return;
        }
        try {
            BufferedRequest wrapped;
            try {
                wrapped = new BufferedRequest(req, body, contentType);
            } catch (IllegalArgumentException e) {
                Refusal.send(res, 400, e.getMessage());
                return;
            }
            chain.doFilter(wrapped, res);
        } finally {
            body.delete();
        }
    }
}
