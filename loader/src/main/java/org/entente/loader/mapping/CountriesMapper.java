package org.entente.loader.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.loader.source.Country;
import org.entente.loader.source.CountryIdentifiers;
import org.entente.loader.source.DayRange;
import org.entente.loader.source.FormerState;
import org.entente.loader.source.LandBorder;
import org.entente.loader.source.Origin;
import org.entente.loader.source.ReferenceData;
import org.entente.loader.source.StatePeriod;
import org.entente.loader.source.StateRelation;
import org.entente.loader.source.StateStatus;
import org.entente.ontology.ENT;
import org.entente.ontology.GEO;
import org.entente.ontology.IriScheme;

/**
 * Maps the state tables to the countries graph: the current countries and territories of
 * world-countries joined with the country identifiers, the former states, every state's periods
 * of existence, the successions between states, the dated land borders and today's status.
 *
 * <p>Land borders come from land-borders.csv, never from world-countries' {@code borders} field:
 * each row is an {@code ent:LandBorder} node, and a border with no recorded end also gives the
 * shortcut {@code ent:sharesLandBorderWith} in both directions (a property of the data, not of
 * the day of loading, so it cannot go stale).
 */
public final class CountriesMapper {
    private CountriesMapper() {}

    /** The path segment and label of a start before the data's coverage. */
    static final String BEFORE_COVERAGE = "before-" + ReferenceData.COVERAGE_START;

    public static Model map(ReferenceData data, GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        Model m = ModelFactory.createDefaultModel();
        DataSources.describe(m, graphs.countries(), "Countries and territories",
                "The 250 countries and territories of the world-countries data set (codes, names in many languages, "
                        + "region, coordinates, area), joined with Our World in Data's table of Wikidata items and "
                        + "Correlates of War codes; the former states since 1945-10-24 with their ISO 3166-3 codes; "
                        + "every state's periods of existence, the successions between states, the land borders with "
                        + "their periods (after the Correlates of War Direct Contiguity data) and each state's political "
                        + "status today, with a source per row.",
                new Resource[] {DataSources.ODBL, DataSources.CC_BY_4},
                DataSources.WORLD_COUNTRIES, DataSources.OWID_COUNTRIES, DataSources.PROJECT);

        Map<String, String> names = new LinkedHashMap<>();
        Map<String, CountryIdentifiers> ids = new HashMap<>();
        data.identifiers().forEach(i -> ids.put(i.iso3(), i));
        for (Country c : data.countries()) {
            names.put(c.iso3(), c.names().get("en"));
            current(m, scheme, c, ids.get(c.iso3()));
        }
        for (FormerState f : data.formerStates()) {
            if (names.containsKey(f.id())) {
                throw f.origin().error("former state '" + f.id() + "' is also a current country of world-countries");
            }
            if (names.put(f.id(), f.name()) != null) {
                throw f.origin().error("former state '" + f.id() + "' is listed twice");
            }
            former(m, scheme, f);
        }
        Map<String, List<StatePeriod>> periods = periods(m, scheme, data.statePeriods(), names);
        successions(m, scheme, data.stateRelations(), names, periods);
        borders(m, scheme, data.landBorders(), names);
        statuses(m, scheme, data.stateStatuses(), names, data.formerStates());
        return m;
    }

    private static void current(Model m, IriScheme scheme, Country c, CountryIdentifiers id) {
        Resource s = scheme.state(c.iso3());
        m.add(s, RDF.type, ENT.State);
        c.names().forEach((lang, name) -> m.add(s, RDFS.label, name, lang));
        c.officialNames().forEach((lang, name) -> m.add(s, ENT.officialName, name, lang));
        m.add(s, ENT.iso3166Alpha3, Rdf.string(c.iso3()));
        m.add(s, ENT.iso3166Alpha2, Rdf.string(c.iso2()));
        if (!c.numeric().isEmpty()) {
            m.add(s, ENT.iso3166Numeric, Rdf.string(c.numeric()));
        }
        if (!c.region().isEmpty()) {
            m.add(s, ENT.continent, Rdf.string(c.region()));
        }
        if (!c.subregion().isEmpty()) {
            m.add(s, ENT.subregion, Rdf.string(c.subregion()));
        }
        c.latLong().ifPresent(ll -> {
            m.add(s, GEO.lat, decimal(ll[0]));
            m.add(s, GEO.long_, decimal(ll[1]));
        });
        c.areaKm2().ifPresent(a -> m.add(s, ENT.areaKm2, decimal(a)));
        m.addLiteral(s, ENT.landlocked, c.landlocked());
        if (id != null) {
            Rdf.sameAsWikidata(m, s, id.wikidata());
            id.cowCode().ifPresent(code -> m.add(s, ENT.cowStateCode, integer(code)));
            id.cowLetters().ifPresent(l -> m.add(s, ENT.cowStateAbbreviation, Rdf.string(l)));
        }
    }

    private static void former(Model m, IriScheme scheme, FormerState f) {
        Resource s = scheme.state(f.id());
        m.add(s, RDF.type, ENT.State);
        m.add(s, RDFS.label, Rdf.en(f.name()));
        if (f.idIsIsoAlpha3()) {
            m.add(s, ENT.iso3166Alpha3, Rdf.string(f.id()));
        }
        f.iso3166Alpha4().ifPresent(c -> m.add(s, ENT.iso3166Alpha4, Rdf.string(c)));
        f.cowCode().ifPresent(c -> m.add(s, ENT.cowStateCode, integer(c)));
        Rdf.sameAsWikidata(m, s, f.wikidata());
        m.add(s, DCTerms.source, Rdf.iri(f.sourceUrl()));
        f.note().ifPresent(n -> m.add(s, SKOS.editorialNote, Rdf.en(n)));
    }

    /** The periods of existence, by state; every state has at least one, and those of a state do not overlap. */
    private static Map<String, List<StatePeriod>> periods(Model m, IriScheme scheme, List<StatePeriod> rows,
            Map<String, String> names) {
        Map<String, List<StatePeriod>> byState = new HashMap<>();
        for (StatePeriod p : rows) {
            known(scheme, names, p.state(), p.origin());
            Resource node = scheme.statePeriod(p.state(), segment(p.start()));
            if (m.contains(node, RDF.type)) {
                throw p.origin().error("a second period of " + p.state() + " starts " + label(p.start()));
            }
            m.add(node, RDF.type, ENT.StatePeriod);
            m.add(node, ENT.periodOf, scheme.state(p.state()));
            bounds(m, node, p.start(), p.end());
            m.add(node, RDFS.label, Rdf.en(names.get(p.state()) + ", " + span(p.start(), p.end())));
            m.add(node, DCTerms.source, Rdf.iri(p.sourceUrl()));
            p.note().ifPresent(n -> m.add(node, SKOS.editorialNote, Rdf.en(n)));
            byState.computeIfAbsent(p.state(), k -> new ArrayList<>()).add(p);
        }
        for (String state : names.keySet()) {
            if (!byState.containsKey(state)) {
                throw new Origin(rows.isEmpty() ? ReferenceData.STATE_PERIODS : rows.get(0).origin().file(), 0)
                        .error("has no period of existence for " + state + " (" + names.get(state) + ")");
            }
        }
        for (List<StatePeriod> list : byState.values()) {
            noOverlap(list, StatePeriod::start, StatePeriod::end, StatePeriod::origin,
                    (next, prev) -> "period of " + next.state() + " from " + label(next.start())
                            + " overlaps the period that starts " + label(prev.start()) + " (" + prev.origin() + ")");
        }
        return byState;
    }

    private static void successions(Model m, IriScheme scheme, List<StateRelation> rows, Map<String, String> names,
            Map<String, List<StatePeriod>> periods) {
        for (StateRelation r : rows) {
            Resource predecessor = known(scheme, names, r.predecessor(), r.origin());
            Resource successor = known(scheme, names, r.successor(), r.origin());
            Resource node = scheme.stateSuccession(r.predecessor(), r.successor());
            if (m.contains(node, RDF.type)) {
                throw r.origin().error("a second relation from " + r.predecessor() + " to " + r.successor());
            }
            m.add(node, RDF.type, ENT.StateSuccession);
            m.add(node, ENT.predecessor, predecessor);
            m.add(node, ENT.successor, successor);
            m.add(node, ENT.successionKind, switch (r.relation()) {
                case "continuation" -> ENT.Continuation;
                case "succession" -> ENT.NewStateSuccession;
                case "absorption" -> ENT.Absorption;
                default -> ENT.Merger;
            });
            m.add(node, ENT.earliestStartDate, Rdf.date(r.date().first()));
            m.add(node, ENT.latestStartDate, Rdf.date(r.date().last()));
            if (r.date().isDay()) {
                m.add(node, ENT.effectiveDate, Rdf.date(r.date().first()));
            }
            m.add(node, RDFS.label, Rdf.en(names.get(r.predecessor()) + " to " + names.get(r.successor()) + " ("
                    + r.relation() + ", " + r.date().lexical() + ")"));
            m.add(node, DCTerms.source, Rdf.iri(r.sourceUrl()));
            r.note().ifPresent(n -> m.add(node, SKOS.editorialNote, Rdf.en(n)));
            if (r.relation().equals("continuation")) {
                m.add(predecessor, ENT.continuedBy, successor);
            } else if (r.date().isDay() && ceasedTheDayBefore(periods.get(r.predecessor()), r.date().first())) {
                m.add(predecessor, ENT.replacedBy, successor);
            }
        }
    }

    /** True if one of the periods ends, to the day, on the day before {@code date}. */
    private static boolean ceasedTheDayBefore(List<StatePeriod> periods, LocalDate date) {
        return periods.stream().anyMatch(p -> p.end().filter(DayRange::isDay)
                .map(e -> e.first().equals(date.minusDays(1))).orElse(false));
    }

    private static void borders(Model m, IriScheme scheme, List<LandBorder> rows, Map<String, String> names) {
        Map<String, List<LandBorder>> byPair = new HashMap<>();
        for (LandBorder b : rows) {
            Resource a = known(scheme, names, b.a(), b.origin());
            Resource c = known(scheme, names, b.b(), b.origin());
            Resource node = scheme.landBorder(b.a(), b.b(), segment(b.start()));
            m.add(node, RDF.type, ENT.LandBorder);
            m.add(node, ENT.borderState, a);
            m.add(node, ENT.borderState, c);
            bounds(m, node, b.start(), b.end());
            m.add(node, RDFS.label, Rdf.en("Land border of " + names.get(b.a()) + " and " + names.get(b.b()) + ", "
                    + span(b.start(), b.end())));
            m.add(node, DCTerms.source, Rdf.iri(b.sourceUrl()));
            b.note().ifPresent(n -> m.add(node, SKOS.editorialNote, Rdf.en(n)));
            if (b.end().isEmpty()) {
                m.add(a, ENT.sharesLandBorderWith, c);
                m.add(c, ENT.sharesLandBorderWith, a);
            }
            byPair.computeIfAbsent(b.a() + " " + b.b(), k -> new ArrayList<>()).add(b);
        }
        for (List<LandBorder> list : byPair.values()) {
            noOverlap(list, LandBorder::start, LandBorder::end, LandBorder::origin,
                    (next, prev) -> "border of " + next.a() + " and " + next.b() + " from " + label(next.start())
                            + " overlaps the row that starts " + label(prev.start()) + " (" + prev.origin() + ")");
        }
    }

    /**
     * Periods of the same thing must not overlap: sorted by start (an empty start first), each
     * ends, on its last possible day, before the next may begin.
     */
    private static <T> void noOverlap(List<T> periods, Function<T, Optional<DayRange>> start,
            Function<T, Optional<DayRange>> end, Function<T, Origin> origin, BiFunction<T, T, String> problem) {
        periods.sort(Comparator.comparing(p -> start.apply(p).map(DayRange::first).orElse(LocalDate.MIN)));
        for (int i = 1; i < periods.size(); i++) {
            T prev = periods.get(i - 1);
            T next = periods.get(i);
            Optional<DayRange> prevEnd = end.apply(prev);
            Optional<DayRange> nextStart = start.apply(next);
            if (prevEnd.isEmpty() || nextStart.isEmpty() || !prevEnd.get().last().isBefore(nextStart.get().first())) {
                throw origin.apply(next).error(problem.apply(next, prev));
            }
        }
    }

    private static void statuses(Model m, IriScheme scheme, List<StateStatus> rows, Map<String, String> names,
            List<FormerState> formerStates) {
        Map<String, StateStatus> byState = new HashMap<>();
        java.util.Set<String> former = new java.util.HashSet<>();
        formerStates.forEach(f -> former.add(f.id()));
        for (StateStatus st : rows) {
            Resource s = known(scheme, names, st.state(), st.origin());
            StateStatus earlier = byState.put(st.state(), st);
            if (earlier != null) {
                throw st.origin().error("a second status of " + st.state() + " (the first is at " + earlier.origin() + ")");
            }
            if (st.status().equals("former") != former.contains(st.state())) {
                throw st.origin().error(former.contains(st.state())
                        ? st.state() + " is a former state (former-states.csv), so its status is former"
                        : "status is former, but " + st.state() + " is not in former-states.csv");
            }
            Optional<Resource> related = st.relatedState().map(r -> known(scheme, names, r, st.origin()));
            switch (st.status()) {
                case "un-member" -> sovereign(m, s, ENT.StatusUnMember);
                case "un-observer-state" -> sovereign(m, s, ENT.StatusUnObserverState);
                case "limited-recognition" -> sovereign(m, s, ENT.StatusLimitedRecognition);
                case "associated-state" -> {
                    m.add(s, ENT.politicalStatus, ENT.StatusAssociatedState);
                    m.add(s, ENT.associatedWith, related.get());
                }
                case "non-self-governing-territory" -> m.add(s, ENT.politicalStatus, ENT.StatusNonSelfGoverningTerritory);
                case "dependent-territory" -> {
                    m.add(s, ENT.politicalStatus, ENT.StatusDependentTerritory);
                    m.add(s, RDF.type, ENT.DependentTerritory);
                    m.add(s, ENT.administeredBy, related.get());
                }
                case "integral-part" -> {
                    m.add(s, ENT.politicalStatus, ENT.StatusIntegralPart);
                    m.add(s, RDF.type, ENT.IntegralPart);
                    m.add(s, ENT.partOf, related.get());
                }
                case "no-sovereignty" -> m.add(s, ENT.politicalStatus, ENT.StatusNoSovereignty);
                default -> {
                    m.add(s, ENT.politicalStatus, ENT.StatusFormer);
                    m.add(s, RDF.type, ENT.FormerState);
                }
            }
            m.add(s, ENT.statusBasis, Rdf.en(st.basis()));
            m.add(s, ENT.statusSource, Rdf.iri(st.sourceUrl()));
        }
        for (String state : names.keySet()) {
            if (!byState.containsKey(state)) {
                throw new Origin(rows.isEmpty() ? ReferenceData.STATE_STATUS : rows.get(0).origin().file(), 0)
                        .error("has no status for " + state + " (" + names.get(state) + ")");
            }
        }
    }

    private static void sovereign(Model m, Resource s, Resource status) {
        m.add(s, ENT.politicalStatus, status);
        m.add(s, RDF.type, ENT.SovereignState);
    }

    /**
     * The start and end of a period as day bounds: the earliest and latest day it may have
     * started (no earliest for a start before the data's coverage, whose latest is the coverage's
     * first day), the earliest and latest day that may have been its last; and a day that is known
     * as ent:startDate / ent:endDate as well.
     */
    static void bounds(Model m, Resource node, Optional<DayRange> start, Optional<DayRange> end) {
        if (start.isEmpty()) {
            m.add(node, ENT.latestStartDate, Rdf.date(ReferenceData.COVERAGE_START));
        } else {
            m.add(node, ENT.earliestStartDate, Rdf.date(start.get().first()));
            m.add(node, ENT.latestStartDate, Rdf.date(start.get().last()));
            if (start.get().isDay()) {
                m.add(node, ENT.startDate, Rdf.date(start.get().first()));
            }
        }
        end.ifPresent(e -> {
            m.add(node, ENT.earliestEndDate, Rdf.date(e.first()));
            m.add(node, ENT.latestEndDate, Rdf.date(e.last()));
            if (e.isDay()) {
                m.add(node, ENT.endDate, Rdf.date(e.first()));
            }
        });
    }

    /** The start as an IRI path segment: its lexical form, or before-1945-10-24. */
    static String segment(Optional<DayRange> start) {
        return start.map(DayRange::lexical).orElse(BEFORE_COVERAGE);
    }

    private static String label(Optional<DayRange> start) {
        return start.map(DayRange::lexical).orElse("before " + ReferenceData.COVERAGE_START);
    }

    /** "from 1961-09-28", "before 1945-10-24 to 1991-12-25" and the like, for labels. */
    private static String span(Optional<DayRange> start, Optional<DayRange> end) {
        String from = start.map(s -> "from " + s.lexical()).orElse("from before " + ReferenceData.COVERAGE_START);
        return from + end.map(e -> " to " + e.lexical()).orElse("");
    }

    private static Resource known(IriScheme scheme, Map<String, String> names, String id, Origin origin) {
        if (!names.containsKey(id)) {
            throw origin.error("unknown country '" + id + "'");
        }
        return scheme.state(id);
    }

    private static org.apache.jena.rdf.model.Literal integer(int i) {
        return ResourceFactory.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static org.apache.jena.rdf.model.Literal decimal(double d) {
        return ResourceFactory.createTypedLiteral(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
