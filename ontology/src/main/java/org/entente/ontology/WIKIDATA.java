package org.entente.ontology;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Wikidata's namespaces (items, the owl:sameAs targets, and direct-claim properties), its site and endpoint. */
public final class WIKIDATA {
    private WIKIDATA() {}

    /** The namespace of Wikidata items, such as {@code wd:Q159} (Russia): {@value}. */
    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";
    /** The namespace of Wikidata's direct-claim properties, such as {@code wdt:P47}: {@value}. */
    public static final String DIRECT_NS = "http://www.wikidata.org/prop/direct/";

    /** Wikidata's home page: {@value}. */
    public static final String SITE = "https://www.wikidata.org/";
    /** Wikidata's public SPARQL endpoint: {@value}. */
    public static final String SPARQL_ENDPOINT = "https://query.wikidata.org/sparql";

    /** The Q-identifier of a Wikidata item IRI ({@code Q159}), if it is one. */
    public static Optional<String> qid(String iri) {
        if (iri != null && iri.startsWith(ENTITY_NS) && iri.substring(ENTITY_NS.length()).matches("Q[1-9][0-9]*")) {
            return Optional.of(iri.substring(ENTITY_NS.length()));
        }
        return Optional.empty();
    }

    /**
     * The page for people of a Wikidata item or direct-claim property IRI
     * ({@code https://www.wikidata.org/wiki/Q159}, {@code .../wiki/Property:P47}), if it is one.
     */
    public static Optional<String> page(String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        if (iri.startsWith(ENTITY_NS)) {
            return Optional.of(SITE + "wiki/" + iri.substring(ENTITY_NS.length()));
        }
        if (iri.startsWith(DIRECT_NS)) {
            return Optional.of(SITE + "wiki/Property:" + iri.substring(DIRECT_NS.length()));
        }
        return Optional.empty();
    }

    /** The Wikidata item with this Q-identifier. */
    public static Resource item(String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item identifier: " + qid);
        }
        return ResourceFactory.createResource(ENTITY_NS + qid);
    }
}
