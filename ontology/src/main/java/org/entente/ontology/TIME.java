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
    /** A position in the Gregorian calendar given by its parts (year, month, day) and its unit. */
    public static final Resource DateTimeDescription = ResourceFactory.createResource(NS + "DateTimeDescription");
    /** The date-time description of an instant. */
    public static final Property inDateTime = ResourceFactory.createProperty(NS, "inDateTime");
    /** The unit of a date-time description: its precision (domain: date-time descriptions and durations, not instants). */
    public static final Property unitType = ResourceFactory.createProperty(NS, "unitType");
    /** The year of a date-time description, an xsd:gYear. */
    public static final Property year = ResourceFactory.createProperty(NS, "year");
    /** The month of a date-time description, an xsd:gMonth. */
    public static final Property month = ResourceFactory.createProperty(NS, "month");
    /** The day of a date-time description, an xsd:gDay. */
    public static final Property day = ResourceFactory.createProperty(NS, "day");
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
