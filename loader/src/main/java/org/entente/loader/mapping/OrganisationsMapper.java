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
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;

/** Maps organisations.csv and memberships.csv to the organisations graph. */
public final class OrganisationsMapper {
    private OrganisationsMapper() {}

    public static Model map(List<Organisation> organisations, List<Membership> memberships, Catalogue catalogue,
            GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        Model m = ModelFactory.createDefaultModel();
        DataSources.describe(m, graphs.organisations(), "International organisations and memberships",
                "Military alliances (NATO, CSTO) and other unions (EU), and every period of membership of each member "
                        + "state with its start and end dates (both inclusive) and a source per row.",
                new Resource[] {DataSources.CC_BY_4}, DataSources.PROJECT);

        for (Organisation o : organisations) {
            Resource org = scheme.organisation(o.id());
            m.add(org, RDF.type, "MilitaryAlliance".equals(o.type()) ? ENT.MilitaryAlliance : ENT.PoliticalEconomicUnion);
            m.add(org, RDF.type, ENT.InternationalOrganisation);
            m.add(org, RDFS.label, Rdf.en(o.name()));
            m.add(org, SKOS.altLabel, Rdf.en(o.id()));
            m.add(org, ENT.acronym, Rdf.string(o.id()));
            m.add(org, ENT.foundingDate, Rdf.date(o.founded()));
            o.foundingTreaty().ifPresent(t -> m.add(org, ENT.foundedBy, known(catalogue, RefKind.TREATY, t, o.origin())));
            o.headquartersIso3().ifPresent(h -> m.add(org, ENT.headquarteredIn, known(catalogue, RefKind.STATE, h, o.origin())));
            Rdf.sameAsWikidata(m, org, o.wikidata());
            m.add(org, DCTerms.source, Rdf.iri(o.sourceUrl()));
        }

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

    static Resource known(Catalogue catalogue, RefKind kind, String id, org.entente.loader.source.Origin origin) {
        if (!catalogue.contains(kind, id)) {
            throw origin.error("unknown " + kind.noun() + " '" + id + "'");
        }
        return catalogue.iri(kind, id);
    }
}
