package org.entente.server.sparql;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * Answers a GET (or HEAD) of the query endpoint without a query with the endpoint's SPARQL 1.1
 * Service Description, in Turtle (the default), JSON-LD, RDF/XML or N-Triples by the Accept
 * header, or by {@code format=ttl|jsonld|rdfxml|nt}. Every other request goes on to Fuseki.
 */
public final class ServiceDescriptionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
            WebContent.contentTypeRDFXML, WebContent.contentTypeNTriples);
    private static final MediaType DEFAULT = MediaType.create(WebContent.contentTypeTurtle);

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
        Lang lang = chooseLang(req);
        if (lang == null) {
            res.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "The service description is available as Turtle, JSON-LD, RDF/XML and N-Triples");
            return;
        }
        String endpoint = req.getRequestURL().toString();
        Model model = describe.apply(endpoint);
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        res.setHeader("Vary", "Accept");
        if ("GET".equals(req.getMethod())) {
            if (lang.equals(Lang.TURTLE)) {
                RDFDataMgr.write(res.getOutputStream(), model, RDFFormat.TURTLE_PRETTY);
            } else {
                RDFDataMgr.write(res.getOutputStream(), model, lang);
            }
        }
    }

    private static Lang chooseLang(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return switch (format) {
                case "ttl", "turtle" -> Lang.TURTLE;
                case "jsonld", "json-ld", "json" -> Lang.JSONLD;
                case "rdfxml", "xml" -> Lang.RDFXML;
                case "nt", "ntriples" -> Lang.NTRIPLES;
                default -> null;
            };
        }
        if (req.getHeader("Accept") == null) {
            return Lang.TURTLE;
        }
        MediaType mt = ConNeg.chooseContentType(req, OFFER, DEFAULT);
        return mt == null ? null : RDFLanguages.contentTypeToLang(mt.getContentTypeStr());
    }
}
