package org.entente.loader.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.mapping.TimeMapper;
import org.entente.loader.source.ReferenceData;
import org.entente.ontology.ENT;
import org.entente.ontology.TIME;

/**
 * Derivations that are not plain entailments: whether the reference data corroborates,
 * contradicts or cannot decide what an article states.
 *
 * <p>Nothing here depends on the day of loading: a derived fact that held on the day of loading
 * could go stale while a server runs. Questions about "today" bind today's date at query time.
 */
final class Derivations {
    private Derivations() {}

    private static final Node TYPE = RDF.type.asNode();

    /** What the reference data says of a statement over the days its source's date may mean. */
    enum Verdict {
        /** The relation holds on every one of those days. */
        ALL,
        /** It holds on none of them. */
        NONE,
        /** It holds on some and not on others, or the data cannot tell. */
        SOME
    }

    /** A run of days, both ends inclusive; {@link LocalDate#MIN} and {@link LocalDate#MAX} stand for no bound. */
    record Days(LocalDate first, LocalDate last) {
        boolean meets(Days other) {
            return !first.isAfter(other.last) && !last.isBefore(other.first);
        }
    }

    /**
     * For every border or membership statement of an article, compared with the reference data
     * at the precision of the article's date (a month means every day of that month):
     * {@code ent:corroboratedBy} the reference graph and the records that agree with it on every
     * such day, {@code ent:contradictedBy} them if they disagree on every such day, and
     * {@code ent:undecidedBy} them if the relation holds on some of those days and not on others,
     * or if the data cannot tell (a border whose start is known only to the month).
     */
    static List<Triple> corroborations(DatasetGraph dsg, Graph data, GraphNames graphs) {
        List<Triple> out = new ArrayList<>();
        Node countries = graphs.countries().asNode();
        Node organisations = graphs.organisations().asNode();

        data.find(Node.ANY, TYPE, ENT.BorderStatement.asNode()).forEachRemaining(t -> {
            Node st = t.getSubject();
            List<Node> states = new ArrayList<>();
            data.find(st, ENT.statedState.asNode(), Node.ANY).forEachRemaining(x -> states.add(x.getObject()));
            Boolean affirmed = bool(single(data, st, ENT.affirmed));
            Days when = statementDays(data, st);
            if (states.size() != 2 || affirmed == null || when == null) {
                return; // SHACL reports the malformed statement
            }
            Node a = states.get(0);
            Node b = states.get(1);
            boolean known = dsg.contains(countries, a, TYPE, ENT.State.asNode())
                    && dsg.contains(countries, b, TYPE, ENT.State.asNode());
            if (!known) {
                return;
            }
            List<Node> records = new ArrayList<>();
            List<Days> certain = new ArrayList<>();
            List<Days> possible = new ArrayList<>();
            dsg.find(countries, Node.ANY, ENT.borderState.asNode(), a).forEachRemaining(q -> {
                Node border = q.getSubject();
                if (!dsg.contains(countries, border, ENT.borderState.asNode(), b)) {
                    return;
                }
                Days may = possibleDays(data, border);
                if (may.meets(when)) {
                    records.add(border);
                    possible.add(may);
                    Days sure = certainDays(data, border);
                    if (sure != null) {
                        certain.add(sure);
                    }
                }
            });
            Verdict v = when.first().isBefore(ReferenceData.COVERAGE_START) ? Verdict.SOME : verdict(when, certain, possible);
            add(out, st, v, affirmed, countries, records);
        });

        data.find(Node.ANY, TYPE, ENT.MembershipStatement.asNode()).forEachRemaining(t -> {
            Node st = t.getSubject();
            Node member = single(data, st, ENT.statedMember);
            Node org = single(data, st, ENT.statedOrganisation);
            Boolean affirmed = bool(single(data, st, ENT.affirmed));
            Days when = statementDays(data, st);
            if (member == null || org == null || affirmed == null || when == null) {
                return;
            }
            List<Node> records = new ArrayList<>();
            List<Days> periods = new ArrayList<>();
            dsg.find(organisations, Node.ANY, ENT.member.asNode(), member).forEachRemaining(q -> {
                Node m = q.getSubject();
                if (!dsg.contains(organisations, m, ENT.organisation.asNode(), org)) {
                    return;
                }
                LocalDate start = date(single(data, m, ENT.startDate));
                LocalDate end = date(single(data, m, ENT.endDate));
                if (start == null) {
                    return;
                }
                Days d = new Days(start, end == null ? LocalDate.MAX : end);
                if (d.meets(when)) {
                    records.add(m);
                    periods.add(d);
                }
            });
            add(out, st, verdict(when, periods, periods), affirmed, organisations, records);
        });
        return out;
    }

    /** The verdict's triples: the reference graph, and the records that bear on the statement. */
    private static void add(List<Triple> out, Node statement, Verdict v, boolean affirmed, Node graph, List<Node> records) {
        Node p = switch (v) {
            case ALL -> (affirmed ? ENT.corroboratedBy : ENT.contradictedBy).asNode();
            case NONE -> (affirmed ? ENT.contradictedBy : ENT.corroboratedBy).asNode();
            case SOME -> ENT.undecidedBy.asNode();
        };
        out.add(Triple.create(statement, p, graph));
        records.forEach(r -> out.add(Triple.create(statement, p, r)));
    }

    /**
     * ALL if the days on which the relation certainly holds cover {@code when}, NONE if no day on
     * which it may hold falls in {@code when}, SOME otherwise.
     */
    static Verdict verdict(Days when, List<Days> certain, List<Days> possible) {
        if (possible.stream().noneMatch(d -> d.meets(when))) {
            return Verdict.NONE;
        }
        List<Days> sorted = new ArrayList<>(certain);
        sorted.sort(Comparator.comparing(Days::first));
        LocalDate covered = when.first().minusDays(1); // every day up to this one is covered
        for (Days d : sorted) {
            if (d.first().isAfter(covered.plusDays(1))) {
                break;
            }
            if (d.last().isAfter(covered)) {
                covered = d.last();
            }
            if (!covered.isBefore(when.last())) {
                return Verdict.ALL;
            }
        }
        return Verdict.SOME;
    }

    /** The days on which a period (a land border) may have held: from its earliest possible start to its latest possible end. */
    private static Days possibleDays(Graph data, Node period) {
        LocalDate start = date(single(data, period, ENT.earliestStartDate));
        LocalDate end = date(single(data, period, ENT.latestEndDate));
        return new Days(start == null ? LocalDate.MIN : start, end == null ? LocalDate.MAX : end);
    }

    /** The days on which a period certainly held, or null if there is no such day. */
    private static Days certainDays(Graph data, Node period) {
        LocalDate start = date(single(data, period, ENT.latestStartDate));
        LocalDate end = date(single(data, period, ENT.earliestEndDate));
        if (start == null) {
            return null;
        }
        Days d = new Days(start, end == null ? LocalDate.MAX : end);
        return d.first().isAfter(d.last()) ? null : d;
    }

    /** The days a statement speaks of: those its source's publication time may mean. */
    private static Days statementDays(Graph data, Node statement) {
        Node source = single(data, statement, ENT.accordingTo);
        Node instant = source == null ? null : single(data, source, ENT.publicationTime);
        if (instant == null) {
            return null;
        }
        for (org.apache.jena.rdf.model.Property p : List.of(TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear)) {
            Node v = single(data, instant, p);
            if (v != null && v.isLiteral()) {
                try {
                    TimeMapper.Time time = TimeMapper.parse(v.getLiteralLexicalForm());
                    return new Days(time.first(), time.last());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Node single(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        var it = g.find(s, p.asNode(), Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static LocalDate date(Node n) {
        if (n == null || !n.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(n.getLiteralDatatypeURI())) {
            return null;
        }
        try {
            return LocalDate.parse(n.getLiteralLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Boolean bool(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Object v = n.getLiteralValue();
        return v instanceof Boolean b ? b : null;
    }
}
