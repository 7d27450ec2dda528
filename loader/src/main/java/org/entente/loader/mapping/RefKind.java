package org.entente.loader.mapping;

import org.entente.ontology.IriScheme;

/** The kinds of entity that facts files and reference tables refer to by id. */
public enum RefKind {
    /** A state, by ISO 3166-1 alpha-3 code (RUS). */
    STATE("country", IriScheme.Kind.STATE),
    /** An international organisation, by acronym (NATO). */
    ORGANISATION("organisation", IriScheme.Kind.ORGANISATION),
    /** A person or collectively named group (the-west). */
    ACTOR("actor", IriScheme.Kind.ACTOR),
    /** A place that is not a state (black-sea). */
    PLACE("place", IriScheme.Kind.PLACE),
    /** An asset type (troops, F-16). */
    ASSET("asset type", IriScheme.Kind.ASSET),
    /** A treaty (north-atlantic-treaty). */
    TREATY("treaty", IriScheme.Kind.TREATY);

    private final String noun;
    private final IriScheme.Kind iriKind;

    RefKind(String noun, IriScheme.Kind iriKind) {
        this.noun = noun;
        this.iriKind = iriKind;
    }

    /** The kind of IRI the scheme mints for an entity of this kind. */
    public IriScheme.Kind iriKind() {
        return iriKind;
    }

    /** How an error message names this kind. */
    public String noun() {
        return noun;
    }
}
