package org.entente.ontology;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Wikidata's namespaces: items (owl:sameAs targets) and direct-claim properties. */
public final class WIKIDATA {
    private WIKIDATA() {}

    /** The namespace of Wikidata items, such as {@code wd:Q159} (Russia): {@value}. */
    public static final String ENTITY_NS = "http://www.wikidata.org/entity/";
    /** The namespace of Wikidata's direct-claim properties, such as {@code wdt:P47}: {@value}. */
    public static final String DIRECT_NS = "http://www.wikidata.org/prop/direct/";

    /** The Wikidata item with this Q-identifier. */
    public static Resource item(String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item identifier: " + qid);
        }
        return ResourceFactory.createResource(ENTITY_NS + qid);
    }
}
