package org.entente.server.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.shared.PrefixMapping;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.entente.ontology.WIKIDATA;

/**
 * Maps between the IRIs of the data and the paths of this server. A request for path
 * {@code /id/...} or {@code /graph/...} means the IRI {@code {base}id/...} or
 * {@code {base}graph/...}, whatever host name the request came in on; the ontology's IRI and
 * namespace map to {@code /ontology}. Links in pages are made the other way round, with the
 * servlet context path in front.
 */
public final class Links {
    /** The IRI of the ontology document; its terms are {@code ONTOLOGY_IRI#Term}. */
    public static final String ONTOLOGY_IRI = ENT.ONTOLOGY_IRI;

    private final String contextPath;
    private final IriScheme scheme;
    private final PrefixMapping prefixes;

    public Links(String contextPath, IriScheme scheme, PrefixMapping prefixes) {
        this.contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        this.scheme = scheme;
        this.prefixes = prefixes;
    }

    public IriScheme scheme() {
        return scheme;
    }

    public PrefixMapping prefixes() {
        return prefixes;
    }

    /** A server path ("/ontology") with the context path in front. */
    public String path(String p) {
        return contextPath + p;
    }

    /** The IRI that a request path (after the context path) stands for, if it is one we mint. */
    public static Optional<String> iriForPath(IriScheme scheme, String path) {
        return path.startsWith("/") ? scheme.forPath(path) : Optional.empty();
    }

    /** The path on this server that describes an IRI, if the IRI is ours (with any fragment kept). */
    public Optional<String> local(String iri) {
        Optional<IriScheme.Minted> minted = scheme.parse(iri);
        if (minted.isPresent() && minted.get().kind() == IriScheme.Kind.VOID_DOCUMENT) {
            return Optional.of(path("/" + scheme.path(scheme.voidDocument().getURI()).orElseThrow()));
        }
        Optional<String> p = scheme.path(iri);
        if (p.isPresent()) {
            return Optional.of(path("/" + p.get()));
        }
        if (iri.startsWith(ENT.NS)) {
            return Optional.of(path("/ontology#" + iri.substring(ENT.NS.length())));
        }
        if (iri.equals(ONTOLOGY_IRI)) {
            return Optional.of(path("/ontology"));
        }
        return Optional.empty();
    }

    /**
     * Where a link to an IRI should go: our own page for our IRIs, a human-readable page for
     * Wikidata items and properties, the IRI itself for other http(s) IRIs, and nowhere (null) for
     * anything else, so that no javascript: or data: IRI in the data ever becomes a link.
     */
    public String href(String iri) {
        Optional<String> l = local(iri);
        if (l.isPresent()) {
            return l.get();
        }
        return external(iri);
    }

    /** The page for an external IRI, or null if it is not an http(s) IRI. */
    public static String external(String iri) {
        Optional<String> wikidata = WIKIDATA.page(iri);
        if (wikidata.isPresent()) {
            return wikidata.get();
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return iri;
        }
        return null;
    }

    /** True if the IRI has a page on this server. */
    public boolean isLocal(String iri) {
        return local(iri).isPresent();
    }

    /** A prefixed name such as "ent:State" if a standard prefix fits, else the IRI. */
    public String shortName(String iri) {
        String q = prefixes.qnameFor(iri);
        return q != null ? q : iri;
    }

    /** The web form, opened with a query. */
    public String queryForm(String query) {
        return path("/?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}
