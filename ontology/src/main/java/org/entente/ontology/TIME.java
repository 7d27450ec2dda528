package org.entente.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C OWL-Time that the graph uses to state times at their precision. */
public final class TIME {
    private TIME() {}

    /** The namespace: {@value}. */
    public static final String NS = "http://www.w3.org/2006/time#";

    /** A temporal entity with zero extent, stated here at day, month or year precision. */
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
    /** The precision of a time position. */
    public static final Property unitType = ResourceFactory.createProperty(NS, "unitType");
    /** The day precision. */
    public static final Resource unitDay = ResourceFactory.createResource(NS + "unitDay");
    /** The month precision. */
    public static final Resource unitMonth = ResourceFactory.createResource(NS + "unitMonth");
    /** The year precision. */
    public static final Resource unitYear = ResourceFactory.createResource(NS + "unitYear");
    /** The position of an instant as an xsd:date. */
    public static final Property inXSDDate = ResourceFactory.createProperty(NS, "inXSDDate");
    /** The position of an instant as an xsd:gYearMonth. */
    public static final Property inXSDgYearMonth = ResourceFactory.createProperty(NS, "inXSDgYearMonth");
    /** The position of an instant as an xsd:gYear. */
    public static final Property inXSDgYear = ResourceFactory.createProperty(NS, "inXSDgYear");
}
