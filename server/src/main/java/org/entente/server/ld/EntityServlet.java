package org.entente.server.ld;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences the IRIs the project mints: {@code /id/...} and {@code /graph/...}. The plain path
 * is negotiated (200 with {@code Vary: Accept} and a {@code Content-Location} naming the
 * format-specific URL); a path with an extension ({@code .html .ttl .jsonld .nt .rdf}) is that
 * format. An IRI the store does not know is a 404, as a page or as an empty RDF document.
 */
final class EntityServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    private final transient Describer describer;

    EntityServlet(LinkedDataContext context, Describer describer) {
        super(context);
        this.describer = describer;
    }

    /** What a request path asks for: the resource's path and IRI, and a format if the path names one. */
    record Target(String path, String iri, Format format, boolean exists) {}

    Target resolve(String path) {
        String iri = Links.iriForPath(context.graphs().scheme(), path).orElse(null);
        if (iri == null) {
            return new Target(path, null, null, false);
        }
        if (describer.exists(iri)) {
            return new Target(path, iri, null, true);
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash + 1) {
            Optional<Format> f = Format.forExtension(path.substring(dot + 1));
            if (f.isPresent()) {
                String stripped = path.substring(0, dot);
                String strippedIri = Links.iriForPath(context.graphs().scheme(), stripped).orElseThrow();
                return new Target(stripped, strippedIri, f.get(), describer.exists(strippedIri));
            }
        }
        return new Target(path, iri, null, false);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String path = localPath(req);
            Target t = resolve(path);
            if (!t.exists() && path.length() > 1 && path.endsWith("/")) {
                // /id/state/RUS/ is a slip for /id/state/RUS: send the client there.
                String stripped = path.replaceAll("/+$", "");
                Target s = resolve(stripped);
                if (s.exists() && s.format() == null) {
                    common(resp);
                    resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                    resp.setHeader("Location", req.getContextPath() + stripped);
                    return;
                }
            }
            Format f = t.format();
            if (f == null) {
                Optional<Format> chosen = negotiate(req, resp, Format.ALL, t.path());
                if (chosen.isEmpty()) {
                    return;
                }
                f = chosen.get();
                resp.setHeader("Vary", "Accept");
                if (t.exists()) {
                    resp.setHeader("Content-Location", req.getContextPath() + t.path() + "." + f.extension());
                }
            }
            if (t.exists()) {
                resp.setHeader("Link", alternatesHeader(req.getContextPath(), t.path(), Format.ALL));
            }
            Links links = links(req);
            if (!t.exists()) {
                notFound(resp, f, links, t);
                return;
            }
            if (f == Format.HTML) {
                Optional<Describer.EntityView> view = describer.view(t.iri());
                if (view.isEmpty()) {
                    notFound(resp, f, links, t);
                    return;
                }
                sendHtml(resp, 200, EntityPage.render(view.get(), links, t.path()));
            } else {
                Optional<Describer.Description> d = describer.describe(t.iri());
                if (d.isEmpty()) {
                    notFound(resp, f, links, t);
                    return;
                }
                sendRdf(resp, 200, f, RdfOutput.write(d.get().graph(), f, prefixes));
            }
        } catch (RuntimeException e) {
            serverError(req, resp, e);
        }
    }

    private void notFound(HttpServletResponse resp, Format f, Links links, Target t) throws IOException {
        if (f == Format.HTML) {
            sendHtml(resp, 404, Pages.notFound(links, t.iri()));
        } else {
            sendRdf(resp, 404, f, RdfOutput.empty(f));
        }
    }
}
