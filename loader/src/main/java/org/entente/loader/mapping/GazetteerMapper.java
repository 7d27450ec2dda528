package org.entente.loader.mapping;

import static org.entente.loader.mapping.OrganisationsMapper.known;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.loader.source.Actor;
import org.entente.loader.source.Asset;
import org.entente.loader.source.OfficeTerm;
import org.entente.loader.source.Place;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.entente.ontology.PROV;

/**
 * Maps places.csv, actors.csv, offices.csv and assets.csv (what sources name that is not a state
 * or an organisation) to the gazetteer graph.
 */
public final class GazetteerMapper {
    private GazetteerMapper() {}

    public static Model map(List<Place> places, List<Actor> actors, List<OfficeTerm> offices, List<Asset> assets,
            Catalogue catalogue, GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        Model m = ModelFactory.createDefaultModel();
        DataSources.describe(m, graphs.gazetteer(), "Places, actors, offices and asset types",
                "Places that are not states (seas, regions, border areas), persons and collectively named groups "
                        + "with whom they act for, the offices persons held with their periods, and categories of forces "
                        + "and equipment types, as sources name them.",
                new Resource[] {DataSources.CC_BY_4}, DataSources.PROJECT);

        for (Place p : places) {
            Resource place = scheme.place(p.id());
            m.add(place, RDF.type, switch (p.type()) {
                case "Sea", "BodyOfWater" -> ENT.BodyOfWater;
                case "Region", "Continent" -> ENT.Region;
                case "BorderArea" -> ENT.BorderArea;
                default -> ENT.Settlement;
            });
            m.add(place, RDFS.label, Rdf.en(p.label()));
            Rdf.sameAsWikidata(m, place, p.wikidata());
            p.partOf().ifPresent(whole -> m.add(place, ENT.partOf, catalogue
                    .resolve(whole, List.of(RefKind.STATE, RefKind.PLACE))
                    .orElseThrow(() -> p.origin().error("part_of names unknown state or place '" + whole + "'"))));
            for (String s : p.comprises()) {
                m.add(place, ENT.comprises, known(catalogue, RefKind.STATE, s, p.origin()));
            }
            m.add(place, DCTerms.source, Rdf.iri(p.sourceUrl()));
            p.note().ifPresent(n -> m.add(place, SKOS.editorialNote, Rdf.en(n)));
        }
        for (Actor a : actors) {
            Resource actor = scheme.actor(a.id());
            m.add(actor, RDF.type, "Person".equals(a.type()) ? ENT.Person : ENT.ActorGroup);
            m.add(actor, RDFS.label, Rdf.en(a.label()));
            Rdf.sameAsWikidata(m, actor, a.wikidata());
            for (String member : a.includes()) {
                m.add(actor, ENT.includesActor, catalogue
                        .resolve(member, List.of(RefKind.STATE, RefKind.ORGANISATION, RefKind.ACTOR))
                        .orElseThrow(() -> a.origin().error("includes unknown state, organisation or actor '" + member + "'")));
            }
            for (String principal : a.onBehalfOf()) {
                m.add(actor, PROV.actedOnBehalfOf, catalogue
                        .resolve(principal, List.of(RefKind.STATE, RefKind.ORGANISATION, RefKind.ACTOR))
                        .orElseThrow(() -> a.origin().error("acts on behalf of unknown state, organisation or actor '"
                                + principal + "'")));
            }
            a.note().ifPresent(n -> m.add(actor, SKOS.editorialNote, Rdf.en(n)));
        }
        offices(m, scheme, offices, catalogue);
        for (Asset a : assets) {
            Resource asset = scheme.asset(a.id());
            m.add(asset, RDF.type, "AircraftType".equals(a.type()) ? ENT.AircraftType : ENT.AssetType);
            m.add(asset, RDFS.label, Rdf.en(a.label()));
            Rdf.sameAsWikidata(m, asset, a.wikidata());
            a.category().ifPresent(c -> m.add(asset, ENT.assetCategory, known(catalogue, RefKind.ASSET, c, a.origin())));
            a.note().ifPresent(n -> m.add(asset, SKOS.definition, Rdf.en(n)));
        }
        return m;
    }

    /**
     * The terms of office: one ent:OfficeTerm per row, and one ent:Office per office name (with
     * the state or organisation it belongs to, which every row of that office must name alike).
     */
    private static void offices(Model m, IriScheme scheme, List<OfficeTerm> terms, Catalogue catalogue) {
        java.util.Map<String, OfficeTerm> firstOfOffice = new java.util.HashMap<>();
        for (OfficeTerm t : terms) {
            Resource holder = known(catalogue, RefKind.ACTOR, t.actor(), t.origin());
            RefKind of = catalogue.contains(RefKind.STATE, t.state()) ? RefKind.STATE : RefKind.ORGANISATION;
            Resource state = known(catalogue, of, t.state(), t.origin());
            String officeId = Rdf.slug(t.office());
            Resource office = scheme.office(officeId);
            OfficeTerm first = firstOfOffice.putIfAbsent(officeId, t);
            if (first == null) {
                m.add(office, RDF.type, ENT.Office);
                m.add(office, RDFS.label, Rdf.en(t.office()));
                m.add(office, ENT.officeOf, state);
            } else if (!first.state().equals(t.state()) || !first.office().equals(t.office())) {
                throw t.origin().error("office '" + t.office() + "' of " + t.state() + " is not the office '"
                        + first.office() + "' of " + first.state() + " at " + first.origin() + ", but has the same id");
            }
            Resource node = scheme.officeTerm(t.actor(), officeId, t.start().toString());
            if (m.contains(node, RDF.type)) {
                throw t.origin().error("a second term of " + t.actor() + " as " + t.office() + " from " + t.start());
            }
            m.add(node, RDF.type, ENT.OfficeTerm);
            m.add(node, ENT.holder, holder);
            m.add(node, ENT.office, office);
            m.add(node, ENT.startDate, Rdf.date(t.start()));
            t.end().ifPresent(e -> m.add(node, ENT.endDate, Rdf.date(e)));
            m.addLiteral(node, ENT.acting, t.acting());
            m.add(node, RDFS.label, Rdf.en((t.acting() ? "acting " : "") + t.office() + ", from " + t.start()
                    + t.end().map(e -> " to " + e).orElse("")));
            m.add(node, DCTerms.source, Rdf.iri(t.sourceUrl()));
            t.note().ifPresent(n -> m.add(node, SKOS.editorialNote, Rdf.en(n)));
        }
    }
}
