package org.entente.loader.mapping;

/** The kinds of entity that facts files and reference tables refer to by id. */
public enum RefKind {
    /** A state, by ISO 3166-1 alpha-3 code (RUS). */
    STATE("country"),
    /** An international organisation, by acronym (NATO). */
    ORGANISATION("organisation"),
    /** A person or collectively named group (the-west). */
    ACTOR("actor"),
    /** A place that is not a state (black-sea). */
    PLACE("place"),
    /** An asset type (troops, F-16). */
    ASSET("asset type"),
    /** A treaty (north-atlantic-treaty). */
    TREATY("treaty");

    private final String noun;

    RefKind(String noun) {
        this.noun = noun;
    }

    /** How an error message names this kind. */
    public String noun() {
        return noun;
    }
}
