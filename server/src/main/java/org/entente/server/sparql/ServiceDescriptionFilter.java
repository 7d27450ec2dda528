package org.entente.server.sparql;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.server.http.ContentNegotiation;
import org.entente.server.ld.Format;

/**
 * Answers a GET (or HEAD) of the query endpoint without a query with the endpoint's SPARQL 1.1
 * Service Description, in Turtle, JSON-LD, RDF/XML or N-Triples by the Accept header (the
 * server's {@link ContentNegotiation}; Turtle when it accepts none of them), or by
 * {@code format=ttl|jsonld|rdfxml|nt}. Every other request goes on to Fuseki.
 */
public final class ServiceDescriptionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The values of the format parameter. */
    private static final Map<String, Format> NAMED = Map.of("ttl", Format.TURTLE, "turtle", Format.TURTLE,
            "jsonld", Format.JSONLD, "json-ld", Format.JSONLD, "json", Format.JSONLD, "rdfxml", Format.RDFXML,
            "xml", Format.RDFXML, "nt", Format.NTRIPLES, "ntriples", Format.NTRIPLES);

    /** Makes the description for the absolute URL of the endpoint. */
    private final transient Function<String, Model> describe;

    public ServiceDescriptionFilter(Function<String, Model> describe) {
        this.describe = describe;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        boolean get = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!get || req.getParameter("query") != null) {
            chain.doFilter(req, res);
            return;
        }
        Format format = chooseFormat(req);
        if (format == null) {
            res.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "The service description is available as Turtle, JSON-LD, RDF/XML and N-Triples");
            return;
        }
        String endpoint = req.getRequestURL().toString();
        Model model = describe.apply(endpoint);
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType(format.mediaType() + "; charset=utf-8");
        res.setHeader("Vary", "Accept");
        if ("GET".equals(req.getMethod())) {
            RDFDataMgr.write(res.getOutputStream(), model, format.rdfFormat());
        }
    }

    /** The format parameter's, or the negotiated one (Turtle if none is acceptable); null for an unknown parameter. */
    private static Format chooseFormat(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return NAMED.get(format);
        }
        return ContentNegotiation.choose(req, Format.RDF).orElse(Format.TURTLE);
    }
}
