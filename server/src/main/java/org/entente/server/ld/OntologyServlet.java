package org.entente.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.entente.ontology.Ontology;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ontology at {@code /ontology} (its IRI, https://w3id.org/entente/ontology, maps here):
 * negotiated between the HTML documentation and the RDF formats, Turtle being the exact bytes of
 * entente.ttl; {@code /ontology.ttl}, {@code .html} and the rest name one format. The ontology is
 * part of the code, not of the store, so every representation is made once.
 */
final class OntologyServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/ontology";

    private final transient byte[] turtle = Ontology.ontologyBytes();
    private final transient Map<Format, byte[]> rdf = new ConcurrentHashMap<>();
    private final transient Map<String, byte[]> html = new ConcurrentHashMap<>();
    private final String etag;

    OntologyServlet(LinkedDataContext context) {
        super(context);
        this.etag = "\"" + Assets.sha256(turtle).substring(0, 16) + "\"";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String path = localPath(req);
            Format f;
            if (path.equals(PATH)) {
                Optional<Format> chosen = negotiate(req, resp, Format.ALL, PATH);
                if (chosen.isEmpty()) {
                    return;
                }
                f = chosen.get();
                resp.setHeader("Vary", "Accept");
                resp.setHeader("Content-Location", req.getContextPath() + PATH + "." + f.extension());
            } else {
                f = Format.forExtension(path.substring(PATH.length() + 1)).orElse(null);
                if (f == null) {
                    send(resp, 404, "text/plain; charset=utf-8", "404 Not Found\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            resp.setHeader("Link", alternatesHeader(req.getContextPath(), PATH, Format.ALL));
            String tag = f == Format.HTML ? "\"" + etag.substring(1, etag.length() - 1) + "-html\"" : etag.substring(0, etag.length() - 1) + "-" + f.extension() + "\"";
            resp.setHeader("ETag", tag);
            resp.setHeader("Cache-Control", "public, max-age=3600");
            if (tag.equals(req.getHeader("If-None-Match"))) {
                common(resp);
                resp.setStatus(304);
                return;
            }
            if (f == Format.HTML) {
                byte[] page = html.computeIfAbsent(req.getContextPath(), cp -> OntologyDocs
                        .render(Ontology.ontology(), links(req)).getBytes(StandardCharsets.UTF_8));
                htmlHeaders(resp);
                send(resp, 200, f.contentType(), page);
            } else if (f == Format.TURTLE) {
                sendRdf(resp, 200, f, turtle);
            } else {
                byte[] body = rdf.computeIfAbsent(f, x -> {
                    Graph g = Ontology.ontology().getGraph();
                    return RdfOutput.write(g, x, null);
                });
                sendRdf(resp, 200, f, body);
            }
        } catch (RuntimeException e) {
            serverError(req, resp, e);
        }
    }
}
