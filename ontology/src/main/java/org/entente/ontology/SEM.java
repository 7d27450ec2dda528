package org.entente.ontology;

/** The Simple Event Model, which the ontology's events, actors and places are aligned with. */
public final class SEM {
    private SEM() {}

    /** The namespace: {@value}. */
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    /** The usual prefix. */
    public static final String PREFIX = "sem";
}
