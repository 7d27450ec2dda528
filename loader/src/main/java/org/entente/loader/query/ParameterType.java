package org.entente.loader.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.entente.loader.Text;
import org.entente.loader.mapping.Catalogue;
import org.entente.loader.mapping.RefKind;
import org.entente.loader.source.Patterns;
import org.entente.loader.source.ReferenceData;
import org.entente.ontology.IriScheme;

/**
 * The types a named query's parameter can have. Each parses a raw string into a typed RDF term
 * or says, in one line, why it cannot; entity types also check that the entity exists.
 */
public enum ParameterType {
    /**
     * A day, YYYY-MM-DD, or {@code today}: an xsd:date literal. A day before the reference data's
     * coverage ({@link ReferenceData#COVERAGE_START}) is refused: the data records no state,
     * border or membership before it, so any answer would be false.
     */
    DATE("a date YYYY-MM-DD or 'today'"),
    /** An organisation by id (NATO, any case), by one of its names (Warsaw Pact, CSCE), or by IRI. */
    ORGANISATION("an organisation id such as NATO, WP, CSTO, OSCE, UN, EC or EU, one of its names, or its IRI"),
    /** A state by code (RUS, or a former state's such as SUN) or IRI. */
    STATE("a country's ISO 3166-1 alpha-3 code such as RUS (or a former state's, such as SUN), or its IRI"),
    /** A treaty by id (north-atlantic-treaty) or IRI. */
    TREATY("a treaty id such as north-atlantic-treaty, or its IRI"),
    /** A plain string. */
    STRING("a text of at most " + ParameterType.MAX_LENGTH + " characters"),
    /** A whole number. */
    INTEGER("a whole number"),
    /** An absolute IRI. */
    IRI("an absolute IRI"),
    /**
     * Whether facts that an extractor drafted and nobody has reviewed are wanted: {@code exclude}
     * (reviewed facts only) or {@code include}; an xsd:boolean, true for include.
     */
    DRAFTS("'exclude' (reviewed facts only) or 'include' (drafted facts too)");

    /** The longest raw value accepted for any parameter. */
    public static final int MAX_LENGTH = 200;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String expected;

    ParameterType(String expected) {
        this.expected = expected;
    }

    /** What a valid value looks like, for messages and documentation. */
    public String expected() {
        return expected;
    }

    /** The type of this name in a query header (date, organisation, ...). */
    public static Optional<ParameterType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Parses a raw value into an RDF term.
     *
     * @throws IllegalArgumentException with the reason, if the value is not valid
     */
    public Node parse(String raw, Catalogue catalogue, IriScheme scheme, Clock clock) {
        if (raw.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("is " + raw.length() + " characters long; the limit is " + MAX_LENGTH);
        }
        String v = raw.strip();
        return switch (this) {
            case DATE -> {
                LocalDate d;
                if (v.equalsIgnoreCase("today")) {
                    d = LocalDate.now(clock);
                } else {
                    try {
                        d = LocalDate.parse(v, DAY);
                    } catch (DateTimeParseException e) {
                        throw invalid(v);
                    }
                }
                if (d.isBefore(ReferenceData.COVERAGE_START)) {
                    throw new IllegalArgumentException("is " + d + ", before " + ReferenceData.COVERAGE_START
                            + ", where the data begins: states, borders and memberships before that day are not recorded");
                }
                yield NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
            }
            case ORGANISATION -> entity(upperIfCode(v, "[A-Za-z][A-Za-z0-9]{1,15}"), RefKind.ORGANISATION,
                    Patterns.ORGANISATION, catalogue, scheme);
            case STATE -> entity(upperIfCode(v, "[A-Za-z]{3}"), RefKind.STATE, Patterns.ISO3, catalogue, scheme);
            case TREATY -> entity(v, RefKind.TREATY, Patterns.SLUG, catalogue, scheme);
            case STRING -> NodeFactory.createLiteralString(v);
            case INTEGER -> {
                if (!v.matches("-?[0-9]{1,18}")) {
                    throw invalid(v);
                }
                yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
            }
            case IRI -> {
                if (!isAbsoluteIri(v)) {
                    throw invalid(v);
                }
                yield NodeFactory.createURI(v);
            }
            case DRAFTS -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "include" -> NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
                case "exclude" -> NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
                default -> throw invalid(v);
            };
        };
    }

    private Node entity(String v, RefKind kind, String idPattern, Catalogue catalogue, IriScheme scheme) {
        if (v.matches(idPattern) && catalogue.contains(kind, v)) {
            return catalogue.iri(kind, v).asNode();
        }
        if (this == ORGANISATION && !isAbsoluteIri(v)) {
            // An organisation may also be named: "Warsaw Pact", "CSCE", "European Economic Community".
            java.util.Set<String> named = catalogue.idsNamed(kind, v);
            if (named.size() == 1) {
                return catalogue.iri(kind, named.iterator().next()).asNode();
            }
            if (named.size() > 1) {
                throw new IllegalArgumentException("'" + Text.shorten(v, 40) + "' is a name of several organisations: " + named);
            }
        }
        if (v.matches(idPattern) || (this == ORGANISATION && !isAbsoluteIri(v) && v.matches("[\\p{L}0-9 .'()-]{1,100}"))) {
            throw new IllegalArgumentException("names no known " + kind.noun() + ": '" + Text.shorten(v, 40) + "'");
        }
        if (isAbsoluteIri(v) && scheme.mints(v)) {
            String id = scheme.idOf(kind.iriKind(), v).filter(i -> i.matches(idPattern)).orElse(null);
            if (id != null && catalogue.contains(kind, id)) {
                return catalogue.iri(kind, id).asNode();
            }
            throw new IllegalArgumentException("names no known " + kind.noun() + ": <" + v + ">");
        }
        throw invalid(v);
    }

    /** Codes are case-insensitive: nato and rus mean NATO and RUS. */
    private static String upperIfCode(String v, String codePattern) {
        return v.matches(codePattern) ? v.toUpperCase(java.util.Locale.ROOT) : v;
    }

    private static boolean isAbsoluteIri(String v) {
        if (v.isEmpty() || v.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
                || c == '|' || c == '\\' || c == '^' || c == '`')) {
            return false;
        }
        try {
            return IRIs.check(v) && org.apache.jena.irix.IRIx.create(v).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private IllegalArgumentException invalid(String v) {
        return new IllegalArgumentException("is '" + Text.shorten(v, 40) + "'; expected " + expected);
    }
}
