package org.entente.ontology;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The IRIs that the project mints for its data, all under one base IRI. The base decides the
 * IRIs in the data (so a deployment under another host name mints its own); a server maps every
 * IRI under the base to the same path on itself.
 *
 * <pre>
 *   {base}id/state/RUS                              a state, by ISO 3166-1 alpha-3 code (Kosovo: the
 *                                                   user-assigned UNK; a former state without an ISO
 *                                                   code: its Correlates of War letter code or UAR)
 *   {base}id/state/EGY/period/1961-09-28            a period of existence, by its start (a day, month
 *                                                   or year, or before-1945-10-24)
 *   {base}id/succession/SUN/RUS                     a succession, by predecessor and successor
 *   {base}id/border/FIN/RUS/before-1945-10-24       a land border period, by its two states in
 *                                                   alphabetical order and its start
 *   {base}id/organisation/NATO                      an international organisation
 *   {base}id/organisation/OSCE/name/1995-01-01      a name it bore, by the day it took the name
 *   {base}id/membership/NATO/POL/1999-03-12         a membership period
 *   {base}id/treaty/north-atlantic-treaty           a treaty
 *   {base}id/treaty/north-atlantic-treaty/article/5 an article of it
 *   {base}id/treaty/north-atlantic-treaty/party/POL/1949-08-24  a participation period
 *   {base}id/place/black-sea                        a place that is not a state
 *   {base}id/actor/the-west                         an actor that is not a state or organisation
 *   {base}id/actor/vladimir-putin/term/president-of-russia/2012-05-07  a term of office
 *   {base}id/office/president-of-russia             an office of a state
 *   {base}id/asset/F-16                             an asset type
 *   {base}id/time/2022-02                           an instant at day, month or year precision
 *   {base}id/time/2022-02#description               its time:DateTimeDescription (the unit of its precision)
 *   {base}id/article/nato-second-life               a source document
 *   {base}id/article/nato-second-life/fact/{id}     an event, statement or claim taken from it
 *   {base}id/article/nato-second-life/quote/{s}-{e} a quote: code points s (inclusive) to e (exclusive)
 *   {base}id/article/nato-second-life/quote/{s}-{e}#text      its oa:TextQuoteSelector
 *   {base}id/article/nato-second-life/quote/{s}-{e}#position  its oa:TextPositionSelector
 *   {base}graph/{name}                              a named graph of the store
 *   {base}.well-known/void                          the VoID description of the dataset
 * </pre>
 *
 * <p>The scheme also reads its IRIs back: {@link #parse} tells the kind and the segments of an
 * IRI it minted, and {@link #path} / {@link #forPath} map between IRIs and paths under the base,
 * so that no other code takes IRIs apart by hand.
 */
public final class IriScheme {
    /** The base IRI used when none is configured: {@value}. */
    public static final String DEFAULT_BASE = "https://w3id.org/entente/";

    /**
     * A path segment or fragment: {@code [A-Za-z0-9][A-Za-z0-9._-]*}, checked by hand in
     * {@link #isSegment} (every IRI minted is checked, some ten per fact of an article).
     */
    static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** The folder of entity IRIs under the base. */
    private static final String ID = "id/";
    /** The folder of graph names under the base. */
    private static final String GRAPH = "graph/";
    /** The VoID document under the base. */
    private static final String VOID_DOCUMENT = ".well-known/void";

    /** The kinds of IRI the scheme mints, each with the shape of its path. */
    public enum Kind {
        STATE("state/*"),
        STATE_PERIOD("state/*/period/*"),
        STATE_SUCCESSION("succession/*/*"),
        LAND_BORDER("border/*/*/*"),
        ORGANISATION("organisation/*"),
        ORGANISATION_NAME("organisation/*/name/*"),
        MEMBERSHIP("membership/*/*/*"),
        TREATY("treaty/*"),
        TREATY_ARTICLE("treaty/*/article/*"),
        TREATY_PARTICIPATION("treaty/*/party/*/*"),
        PLACE("place/*"),
        ACTOR("actor/*"),
        OFFICE("office/*"),
        OFFICE_TERM("actor/*/term/*/*"),
        ASSET("asset/*"),
        TIME("time/*"),
        ARTICLE("article/*"),
        FACT("article/*/fact/*"),
        QUOTE("article/*/quote/*"),
        /** A named graph: {@code {base}graph/...}, any number of segments. */
        GRAPH(""),
        /** The dataset's VoID description: {@code {base}.well-known/void}. */
        VOID_DOCUMENT("");

        /** The path under {@code {base}id/}: fixed segments, and '*' for each id segment. */
        private final String[] template;

        Kind(String template) {
            this.template = template.isEmpty() ? new String[0] : template.split("/");
        }

        /** The id segments of a path of this kind, or null if the path is not of this kind. */
        private List<String> match(String[] segments) {
            if (template.length == 0 || segments.length != template.length) {
                return null;
            }
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < segments.length; i++) {
                if (template[i].equals("*")) {
                    ids.add(segments[i]);
                } else if (!template[i].equals(segments[i])) {
                    return null;
                }
            }
            return List.copyOf(ids);
        }
    }

    /**
     * An IRI that the scheme minted, read back.
     *
     * @param kind     what it names
     * @param segments its id segments in order: {@code [RUS]} for a state, {@code [NATO, POL,
     *                 1999-03-12]} for a membership, {@code [nato-second-life, 2056-2100]} for a
     *                 quote, the graph's path for a graph ({@code [article, nato-second-life]})
     * @param fragment the fragment after '#', or null
     */
    public record Minted(Kind kind, List<String> segments, String fragment) {
        /** The last id segment: the state's code, the fact's id, the graph's last name. */
        public String id() {
            return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        }
    }

    private final String base;
    /** {@code {base}id/}, the start of every entity IRI. */
    private final String idBase;

    private IriScheme(String base) {
        this.base = base;
        this.idBase = base + ID;
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

    /** A period of existence of a state, by the state and the period's start as a path segment. */
    public Resource statePeriod(String state, String start) {
        return id("state", state, "period", start);
    }

    /** A succession of states, by predecessor and successor. */
    public Resource stateSuccession(String predecessor, String successor) {
        return id("succession", predecessor, successor);
    }

    /** A land border period, by its two states ({@code a} before {@code b}) and its start as a path segment. */
    public Resource landBorder(String a, String b, String start) {
        return id("border", a, b, start);
    }

    /** A name an organisation bore, by the first day it bore it. */
    public Resource organisationName(String organisation, String start) {
        return id("organisation", organisation, "name", start);
    }

    /** An office of a state, by a lower-case id such as president-of-russia. */
    public Resource office(String id) {
        return id("office", id);
    }

    /** A term of office, by the holder, the office's id and the first day. */
    public Resource officeTerm(String actor, String office, String start) {
        return id("actor", actor, "term", office, start);
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

    /** The extraction that drafted an article's facts: {@code {article}#extraction}. */
    public Resource extraction(String article) {
        return ResourceFactory.createResource(article(article).getURI() + "#extraction");
    }

    public Resource fact(String article, String factId) {
        return id("article", article, "fact", factId);
    }

    /** A quote by its code point offsets into the article's text: start inclusive, end exclusive. */
    public Resource quote(String article, int start, int end) {
        return id("article", article, "quote", start + "-" + end);
    }

    /** The time:DateTimeDescription of an instant: {@code {time}#description}. */
    public Resource timeDescription(String lexical) {
        return ResourceFactory.createResource(time(lexical).getURI() + "#description");
    }

    /** The oa:TextQuoteSelector of a quote: {@code {quote}#text}. */
    public Resource quoteTextSelector(String article, int start, int end) {
        return ResourceFactory.createResource(quote(article, start, end).getURI() + "#text");
    }

    /** The oa:TextPositionSelector of a quote: {@code {quote}#position}. */
    public Resource quotePositionSelector(String article, int start, int end) {
        return ResourceFactory.createResource(quote(article, start, end).getURI() + "#position");
    }

    /** A named graph of the store. */
    public Resource graph(String... path) {
        return ResourceFactory.createResource(base + GRAPH + join(path));
    }

    /** The VoID description of the dataset: {@code {base}.well-known/void}. */
    public Resource voidDocument() {
        return ResourceFactory.createResource(base + VOID_DOCUMENT);
    }

    /** A resource that the VoID document describes, such as {@code {base}.well-known/void#dataset}. */
    public Resource voidResource(String fragment) {
        if (!isSegment(fragment)) {
            throw new IllegalArgumentException("not a valid fragment: '" + fragment + "'");
        }
        return ResourceFactory.createResource(base + VOID_DOCUMENT + "#" + fragment);
    }

    /** The namespace of every entity IRI: {@code {base}id/}, the VoID {@code void:uriSpace}. */
    public String entityNamespace() {
        return base + ID;
    }

    /**
     * Reads back an IRI this scheme minted: its kind and segments. Empty for any other IRI,
     * including one under the base that no method here would mint.
     */
    public Optional<Minted> parse(String iri) {
        if (iri == null || !iri.startsWith(base)) {
            return Optional.empty();
        }
        String rest = iri.substring(base.length());
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        if (rest.equals(VOID_DOCUMENT)) {
            return Optional.of(new Minted(Kind.VOID_DOCUMENT, List.of(), fragment));
        }
        boolean graph = rest.startsWith(GRAPH);
        if (!graph && !rest.startsWith(ID)) {
            return Optional.empty();
        }
        String[] segments = rest.substring(graph ? GRAPH.length() : ID.length()).split("/", -1);
        if (!Arrays.stream(segments).allMatch(IriScheme::isSegment)) {
            return Optional.empty();
        }
        if (graph) {
            return Optional.of(new Minted(Kind.GRAPH, List.of(segments), fragment));
        }
        for (Kind k : Kind.values()) {
            List<String> ids = k.match(segments);
            if (ids != null) {
                return Optional.of(new Minted(k, ids, fragment));
            }
        }
        return Optional.empty();
    }

    /** The id of an IRI of one kind, if the IRI is one of that kind ({@code RUS} for a state). */
    public Optional<String> idOf(Kind kind, String iri) {
        return parse(iri).filter(m -> m.kind() == kind && m.fragment() == null).map(Minted::id);
    }

    /**
     * The path of one of this scheme's IRIs relative to the base, such as {@code id/state/RUS},
     * {@code graph/countries} or {@code .well-known/void}, with any fragment kept; empty for
     * IRIs that do not lie in those folders.
     */
    public Optional<String> path(String iri) {
        if (iri == null || !iri.startsWith(base)) {
            return Optional.empty();
        }
        String rest = iri.substring(base.length());
        if (rest.startsWith(ID) || rest.startsWith(GRAPH) || rest.equals(VOID_DOCUMENT) || rest.startsWith(VOID_DOCUMENT + "#")) {
            return Optional.of(rest);
        }
        return Optional.empty();
    }

    /**
     * The IRI that a path under the base stands for ({@code id/state/RUS} or {@code /id/state/RUS}):
     * the inverse of {@link #path}, for entity and graph paths; empty for any other path.
     */
    public Optional<String> forPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.startsWith(ID) || p.startsWith(GRAPH)) {
            return Optional.of(base + p);
        }
        return Optional.empty();
    }

    /**
     * The base IRI under which a graph name of the form {@code {base}graph/{local}} was minted,
     * for telling which base a store was loaded with; empty if the IRI is not such a name.
     */
    public static Optional<String> baseOfGraph(String graphIri, String local) {
        String tail = GRAPH + local;
        if (graphIri == null || !graphIri.endsWith("/" + tail)) {
            return Optional.empty();
        }
        return Optional.of(graphIri.substring(0, graphIri.length() - tail.length()));
    }

    private Resource id(String... path) {
        StringBuilder sb = new StringBuilder(idBase.length() + 64).append(idBase);
        appendJoined(sb, path);
        return ResourceFactory.createResource(sb.toString());
    }

    private static String join(String... path) {
        StringBuilder sb = new StringBuilder();
        appendJoined(sb, path);
        return sb.toString();
    }

    /** Appends the segments joined by '/', each checked to be a {@link #SEGMENT}. */
    private static void appendJoined(StringBuilder sb, String... path) {
        for (int i = 0; i < path.length; i++) {
            String p = path[i];
            if (!isSegment(p)) {
                throw new IllegalArgumentException("not a valid IRI path segment: '" + p + "'");
            }
            if (i > 0) {
                sb.append('/');
            }
            sb.append(p);
        }
    }

    /** True if the string is a {@link #SEGMENT}: an ASCII letter or digit, then ASCII letters, digits, '.', '_' and '-'. */
    static boolean isSegment(String s) {
        int n = s.length();
        if (n == 0 || !isAlnum(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return base;
    }
}
