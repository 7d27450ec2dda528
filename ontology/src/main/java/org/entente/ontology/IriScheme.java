package org.entente.ontology;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The IRIs that the project mints for its data, all under one base IRI. The base decides the
 * IRIs in the data (so a deployment under another host name mints its own); a server maps every
 * IRI under the base to the same path on itself.
 *
 * <pre>
 *   {base}id/state/RUS                              a state, by ISO 3166-1 alpha-3 code
 *   {base}id/organisation/NATO                      an international organisation
 *   {base}id/membership/NATO/POL/1999-03-12         a membership period
 *   {base}id/treaty/north-atlantic-treaty           a treaty
 *   {base}id/treaty/north-atlantic-treaty/article/5 an article of it
 *   {base}id/treaty/north-atlantic-treaty/party/POL/1949-08-24  a participation period
 *   {base}id/place/black-sea                        a place that is not a state
 *   {base}id/actor/the-west                         an actor that is not a state or organisation
 *   {base}id/asset/F-16                             an asset type
 *   {base}id/time/2022-02                           an instant at day, month or year precision
 *   {base}id/article/nato-second-life               a source document
 *   {base}id/article/nato-second-life/fact/{id}     an event, statement or claim taken from it
 *   {base}id/article/nato-second-life/quote/{s}-{e} a quote: code points s (inclusive) to e (exclusive)
 *   {base}graph/{name}                              a named graph of the store
 * </pre>
 */
public final class IriScheme {
    /** The base IRI used when none is configured: {@value}. */
    public static final String DEFAULT_BASE = "https://w3id.org/entente/";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String base;

    private IriScheme(String base) {
        this.base = base;
    }

    /** The scheme with the default base IRI. */
    public static IriScheme defaultScheme() {
        return new IriScheme(DEFAULT_BASE);
    }

    /**
     * The scheme under this base IRI: an absolute http(s) IRI that ends with '/' and has no
     * query or fragment.
     *
     * @throws IllegalArgumentException if the base is not such an IRI
     */
    public static IriScheme of(String base) {
        Objects.requireNonNull(base, "base");
        URI uri;
        try {
            uri = new URI(base);
        } catch (Exception e) {
            throw new IllegalArgumentException("base IRI is not a valid IRI: " + base);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !base.endsWith("/")) {
            throw new IllegalArgumentException(
                    "base IRI must be an absolute http(s) IRI ending with '/', without query or fragment: " + base);
        }
        return new IriScheme(base);
    }

    /** The base IRI, ending with '/'. */
    public String base() {
        return base;
    }

    /** True if the IRI lies under this scheme's base. */
    public boolean mints(String iri) {
        return iri.startsWith(base);
    }

    public Resource state(String iso3) {
        return id("state", iso3);
    }

    public Resource organisation(String acronym) {
        return id("organisation", acronym);
    }

    public Resource membership(String organisation, String iso3, String startDate) {
        return id("membership", organisation, iso3, startDate);
    }

    public Resource treaty(String id) {
        return id("treaty", id);
    }

    public Resource treatyArticle(String treaty, int number) {
        return id("treaty", treaty, "article", Integer.toString(number));
    }

    public Resource treatyParticipation(String treaty, String iso3, String startDate) {
        return id("treaty", treaty, "party", iso3, startDate);
    }

    public Resource place(String id) {
        return id("place", id);
    }

    public Resource actor(String id) {
        return id("actor", id);
    }

    public Resource asset(String id) {
        return id("asset", id);
    }

    /** An instant at the precision of its lexical form: YYYY, YYYY-MM or YYYY-MM-DD. */
    public Resource time(String lexical) {
        return id("time", lexical);
    }

    public Resource article(String id) {
        return id("article", id);
    }

    public Resource fact(String article, String factId) {
        return id("article", article, "fact", factId);
    }

    /** A quote by its code point offsets into the article's text: start inclusive, end exclusive. */
    public Resource quote(String article, int start, int end) {
        return id("article", article, "quote", start + "-" + end);
    }

    /** A named graph of the store. */
    public Resource graph(String... path) {
        return ResourceFactory.createResource(base + "graph/" + join(path));
    }

    private Resource id(String... path) {
        return ResourceFactory.createResource(base + "id/" + join(path));
    }

    private static String join(String... path) {
        StringBuilder sb = new StringBuilder();
        for (String p : path) {
            if (!SEGMENT.matcher(p).matches()) {
                throw new IllegalArgumentException("not a valid IRI path segment: '" + p + "'");
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return base;
    }
}
