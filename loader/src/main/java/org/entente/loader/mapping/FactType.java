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
    Deployment(ENT.Deployment, Kind.ACTION,
            field("sender", ENT.sender, Value.ACTOR, 1, Field.MANY),
            field("destination", ENT.destination, Value.PLACE, 1, Field.MANY),
            field("asset", ENT.asset, Value.ASSET, 1, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    /** A withdrawal of forces (ent:MilitaryWithdrawal: ent:Withdrawal names the treaty provision). */
    Withdrawal(ENT.MilitaryWithdrawal, Kind.ACTION,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("from", ENT.withdrawnFrom, Value.PLACE, 1, Field.MANY),
            field("asset", ENT.asset, Value.ASSET, 0, Field.MANY),
            field("destination", ENT.destination, Value.PLACE, 0, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    /** Military aid in kind: weapons, ammunition, equipment. */
    ArmsTransfer(ENT.ArmsTransfer, Kind.ACTION,
            field("sender", ENT.sender, Value.ACTOR, 1, Field.MANY),
            field("recipient", ENT.recipient, Value.ACTOR, 1, Field.MANY),
            field("asset", ENT.asset, Value.ASSET, 1, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    ForceReadiness(ENT.ForceReadiness, Kind.ACTION,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("asset", ENT.asset, Value.ASSET, 0, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    MilitaryExercise(ENT.MilitaryExercise, Kind.ACTION,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("place", ENT.place, Value.PLACE, 1, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    Evacuation(ENT.Evacuation, Kind.ACTION,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("evacuees", ENT.evacuees, Value.TEXT, 1, 1),
            field("from", ENT.evacuatedFrom, Value.PLACE, 1, Field.MANY),
            field("purpose", ENT.purpose, Value.TEXT, 0, 1)),
    Negotiation(ENT.Negotiation, Kind.ACTION,
            field("participant", ENT.participant, Value.ACTOR, 2, Field.MANY),
            field("outcome", ENT.outcome, Value.OUTCOME, 0, 1)),
    Demand(ENT.Demand, Kind.SPEECH_ACT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("addressee", ENT.addressee, Value.ACTOR, 0, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    /** A stance on a proposition (its content) or on a fact of the same file (about). */
    Position(ENT.Position, Kind.SPEECH_ACT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("stance", ENT.stance, Value.STANCE, 1, 1),
            field("about", ENT.about, Value.FACT, 0, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Warning(ENT.Warning, Kind.SPEECH_ACT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("place", ENT.place, Value.PLACE, 0, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Denial(ENT.Denial, Kind.SPEECH_ACT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Assurance(ENT.Assurance, Kind.SPEECH_ACT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    Appeal(ENT.Appeal, Kind.SPEECH_ACT,
            field("agent", ENT.agent, Value.ACTOR, 1, Field.MANY),
            field("addressee", ENT.addressee, Value.ACTOR, 0, Field.MANY),
            field("concerns", ENT.concerns, Value.ANY, 0, Field.MANY),
            field("content", ENT.content, Value.TEXT, 1, 1)),
    /** An accusation; the accuser (agent) is optional, since a text may say only that someone "is accused". */
    Accusation(ENT.Accusation, Kind.SPEECH_ACT,
            field("agent", ENT.agent, Value.ACTOR, 0, Field.MANY),
            field("accused", ENT.accused, Value.ACTOR, 1, Field.MANY),
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

    /**
     * What a fact is: an action event (with its modality: commitment, progress, posture), a speech
     * act (an event that is the statement itself, without modality), a claim of the author, or a
     * reported state of affairs.
     */
    public enum Kind {
        ACTION("an action event"), SPEECH_ACT("a speech act, itself the event the text reports as made"),
        CLAIM("a claim of the author, not an event"), STATEMENT("a stated state of affairs, not an event");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** How an error message names the kind: "a speech act, itself the event ...". */
        public String description() {
            return description;
        }

        /** True for action events and speech acts, which may have a time. */
        public boolean isEvent() {
            return this == ACTION || this == SPEECH_ACT;
        }
    }

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
        /** The commitment of an action event: considering, offered, announced, decided. */
        COMMITMENT(List.of()),
        /** The progress of an action event: planned, under-way, carried-out, cancelled. */
        PROGRESS(List.of()),
        /** The force posture of an action event: on-standby, on-alert. */
        POSTURE(List.of()),
        /** The id of another fact of the same file. */
        FACT(List.of()),
        /** The outcome of a negotiation. */
        OUTCOME(List.of()),
        /** Supports or opposes. */
        STANCE(List.of()),
        /** yes or no. */
        BOOLEAN(List.of()),
        /** YYYY, YYYY-MM or YYYY-MM-DD. */
        TIME(List.of()),
        /** A verbatim passage of the article. */
        QUOTE(List.of()),
        /** The extractor's confidence in a drafted fact: a decimal from 0 to 1. */
        CONFIDENCE(List.of());

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

    /** The symbolic values of the modality, outcome and stance fields, and their individuals (FORMAT.md). */
    public static final Map<String, Resource> COMMITMENTS = ordered(
            "considering", ENT.Considering, "offered", ENT.Offered, "announced", ENT.Announced, "decided", ENT.Decided);
    public static final Map<String, Resource> PROGRESSES = ordered(
            "planned", ENT.Planned, "under-way", ENT.UnderWay, "carried-out", ENT.CarriedOut, "cancelled", ENT.Cancelled);
    public static final Map<String, Resource> POSTURES = ordered("on-standby", ENT.OnStandby, "on-alert", ENT.OnAlert);
    public static final Map<String, Resource> OUTCOMES = ordered(
            "agreement", ENT.Agreement, "failure", ENT.Failure, "continuing", ENT.Continuing);
    public static final Map<String, Resource> STANCES = ordered("supports", ENT.Supports, "opposes", ENT.Opposes);

    /** The three modality fields of an action event, each with its values, in the order FORMAT.md gives them. */
    public static final Map<String, Map<String, Resource>> MODALITY = orderedMaps(
            "commitment", COMMITMENTS, "progress", PROGRESSES, "posture", POSTURES);

    /**
     * The error for the field {@code status} of facts format 1, which mixed the three modality
     * fields: which field each old value belongs to is for the analyst to decide from the text.
     */
    public static final String STATUS_SPLIT = statusSplit();

    private static String statusSplit() {
        List<String> fields = MODALITY.entrySet().stream()
                .map(e -> "'" + e.getKey() + "' (" + String.join(", ", e.getValue().keySet()) + ")").toList();
        return "'status' is no longer a field; it was split into " + String.join(", ", fields.subList(0, fields.size() - 1))
                + " and " + fields.get(fields.size() - 1) + ": see FORMAT.md";
    }

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
        all.add(field("confidence", ENT.confidence, Value.CONFIDENCE, 0, 1));
        if (kind.isEvent()) {
            all.add(field("time", ENT.time, Value.TIME, 0, 1));
        }
        if (kind == Kind.ACTION) {
            all.add(field("commitment", ENT.commitment, Value.COMMITMENT, 0, 1));
            all.add(field("progress", ENT.progress, Value.PROGRESS, 0, 1));
            all.add(field("posture", ENT.posture, Value.POSTURE, 0, 1));
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

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Resource>> orderedMaps(Object... kv) {
        Map<String, Map<String, Resource>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Map<String, Resource>) kv[i + 1]);
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
        return java.util.Optional.ofNullable(ByName.TYPES.get(name));
    }

    /** The types by name, built once (a fact type is looked up for every fact). */
    private static final class ByName {
        static final Map<String, FactType> TYPES = Arrays.stream(values())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(FactType::name, t -> t));
    }
}
