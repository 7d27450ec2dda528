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
    /** Something that happens over time and acts on entities; here, a run of the extractor. */
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    /** The entity was made by the activity: a drafted fact by an extraction. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
    /** The activity used the entity: an extraction the text of an article. */
    public static final Property used = ResourceFactory.createProperty(NS, "used");
    /** When the activity ended (an xsd:dateTime). */
    public static final Property endedAtTime = ResourceFactory.createProperty(NS, "endedAtTime");
}
