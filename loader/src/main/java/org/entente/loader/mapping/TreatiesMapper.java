package org.entente.loader.mapping;

import static org.entente.loader.mapping.OrganisationsMapper.known;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.loader.source.Treaty;
import org.entente.loader.source.TreatyArticle;
import org.entente.loader.source.TreatyParty;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;

/** Maps treaties.csv, treaty-parties.csv and treaty-articles.csv to the treaties graph. */
public final class TreatiesMapper {
    private TreatiesMapper() {}

    /** The provision types that treaty-articles.csv may name, and their individuals. */
    static final Map<String, Resource> PROVISIONS = Map.of(
            "collective-defence", ENT.CollectiveDefence,
            "consultation", ENT.Consultation,
            "accession", ENT.Accession,
            "withdrawal", ENT.Withdrawal,
            "territorial-scope", ENT.TerritorialScope);

    public static Model map(List<Treaty> treaties, List<TreatyParty> parties, List<TreatyArticle> articles,
            Catalogue catalogue, GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        Model m = ModelFactory.createDefaultModel();
        DataSources.describe(m, graphs.treaties(), "Treaties",
                "Treaties with their signing date and place, entry into force and depositary, the organisation each "
                        + "founds, every party with the dates it signed, became a party and ceased to be one, and "
                        + "notable articles.",
                new Resource[] {DataSources.CC_BY_4}, DataSources.PROJECT);

        for (Treaty t : treaties) {
            Resource treaty = scheme.treaty(t.id());
            m.add(treaty, RDF.type, ENT.Treaty);
            m.add(treaty, RDFS.label, Rdf.en(t.name()));
            m.add(treaty, ENT.signingDate, Rdf.date(t.signed()));
            Resource place = scheme.place(Rdf.slug(t.signedPlace()));
            m.add(place, RDF.type, ENT.Settlement);
            m.add(place, RDFS.label, Rdf.en(t.signedPlace()));
            Rdf.sameAsWikidata(m, place, t.signedPlaceWikidata());
            m.add(treaty, ENT.signingPlace, place);
            t.inForce().ifPresent(d -> m.add(treaty, ENT.entryIntoForce, Rdf.date(d)));
            t.founds().ifPresent(o -> m.add(treaty, ENT.founds, known(catalogue, RefKind.ORGANISATION, o, t.origin())));
            t.depositaryIso3().ifPresent(d -> m.add(treaty, ENT.depositary, known(catalogue, RefKind.STATE, d, t.origin())));
            Rdf.sameAsWikidata(m, treaty, t.wikidata());
            m.add(treaty, DCTerms.source, Rdf.iri(t.sourceUrl()));
        }
        for (TreatyParty p : parties) {
            Resource treaty = known(catalogue, RefKind.TREATY, p.treaty(), p.origin());
            Resource state = known(catalogue, RefKind.STATE, p.party(), p.origin());
            Resource node = scheme.treatyParticipation(p.treaty(), p.party(), p.becameParty().toString());
            m.add(node, RDF.type, ENT.TreatyParticipation);
            m.add(node, ENT.party, state);
            m.add(node, ENT.treaty, treaty);
            p.signed().ifPresent(d -> {
                m.add(node, ENT.signatureDate, Rdf.date(d));
                m.add(treaty, ENT.signatory, state);
            });
            m.add(node, ENT.startDate, Rdf.date(p.becameParty()));
            p.left().ifPresent(d -> m.add(node, ENT.endDate, Rdf.date(d)));
            m.add(node, RDFS.label, Rdf.en(p.party() + " party to " + p.treaty() + " from " + p.becameParty()
                    + p.left().map(e -> " to " + e).orElse("")));
            m.add(node, DCTerms.source, Rdf.iri(p.sourceUrl()));
            p.note().ifPresent(n -> m.add(node, SKOS.editorialNote, Rdf.en(n)));
        }
        for (TreatyArticle a : articles) {
            Resource treaty = known(catalogue, RefKind.TREATY, a.treaty(), a.origin());
            Resource article = scheme.treatyArticle(a.treaty(), a.number());
            m.add(article, RDF.type, ENT.TreatyArticle);
            m.add(article, ENT.articleOf, treaty);
            m.add(article, ENT.articleNumber,
                    ResourceFactory.createTypedLiteral(Integer.toString(a.number()), XSDDatatype.XSDinteger));
            m.add(article, RDFS.label, Rdf.en("Article " + a.number() + ": " + a.title()));
            m.add(article, DCTerms.title, Rdf.en(a.title()));
            m.add(article, ENT.summary, Rdf.en(a.summary()));
            a.provides().ifPresent(p -> {
                Resource provision = PROVISIONS.get(p);
                if (provision == null) {
                    throw a.origin().error("unknown provision type '" + p + "'; expected one of "
                            + new java.util.TreeSet<>(PROVISIONS.keySet()));
                }
                m.add(article, ENT.provides, provision);
            });
            m.add(article, DCTerms.source, Rdf.iri(a.sourceUrl()));
        }
        return m;
    }
}
