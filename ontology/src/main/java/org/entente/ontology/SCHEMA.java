package org.entente.ontology;

/**
 * schema.org, which some of the ontology's terms are aligned with, in the https form that
 * schema.org itself recommends (Jena's {@code SchemaDO} uses the older http form).
 */
public final class SCHEMA {
    private SCHEMA() {}

    /** The namespace: {@value}. */
    public static final String NS = "https://schema.org/";
    /** The usual prefix. */
    public static final String PREFIX = "schema";
}
