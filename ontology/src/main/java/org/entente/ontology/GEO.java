package org.entente.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Basic Geo (WGS84 lat/long) vocabulary: the coordinates of a state. */
public final class GEO {
    private GEO() {}

    /** The namespace: {@value}. */
    public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    /** The usual prefix. */
    public static final String PREFIX = "geo";

    /** Latitude in decimal degrees (WGS84). */
    public static final Property lat = ResourceFactory.createProperty(NS, "lat");
    /** Longitude in decimal degrees (WGS84). */
    public static final Property long_ = ResourceFactory.createProperty(NS, "long");
}
