package org.entente.server.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.loader.Text;
import org.entente.loader.query.ParameterException;
import org.entente.loader.store.KgStore;
import org.entente.loader.mapping.RefKind;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;

/**
 * Finds entities by the start of a name, for autocompletion: a case-insensitive prefix match on
 * their labels in every language ({@code rdfs:label}, {@code skos:altLabel}), acronyms and ISO
 * 3166 codes. The best matches come first: an exact match of any name, then a prefix of the
 * English label, then a prefix of anything else; each entity appears once.
 */
public final class EntitySearch {

    /** The kinds of entity one can search for, each with its class (subclasses included). */
    public enum Kind {
        STATE("State", ENT.State.asNode(), RefKind.STATE),
        ORGANISATION("Organisation", ENT.InternationalOrganisation.asNode(), RefKind.ORGANISATION),
        TREATY("Treaty", ENT.Instrument.asNode(), RefKind.TREATY),
        EVENT("Event", ENT.Event.asNode(), null),
        CLAIM("Claim", ENT.Claim.asNode(), null),
        PLACE("Place", ENT.Place.asNode(), RefKind.PLACE),
        ACTOR("Actor", ENT.Actor.asNode(), RefKind.ACTOR),
        ASSET("Asset", ENT.AssetType.asNode(), RefKind.ASSET);

        private final String label;
        private final Node type;
        /** The kind of reference a facts file makes to such an entity, or null if it makes none. */
        private final RefKind ref;

        Kind(String label, Node type, RefKind ref) {
            this.label = label;
            this.type = type;
            this.ref = ref;
        }

        /** The kind to search for the entities a facts file names with a reference of this kind. */
        public static Kind of(RefKind ref) {
            for (Kind k : values()) {
                if (k.ref == ref) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no entity kind for " + ref);
        }

        /** The name used in the API: State, Organisation, ... */
        public String label() {
            return label;
        }

        /** The kind of this name, ignoring case. */
        public static Optional<Kind> named(String name) {
            for (Kind k : values()) {
                if (k.label.equalsIgnoreCase(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        static List<String> labels() {
            return java.util.Arrays.stream(values()).map(Kind::label).toList();
        }
    }

    /** One entity found: its IRI, the name to show and its language, its kind, and its path on this server (or null). */
    public record Hit(String iri, String label, String lang, String type, String path) {}

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 10;

    private static final List<Node> NAME_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode());
    private static final List<Node> CODE_PROPERTIES = List.of(ENT.acronym.asNode(), ENT.iso3166Alpha2.asNode(),
            ENT.iso3166Alpha3.asNode());

    private final KgStore store;
    private final IriScheme scheme;

    public EntitySearch(KgStore store, IriScheme scheme) {
        this.store = store;
        this.scheme = scheme;
    }

    /**
     * Searches.
     *
     * @param q     the start of a name (1 to 100 characters)
     * @param type  the kind of entity, several separated by commas ({@code State,Place}), or null for any
     * @param limit how many at most (1 to 100), or null for 10
     * @throws ParameterException naming q, type or limit if one is invalid
     */
    public List<Hit> search(String q, String type, String limit) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw new ParameterException("q", "is required: the start of a name, 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new ParameterException("q", "is " + text.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
        }
        java.util.Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
        if (type != null && !type.isBlank()) {
            for (String name : type.split(",", -1)) {
                kinds.add(Kind.named(name.strip()).orElseThrow(() -> new ParameterException("type",
                        "is '" + Text.shorten(type, 40) + "'; expected one of " + Kind.labels() + ", or several separated by commas")));
            }
        }
        int n = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw new ParameterException("limit", "is '" + Text.shorten(limit, 40) + "'; expected a whole number from 1 to " + MAX_LIMIT);
            }
        }
        int max = n;
        return store.read(dsg -> search(dsg, text, kinds, max));
    }

    /** Searches a dataset inside the caller's read transaction: entities of any of the kinds (every kind if none). */
    public List<Hit> search(DatasetGraph dsg, String text, java.util.Set<Kind> kinds, int limit) {
        String needle = text.toLowerCase(Locale.ROOT);
        Graph g = dsg.getUnionGraph();
        Map<Node, Match> best = new HashMap<>();
        for (Node p : NAME_PROPERTIES) {
            scan(g, p, needle, true, best);
        }
        for (Node p : CODE_PROPERTIES) {
            scan(g, p, needle, false, best);
        }
        List<Map.Entry<Node, Match>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Comparator.comparing((Map.Entry<Node, Match> e) -> e.getValue().rank)
                .thenComparing(e -> e.getValue().value.length())
                .thenComparing(e -> e.getValue().value.toLowerCase(Locale.ROOT))
                .thenComparing(e -> e.getKey().getURI()));
        Map<Node, Hit> out = new LinkedHashMap<>();
        for (Map.Entry<Node, Match> e : ranked) {
            if (out.size() >= limit) {
                break;
            }
            Node entity = e.getKey();
            Kind entityKind = kindOf(g, entity);
            if (entityKind == null || (!kinds.isEmpty() && kinds.stream().noneMatch(k -> g.contains(entity, RDF.type.asNode(), k.type)))) {
                continue;
            }
            Match m = e.getValue();
            String label = m.value;
            String lang = m.lang;
            if (!m.isName) {
                // A code or acronym: show the entity's English name instead.
                Node en = englishLabel(g, entity);
                if (en != null) {
                    label = en.getLiteralLexicalForm();
                    lang = en.getLiteralLanguage();
                }
            }
            out.put(entity, new Hit(entity.getURI(), label, lang == null || lang.isEmpty() ? null : lang,
                    entityKind.label(), path(entity.getURI())));
        }
        return List.copyOf(out.values());
    }

    /** The path of an IRI on this server, if the IRI lies under the base IRI. */
    public String path(String iri) {
        return scheme.path(iri).map(p -> "/" + p).orElse(null);
    }

    private record Match(int rank, String value, String lang, boolean isName) {}

    private static void scan(Graph g, Node property, String needle, boolean isName, Map<Node, Match> best) {
        ExtendedIterator<Triple> it = g.find(Node.ANY, property, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                Node s = t.getSubject();
                Node o = t.getObject();
                if (!s.isURI() || !o.isLiteral()) {
                    continue;
                }
                String value = o.getLiteralLexicalForm();
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.startsWith(needle)) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                int rank;
                if (lower.equals(needle)) {
                    rank = 0;
                } else if (isName && RDFS.label.asNode().equals(property) && isEnglish(lang)) {
                    rank = 1;
                } else {
                    rank = 2;
                }
                Match m = new Match(rank, value, lang, isName);
                best.merge(s, m, EntitySearch::better);
            }
        } finally {
            it.close();
        }
    }

    private static Match better(Match a, Match b) {
        if (a.rank != b.rank) {
            return a.rank < b.rank ? a : b;
        }
        // Prefer names over codes, English over other languages, then the shorter.
        if (a.isName != b.isName) {
            return a.isName ? a : b;
        }
        if (isEnglish(a.lang) != isEnglish(b.lang)) {
            return isEnglish(a.lang) ? a : b;
        }
        return a.value.length() <= b.value.length() ? a : b;
    }

    private static boolean isEnglish(String lang) {
        return lang != null && (lang.equalsIgnoreCase("en") || lang.toLowerCase(Locale.ROOT).startsWith("en-"));
    }

    private static Kind kindOf(Graph g, Node entity) {
        for (Kind k : Kind.values()) {
            if (g.contains(entity, RDF.type.asNode(), k.type)) {
                return k;
            }
        }
        return null;
    }

    private static Node englishLabel(Graph g, Node entity) {
        Node any = null;
        ExtendedIterator<Triple> it = g.find(entity, RDFS.label.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                if (isEnglish(o.getLiteralLanguage())) {
                    return o;
                }
                if (any == null) {
                    any = o;
                }
            }
        } finally {
            it.close();
        }
        return any;
    }
}
