package org.entente.loader.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.loader.source.Membership;
import org.entente.loader.source.Organisation;
import org.entente.loader.source.OrganisationName;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;

/** Maps organisations.csv, organisation-names.csv and memberships.csv to the organisations graph. */
public final class OrganisationsMapper {
    private OrganisationsMapper() {}

    /** The classes of the organisation types of organisations.csv (besides ent:InternationalOrganisation). */
    static final Map<String, Resource> TYPES = Map.of(
            "MilitaryAlliance", ENT.MilitaryAlliance,
            "PoliticalEconomicUnion", ENT.PoliticalEconomicUnion,
            "RegionalSecurityOrganization", ENT.RegionalSecurityOrganisation,
            "EconomicCommunity", ENT.EconomicCommunity,
            "IntergovernmentalOrganization", ENT.InternationalOrganisation);

    public static Model map(List<Organisation> organisations, List<OrganisationName> names, List<Membership> memberships,
            Catalogue catalogue, GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        Model m = ModelFactory.createDefaultModel();
        DataSources.describe(m, graphs.organisations(), "International organisations and memberships",
                "Military alliances (NATO, the Warsaw Pact, the CSTO), the CSCE/OSCE, the United Nations, the European "
                        + "Communities and the EU, with their founding and dissolution, the names each bore over time, "
                        + "and every period of membership (participation, for the OSCE) of each state with its start "
                        + "and end dates (both inclusive) and a source per row.",
                new Resource[] {DataSources.CC_BY_4}, DataSources.PROJECT);

        Map<String, Organisation> byId = new HashMap<>();
        for (Organisation o : organisations) {
            if (byId.put(o.id(), o) != null) {
                throw o.origin().error("organisation '" + o.id() + "' is listed twice");
            }
            Resource org = scheme.organisation(o.id());
            m.add(org, RDF.type, TYPES.get(o.type()));
            m.add(org, RDF.type, ENT.InternationalOrganisation);
            m.add(org, RDFS.label, Rdf.en(o.name()));
            m.add(org, SKOS.altLabel, Rdf.en(o.id()));
            o.commonName().ifPresent(n -> m.add(org, SKOS.altLabel, Rdf.en(n)));
            m.add(org, ENT.acronym, Rdf.string(o.id()));
            m.add(org, ENT.foundingDate, Rdf.date(o.founded()));
            o.dissolved().ifPresent(d -> m.add(org, ENT.dissolutionDate, Rdf.date(d)));
            o.successor().ifPresent(s -> m.add(org, ENT.replacedBy, known(catalogue, RefKind.ORGANISATION, s, o.origin())));
            o.foundingTreaty().ifPresent(t -> m.add(org, ENT.foundedBy, known(catalogue, RefKind.TREATY, t, o.origin())));
            o.headquartersIso3().ifPresent(h -> m.add(org, ENT.headquarteredIn, known(catalogue, RefKind.STATE, h, o.origin())));
            Rdf.sameAsWikidata(m, org, o.wikidata());
            m.add(org, DCTerms.source, Rdf.iri(o.sourceUrl()));
            o.note().ifPresent(n -> m.add(org, SKOS.editorialNote, Rdf.en(n)));
        }
        names(m, scheme, names, byId, catalogue);

        Map<String, List<Membership>> byMember = new HashMap<>();
        for (Membership ms : memberships) {
            Resource org = known(catalogue, RefKind.ORGANISATION, ms.organisation(), ms.origin());
            Resource state = known(catalogue, RefKind.STATE, ms.member(), ms.origin());
            byMember.computeIfAbsent(ms.organisation() + " " + ms.member(), k -> new ArrayList<>()).add(ms);
            Resource node = scheme.membership(ms.organisation(), ms.member(), ms.start().toString());
            m.add(node, RDF.type, ENT.Membership);
            m.add(node, ENT.member, state);
            m.add(node, ENT.organisation, org);
            m.add(node, ENT.startDate, Rdf.date(ms.start()));
            ms.end().ifPresent(e -> m.add(node, ENT.endDate, Rdf.date(e)));
            m.add(node, RDFS.label, Rdf.en(ms.member() + " in " + ms.organisation() + " from " + ms.start()
                    + ms.end().map(e -> " to " + e).orElse("")));
            m.add(node, DCTerms.source, Rdf.iri(ms.sourceUrl()));
            ms.admittedAs().ifPresent(a -> m.add(node, ENT.admittedAs, Rdf.en(a)));
            ms.note().ifPresent(n -> m.add(node, SKOS.editorialNote, Rdf.en(n)));
        }
        // Two periods of the same membership must not overlap.
        for (List<Membership> periods : byMember.values()) {
            periods.sort(Comparator.comparing(Membership::start));
            for (int i = 1; i < periods.size(); i++) {
                Membership prev = periods.get(i - 1);
                Membership next = periods.get(i);
                if (prev.end().isEmpty() || !prev.end().get().isBefore(next.start())) {
                    throw next.origin().error("membership of " + next.member() + " in " + next.organisation()
                            + " from " + next.start() + " overlaps the period that starts " + prev.start()
                            + " (" + prev.origin() + ")");
                }
            }
        }
        return m;
    }

    /**
     * The names each organisation bore: they follow one another without gap or overlap from its
     * founding to its dissolution (or to today). Every name and abbreviation is also an
     * skos:altLabel of the organisation, so that it can be found by any of them.
     */
    private static void names(Model m, IriScheme scheme, List<OrganisationName> rows, Map<String, Organisation> organisations,
            Catalogue catalogue) {
        Map<String, List<OrganisationName>> byOrganisation = new HashMap<>();
        for (OrganisationName n : rows) {
            Resource org = known(catalogue, RefKind.ORGANISATION, n.organisation(), n.origin());
            Resource node = scheme.organisationName(n.organisation(), n.start().toString());
            m.add(node, RDF.type, ENT.OrganisationName);
            m.add(node, ENT.nameOf, org);
            m.add(node, ENT.fullName, Rdf.en(n.name()));
            n.abbreviation().ifPresent(a -> m.add(node, ENT.abbreviation, Rdf.string(a)));
            m.add(node, ENT.startDate, Rdf.date(n.start()));
            n.end().ifPresent(e -> m.add(node, ENT.endDate, Rdf.date(e)));
            m.add(node, RDFS.label, Rdf.en(n.name() + n.abbreviation().map(a -> " (" + a + ")").orElse("") + ", from "
                    + n.start() + n.end().map(e -> " to " + e).orElse("")));
            m.add(node, DCTerms.source, Rdf.iri(n.sourceUrl()));
            n.note().ifPresent(x -> m.add(node, SKOS.editorialNote, Rdf.en(x)));
            if (!n.name().equals(organisations.get(n.organisation()).name())) {
                m.add(org, SKOS.altLabel, Rdf.en(n.name()));
            }
            n.abbreviation().filter(a -> !a.equals(n.organisation())).ifPresent(a -> m.add(org, SKOS.altLabel, Rdf.en(a)));
            byOrganisation.computeIfAbsent(n.organisation(), k -> new ArrayList<>()).add(n);
        }
        for (Organisation o : organisations.values()) {
            List<OrganisationName> list = byOrganisation.getOrDefault(o.id(), List.of());
            if (list.isEmpty()) {
                throw o.origin().error("organisation " + o.id() + " has no row in organisation-names.csv");
            }
            list.sort(Comparator.comparing(OrganisationName::start));
            OrganisationName first = list.get(0);
            if (!first.start().equals(o.founded())) {
                throw first.origin().error("the first name of " + o.id() + " starts " + first.start()
                        + ", not on the day the organisation was founded, " + o.founded());
            }
            for (int i = 1; i < list.size(); i++) {
                OrganisationName prev = list.get(i - 1);
                OrganisationName next = list.get(i);
                if (prev.end().isEmpty() || !prev.end().get().plusDays(1).equals(next.start())) {
                    throw next.origin().error("the name of " + o.id() + " from " + next.start()
                            + " does not follow the one before (" + prev.origin() + ") on the next day");
                }
            }
            OrganisationName last = list.get(list.size() - 1);
            if (!last.end().equals(o.dissolved())) {
                throw last.origin().error("the last name of " + o.id() + " ends " + last.end().map(Object::toString).orElse("never")
                        + ", but the organisation " + o.dissolved().map(d -> "was dissolved on " + d).orElse("still exists"));
            }
        }
    }

    static Resource known(Catalogue catalogue, RefKind kind, String id, org.entente.loader.source.Origin origin) {
        if (!catalogue.contains(kind, id)) {
            throw origin.error("unknown " + kind.noun() + " '" + id + "'");
        }
        return catalogue.iri(kind, id);
    }
}
