package org.entente.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.entente.server.http.ContentNegotiation;

/**
 * The VoID description at {@code /.well-known/void} (RFC 5785 and the VoID guide): Turtle or
 * JSON-LD (or the other RDF formats) by negotiation, computed from the store on every request,
 * with absolute URLs for the endpoint and the dumps taken from the request. A client that accepts
 * none of the RDF formats (a browser asking for HTML only) gets Turtle.
 */
final class VoidServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.well-known/void";

    private final transient VoidBuilder builder;

    VoidServlet(LinkedDataContext context) {
        super(context);
        this.builder = new VoidBuilder(context.store(), context.graphs());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String path = localPath(req);
            Format f;
            if (path.equals(PATH)) {
                f = ContentNegotiation.choose(req, Format.RDF).orElse(Format.TURTLE);
                resp.setHeader("Vary", "Accept");
                resp.setHeader("Content-Location", req.getContextPath() + PATH + "." + f.extension());
            } else {
                Optional<Format> named = Format.forExtension(path.substring(PATH.length() + 1)).filter(Format::isRdf);
                if (named.isEmpty()) {
                    send(resp, 404, "text/plain; charset=utf-8", "404 Not Found\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                f = named.get();
            }
            resp.setHeader("Link", alternatesHeader(req.getContextPath(), PATH, Format.RDF));
            byte[] body = RdfOutput.write(builder.build(serverRoot(req), context.sparqlEndpointPath()), f, prefixes);
            sendRdf(resp, 200, f, body);
        } catch (RuntimeException e) {
            serverError(req, resp, e);
        }
    }
}
