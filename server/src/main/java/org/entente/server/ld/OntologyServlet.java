package org.entente.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.entente.ontology.ENT;
import org.entente.ontology.Ontology;
import org.entente.server.http.EntityTags;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ontology at {@code /ontology} (its IRI, https://w3id.org/entente/ontology, maps here, and so
 * does its version IRI, /ontology/{version}): negotiated between the HTML documentation and the
 * RDF formats, Turtle being the exact bytes of entente.ttl; {@code /ontology.ttl}, {@code .html}
 * and the rest name one format. The ontology is part of the code, not of the store, so every
 * representation is made once, and carries an entity tag.
 */
final class OntologyServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/ontology";

    /** A representation made once: its bytes and entity tag. */
    private record Body(byte[] bytes, String etag) {
        static Body of(byte[] bytes) {
            return new Body(bytes, EntityTags.of(bytes));
        }
    }

    private final transient Map<String, Body> bodies = new ConcurrentHashMap<>();
    private final String versionPath;

    OntologyServlet(LinkedDataContext context) {
        super(context);
        Model m = Ontology.ontology();
        Statement v = m.getResource(ENT.ONTOLOGY_IRI).getProperty(OWL2.versionIRI);
        String vIri = v != null && v.getObject().isURIResource() ? v.getResource().getURI() : null;
        this.versionPath = vIri != null && vIri.startsWith(ENT.ONTOLOGY_IRI + "/")
                ? PATH + vIri.substring(ENT.ONTOLOGY_IRI.length()) : null;
    }

    /** The path of the version IRI on this server, such as /ontology/0.1.0 (null if none). */
    String versionPath() {
        return versionPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String path = localPath(req);
            Format f;
            if (path.equals(PATH) || path.equals(versionPath)) {
                Optional<Format> chosen = negotiate(req, resp, Format.ALL, PATH);
                if (chosen.isEmpty()) {
                    return;
                }
                f = chosen.get();
                resp.setHeader("Vary", "Accept");
                resp.setHeader("Content-Location", req.getContextPath() + PATH + "." + f.extension());
            } else {
                f = path.startsWith(PATH + ".") ? Format.forExtension(path.substring(PATH.length() + 1)).orElse(null) : null;
                if (f == null) {
                    sendHtml(resp, 404, Pages.notFound(links(req), null));
                    return;
                }
            }
            resp.setHeader("Link", alternatesHeader(req.getContextPath(), PATH, Format.ALL));
            Links links = links(req);
            Body body = bodies.computeIfAbsent(f + " " + req.getContextPath(), k -> Body.of(render(f, links)));
            resp.setHeader("ETag", body.etag());
            resp.setHeader("Cache-Control", "public, max-age=3600");
            if (EntityTags.notModified(req, body.etag())) {
                common(resp);
                resp.setStatus(304);
                return;
            }
            if (f == Format.HTML) {
                sendHtml(resp, 200, body.bytes());
            } else {
                sendRdf(resp, 200, f, body.bytes());
            }
        } catch (RuntimeException e) {
            serverError(req, resp, e);
        }
    }

    private static byte[] render(Format f, Links links) {
        return switch (f) {
            case HTML -> OntologyDocs.render(Ontology.ontology(), links).getBytes(StandardCharsets.UTF_8);
            case TURTLE -> Ontology.ontologyBytes();
            default -> RdfOutput.write(Ontology.ontology().getGraph(), f, null);
        };
    }
}
