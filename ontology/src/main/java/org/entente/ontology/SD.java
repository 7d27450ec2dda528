package org.entente.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SPARQL 1.1 Service Description vocabulary. */
public final class SD {
    private SD() {}

    /** The namespace: {@value}. */
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    /** The usual prefix. */
    public static final String PREFIX = "sd";

    /** A term of the vocabulary by local name. */
    public static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /** A class or individual of the vocabulary by local name. */
    public static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }
}
