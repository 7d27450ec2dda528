package org.entente.loader.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.mapping.TimeMapper;
import org.entente.ontology.ENT;
import org.entente.ontology.TIME;

/**
 * Derivations that are not plain entailments: memberships current on the day of loading, and
 * whether the reference data corroborates or contradicts what an article states.
 */
final class Derivations {
    private Derivations() {}

    private static final Node TYPE = RDF.type.asNode();

    /** {@code ?state ent:isMemberOf ?org} for every membership that has started and not ended on {@code today}. */
    static List<Triple> currentMemberships(Graph data, LocalDate today) {
        List<Triple> out = new ArrayList<>();
        data.find(Node.ANY, TYPE, ENT.Membership.asNode()).forEachRemaining(t -> {
            Node m = t.getSubject();
            Node member = single(data, m, ENT.member);
            Node org = single(data, m, ENT.organisation);
            LocalDate start = date(single(data, m, ENT.startDate));
            LocalDate end = date(single(data, m, ENT.endDate));
            if (member != null && org != null && start != null && !start.isAfter(today)
                    && (end == null || !end.isBefore(today))) {
                out.add(Triple.create(member, ENT.isMemberOf.asNode(), org));
            }
        });
        return out;
    }

    /**
     * For every border or membership statement of an article: {@code ent:corroboratedBy} the
     * reference graph (and the membership records) that agree with it, or {@code ent:contradictedBy}
     * the graph that disagrees.
     */
    static List<Triple> corroborations(DatasetGraph dsg, Graph data, GraphNames graphs) {
        List<Triple> out = new ArrayList<>();
        Node countries = graphs.countries().asNode();
        Node organisations = graphs.organisations().asNode();
        Node border = ENT.sharesLandBorderWith.asNode();

        data.find(Node.ANY, TYPE, ENT.BorderStatement.asNode()).forEachRemaining(t -> {
            Node st = t.getSubject();
            List<Node> states = new ArrayList<>();
            data.find(st, ENT.statedState.asNode(), Node.ANY).forEachRemaining(x -> states.add(x.getObject()));
            Boolean affirmed = bool(single(data, st, ENT.affirmed));
            if (states.size() != 2 || affirmed == null) {
                return; // SHACL reports the malformed statement
            }
            Node a = states.get(0);
            Node b = states.get(1);
            boolean known = dsg.contains(countries, a, TYPE, ENT.State.asNode())
                    && dsg.contains(countries, b, TYPE, ENT.State.asNode());
            if (!known) {
                return;
            }
            boolean exists = dsg.contains(countries, a, border, b) || dsg.contains(countries, b, border, a);
            out.add(Triple.create(st, (exists == affirmed ? ENT.corroboratedBy : ENT.contradictedBy).asNode(), countries));
        });

        data.find(Node.ANY, TYPE, ENT.MembershipStatement.asNode()).forEachRemaining(t -> {
            Node st = t.getSubject();
            Node member = single(data, st, ENT.statedMember);
            Node org = single(data, st, ENT.statedOrganisation);
            Boolean affirmed = bool(single(data, st, ENT.affirmed));
            TimeMapper.Time when = statementTime(data, st);
            if (member == null || org == null || affirmed == null || when == null) {
                return;
            }
            List<Node> overlapping = new ArrayList<>();
            dsg.find(organisations, Node.ANY, ENT.member.asNode(), member).forEachRemaining(q -> {
                Node m = q.getSubject();
                if (!dsg.contains(organisations, m, ENT.organisation.asNode(), org)) {
                    return;
                }
                LocalDate start = date(single(data, m, ENT.startDate));
                LocalDate end = date(single(data, m, ENT.endDate));
                if (start != null && !start.isAfter(when.last()) && (end == null || !end.isBefore(when.first()))) {
                    overlapping.add(m);
                }
            });
            boolean holds = !overlapping.isEmpty();
            if (holds == affirmed) {
                out.add(Triple.create(st, ENT.corroboratedBy.asNode(), organisations));
                overlapping.forEach(m -> out.add(Triple.create(st, ENT.corroboratedBy.asNode(), m)));
            } else {
                out.add(Triple.create(st, ENT.contradictedBy.asNode(), organisations));
            }
        });
        return out;
    }

    /** The time a statement speaks of: that of its source's publication. */
    private static TimeMapper.Time statementTime(Graph data, Node statement) {
        Node source = single(data, statement, ENT.accordingTo);
        Node instant = source == null ? null : single(data, source, ENT.publicationTime);
        if (instant == null) {
            return null;
        }
        for (org.apache.jena.rdf.model.Property p : List.of(TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear)) {
            Node v = single(data, instant, p);
            if (v != null && v.isLiteral()) {
                try {
                    return TimeMapper.parse(v.getLiteralLexicalForm());
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
