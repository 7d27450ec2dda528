package org.entente.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O that the graph uses. */
public final class PROV {
    private PROV() {}

    /** The namespace: {@value}. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** A thing with some fixed aspects; here, a dataset or a document. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** A person, organisation or software responsible for something. */
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    /** The entity was derived from another, such as a graph from an input file. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    /** The agent acted for another agent: a group of diplomats for their state. */
    public static final Property actedOnBehalfOf = ResourceFactory.createProperty(NS, "actedOnBehalfOf");
    /** The entity was attributed to an agent. */
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
}
