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
            "territorial-scope", ENT.TerritorialScope,
            "entry-into-force", ENT.EntryIntoForceProvision);

    /** The classes of the kinds of instrument of treaties.csv. */
    static final Map<String, Resource> INSTRUMENTS = Map.of(
            "treaty", ENT.Treaty,
            "political-declaration", ENT.PoliticalDeclaration,
            "memorandum", ENT.Memorandum,
            "package-of-measures", ENT.PackageOfMeasures);

    static final Map<String, Resource> CAUSES = Map.of(
            "expiry", ENT.TerminatedByExpiry,
            "withdrawal", ENT.TerminatedByWithdrawal,
            "agreement", ENT.TerminatedByAgreement);

    static final Map<String, Resource> MODES = Map.of(
            "signature", ENT.BySignature,
            "accession", ENT.ByAccession,
            "succession", ENT.BySuccession,
            "continuation", ENT.ByContinuation,
            "signatory-only", ENT.SignatureOnly);

    public static Model map(List<Treaty> treaties, List<TreatyParty> parties, List<TreatyArticle> articles,
            Catalogue catalogue, GraphNames graphs) {
        IriScheme scheme = graphs.scheme();
        Model m = ModelFactory.createDefaultModel();
        DataSources.describe(m, graphs.treaties(), "Treaties and other instruments",
                "Treaties and the political declarations, memoranda and packages of measures beside them, with their "
                        + "signing date and place, entry into force, depositaries, provisional application and "
                        + "termination, the organisation each founds; every signatory and party with how it came to "
                        + "the instrument (signature, accession, succession, continuation), the days it signed, became "
                        + "a party and ceased to be one, its notice of withdrawal and suspension; and notable articles.",
                new Resource[] {DataSources.CC_BY_4}, DataSources.PROJECT);

        for (Treaty t : treaties) {
            Resource treaty = scheme.treaty(t.id());
            m.add(treaty, RDF.type, INSTRUMENTS.get(t.instrument()));
            m.add(treaty, RDF.type, ENT.Instrument);
            m.add(treaty, RDFS.label, Rdf.en(t.name()));
            m.add(treaty, ENT.signingDate, Rdf.date(t.signed()));
            Resource place = scheme.place(Rdf.slug(t.signedPlace()));
            m.add(place, RDF.type, ENT.Settlement);
            m.add(place, RDFS.label, Rdf.en(t.signedPlace()));
            Rdf.sameAsWikidata(m, place, t.signedPlaceWikidata());
            m.add(treaty, ENT.signingPlace, place);
            t.inForce().ifPresent(d -> m.add(treaty, ENT.entryIntoForce, Rdf.date(d)));
            t.founds().ifPresent(o -> m.add(treaty, ENT.founds, known(catalogue, RefKind.ORGANISATION, o, t.origin())));
            t.depositaries().ifPresent(list -> {
                if (list.isEmpty()) {
                    m.add(treaty, RDF.type, ENT.InstrumentWithoutDepositary);
                }
                for (String d : list) {
                    m.add(treaty, ENT.depositary, known(catalogue, RefKind.STATE, d, t.origin()));
                }
            });
            t.provisionallyApplied().ifPresent(d -> m.add(treaty, ENT.provisionalApplicationDate, Rdf.date(d)));
            t.terminated().ifPresent(d -> m.add(treaty, ENT.terminationDate, Rdf.date(d)));
            t.terminationCause().ifPresent(c -> m.add(treaty, ENT.terminationCause, CAUSES.get(c)));
            t.terminationNote().ifPresent(n -> m.add(treaty, SKOS.historyNote, Rdf.en(n)));
            Rdf.sameAsWikidata(m, treaty, t.wikidata());
            m.add(treaty, DCTerms.source, Rdf.iri(t.sourceUrl()));
            t.note().ifPresent(n -> m.add(treaty, SKOS.editorialNote, Rdf.en(n)));
        }
        for (TreatyParty p : parties) {
            Resource treaty = known(catalogue, RefKind.TREATY, p.treaty(), p.origin());
            Resource party = catalogue.resolve(p.party(), List.of(RefKind.STATE, RefKind.ORGANISATION))
                    .orElseThrow(() -> p.origin().error("unknown country or organisation '" + p.party() + "'"));
            Resource node = scheme.treatyParticipation(p.treaty(), p.party(), key(p));
            if (m.contains(node, RDF.type)) {
                throw p.origin().error("a second row of " + p.party() + " for " + p.treaty() + " with the same start");
            }
            m.add(node, RDF.type, ENT.TreatyParticipation);
            m.add(node, ENT.party, party);
            m.add(node, ENT.treaty, treaty);
            m.add(node, ENT.participationMode, MODES.get(p.how()));
            p.signed().ifPresent(d -> {
                // Only a party that signed the instrument itself is its signatory: not one that acceded or succeeded.
                m.add(node, ENT.signatureDate, Rdf.date(d));
                m.add(treaty, ENT.signatory, party);
            });
            p.becameParty().ifPresent(d -> m.add(node, ENT.startDate, Rdf.date(d)));
            p.left().ifPresent(d -> m.add(node, ENT.endDate, Rdf.date(d)));
            p.protocolSigned().ifPresent(d -> m.add(node, ENT.protocolSigningDate, Rdf.date(d)));
            p.noticeGiven().ifPresent(d -> m.add(node, ENT.withdrawalNoticeDate, Rdf.date(d)));
            p.suspended().ifPresent(d -> m.add(node, ENT.suspendedFrom, Rdf.date(d)));
            p.suspendedUntil().ifPresent(d -> m.add(node, ENT.suspendedUntil, Rdf.date(d)));
            m.add(node, RDFS.label, Rdf.en(label(p)));
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
            m.add(article, RDFS.label, Rdf.en("Article " + a.designation() + ": " + a.title()));
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

    /**
     * The last segment of a participation's IRI: the day the state became a party; for a row
     * without one, the day it signed ({@code signed-1990-11-19}), else the day its protocol was
     * signed ({@code protocol-2006-08-16}), else {@code unverified}.
     */
    static String key(TreatyParty p) {
        if (p.becameParty().isPresent()) {
            return p.becameParty().get().toString();
        }
        if (p.signed().isPresent()) {
            return "signed-" + p.signed().get();
        }
        return p.protocolSigned().map(d -> "protocol-" + d).orElse("unverified");
    }

    private static String label(TreatyParty p) {
        if (p.how().equals("signatory-only")) {
            return p.party() + " signed " + p.treaty() + " on " + p.signed().get() + " and never became a party";
        }
        String joined = switch (p.how()) {
            case "signature" -> "by signature";
            case "accession" -> "by accession";
            case "succession" -> "by succession";
            default -> "by continuation";
        };
        return p.party() + " party to " + p.treaty() + " " + joined
                + p.becameParty().map(d -> " from " + d).orElse(", from a day not verified")
                + p.left().map(e -> " to " + e).orElse("");
    }
}
