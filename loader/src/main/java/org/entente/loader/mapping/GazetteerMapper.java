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
import org.entente.loader.source.Place;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;

/** Maps places.csv, actors.csv and assets.csv (what sources name that is not a state) to the gazetteer graph. */
public final class GazetteerMapper {
    private GazetteerMapper() {}

    public static Model map(List<Place> places, List<Actor> actors, List<Asset> assets, Catalogue catalogue,
            GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        Model m = ModelFactory.createDefaultModel();
        DataSources.describe(m, graphs.gazetteer(), "Places, actors and asset types",
                "Places that are not states (seas, regions, border areas), persons and collectively named groups, "
                        + "and categories of forces and equipment types, as sources name them.",
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
            a.note().ifPresent(n -> m.add(actor, SKOS.editorialNote, Rdf.en(n)));
        }
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
}
