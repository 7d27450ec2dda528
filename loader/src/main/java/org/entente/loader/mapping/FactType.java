package org.entente.loader.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.ontology.ENT;

/**
 * The types of fact that a facts file can state, each with the fields it takes: which property
 * each field maps to, what kind of value it holds, and how many values it needs. This table is the
 * whole schema of the facts format; FORMAT.md describes it for analysts.
 */
public enum FactType {
    Deployment(ENT.Deployment, Kind.EVENT,
            field("sender", ENT.sender, Value.ACTOR, 1, Field.MANY),
            field("destination", ENT.destination, Value.PLACE, 1, Field.MANY),
            field("asset", ENT.asset, Value.ASSET, 1, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    ForceReadiness(ENT.ForceReadiness, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("asset", ENT.asset, Value.ASSET, 0, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    MilitaryExercise(ENT.MilitaryExercise, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("place", ENT.place, Value.PLACE, 1, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    Evacuation(ENT.Evacuation, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("evacuees", ENT.evacuees, Value.TEXT, 1, 1),
            field("from", ENT.evacuatedFrom, Value.PLACE, 1, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    Negotiation(ENT.Negotiation, Kind.EVENT,
            field("participant", ENT.participant, Value.ACTOR, 2, Field.MANY),
            field("outcome", ENT.outcome, Value.OUTCOME, 0, 1)),
    Demand(ENT.Demand, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("addressee", ENT.addressee, Value.ACTOR, 0, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Position(ENT.Position, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("stance", ENT.stance, Value.STANCE, 1, 1),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Warning(ENT.Warning, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("place", ENT.place, Value.PLACE, 0, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Denial(ENT.Denial, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Assurance(ENT.Assurance, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Appeal(ENT.Appeal, Kind.EVENT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("addressee", ENT.addressee, Value.ACTOR, 0, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Assessment(ENT.Assessment, Kind.CLAIM,
            field("content", ENT.content, Value.TEXT, 1, 1),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY)),
    Prediction(ENT.Prediction, Kind.CLAIM,
            field("content", ENT.content, Value.TEXT, 1, 1),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY)),
    Proposal(ENT.Proposal, Kind.CLAIM,
            field("content", ENT.content, Value.TEXT, 1, 1),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY)),
    BorderStatement(ENT.BorderStatement, Kind.STATEMENT,
            field("state", ENT.statedState, Value.STATE, 2, 2),
            field("affirmed", ENT.affirmed, Value.BOOLEAN, 1, 1)),
    MembershipStatement(ENT.MembershipStatement, Kind.STATEMENT,
            field("member", ENT.statedMember, Value.STATE, 1, 1),
            field("organisation", ENT.statedOrganisation, Value.ORGANISATION, 1, 1),
            field("affirmed", ENT.affirmed, Value.BOOLEAN, 1, 1));

    /** Whether a fact is an event (with a status), a claim of the author, or a reported state of affairs. */
    public enum Kind { EVENT, CLAIM, STATEMENT }

    /** The kinds of value a field holds. */
    public enum Value {
        /** A state, an organisation or another actor, by id. */
        ACTOR(List.of(RefKind.STATE, RefKind.ORGANISATION, RefKind.ACTOR)),
        /** A state or another place, by id. */
        PLACE(List.of(RefKind.STATE, RefKind.PLACE)),
        /** An asset type, by id. */
        ASSET(List.of(RefKind.ASSET)),
        /** A state, by ISO 3166-1 alpha-3 code. */
        STATE(List.of(RefKind.STATE)),
        /** An organisation, by acronym. */
        ORGANISATION(List.of(RefKind.ORGANISATION)),
        /** Anything with an id. */
        ANY(List.of(RefKind.STATE, RefKind.ORGANISATION, RefKind.ACTOR, RefKind.PLACE, RefKind.ASSET, RefKind.TREATY)),
        /** English text. */
        TEXT(List.of()),
        /** The modality of an event. */
        STATUS(List.of()),
        /** The outcome of a negotiation. */
        OUTCOME(List.of()),
        /** Supports or opposes. */
        STANCE(List.of()),
        /** yes or no. */
        BOOLEAN(List.of()),
        /** YYYY, YYYY-MM or YYYY-MM-DD. */
        TIME(List.of()),
        /** A verbatim passage of the article. */
        QUOTE(List.of());

        private final List<RefKind> refKinds;

        Value(List<RefKind> refKinds) {
            this.refKinds = refKinds;
        }

        /** The kinds of entity an id may name, in the order they are tried; empty for literal values. */
        public List<RefKind> refKinds() {
            return refKinds;
        }
    }

    /** A field of a fact type. {@code property} is null for fields that are not a single triple (quote, time). */
    public record Field(String key, Property property, Value value, int min, int max) {
        public static final int MANY = Integer.MAX_VALUE;
    }

    /** The symbolic values of status, outcome and stance fields, and their individuals. */
    public static final Map<String, Resource> STATUSES = ordered(
            "offered", ENT.Offered, "announced", ENT.Announced, "planned", ENT.Planned,
            "on-standby", ENT.OnStandby, "under-way", ENT.UnderWay, "carried-out", ENT.CarriedOut);
    public static final Map<String, Resource> OUTCOMES = ordered(
            "agreement", ENT.Agreement, "failure", ENT.Failure, "continuing", ENT.Continuing);
    public static final Map<String, Resource> STANCES = ordered("supports", ENT.Supports, "opposes", ENT.Opposes);

    private final Resource ontologyClass;
    private final Kind kind;
    private final Map<String, Field> fields;

    FactType(Resource ontologyClass, Kind kind, Field... specific) {
        this.ontologyClass = ontologyClass;
        this.kind = kind;
        List<Field> all = new ArrayList<>();
        all.add(field("label", RDFS.label, Value.TEXT, 1, 1));
        all.add(field("quote", null, Value.QUOTE, 1, Field.MANY));
        all.add(field("note", SKOS.editorialNote, Value.TEXT, 0, 1));
        if (kind == Kind.EVENT) {
            all.add(field("status", ENT.status, Value.STATUS, 1, 1));
            all.add(field("time", ENT.time, Value.TIME, 0, 1));
        }
        all.addAll(Arrays.asList(specific));
        Map<String, Field> byKey = new LinkedHashMap<>();
        all.forEach(f -> byKey.put(f.key(), f));
        this.fields = Collections.unmodifiableMap(byKey);
    }

    private static Field field(String key, Property property, Value value, int min, int max) {
        return new Field(key, property, value, min, max);
    }

    private static Map<String, Resource> ordered(Object... kv) {
        Map<String, Resource> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Resource) kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    public Resource ontologyClass() {
        return ontologyClass;
    }

    public Kind kind() {
        return kind;
    }

    /** The fields of this type by key (the key {@code type} itself excluded). */
    public Map<String, Field> fields() {
        return fields;
    }

    /** The type named in a facts file, if there is one. */
    public static java.util.Optional<FactType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
