package org.entente.ontology;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C's IRIs for file formats (http://www.w3.org/ns/formats/), used by VoID and the service description. */
public final class FORMATS {
    private FORMATS() {}

    /** The namespace: {@value}. */
    public static final String NS = "http://www.w3.org/ns/formats/";
    /** The usual prefix. */
    public static final String PREFIX = "formats";

    /** The format with this W3C name, such as {@code Turtle} or {@code SPARQL_Results_JSON}. */
    public static Resource format(String name) {
        return ResourceFactory.createResource(NS + name);
    }
}
