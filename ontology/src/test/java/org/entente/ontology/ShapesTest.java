package org.entente.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;

/** The SHACL shapes parse, use only declared terms, and accept or reject small examples. */
class ShapesTest {

    private static final String PREFIXES = """
            @prefix ent: <https://w3id.org/entente/ontology#> .
            @prefix ex: <http://example.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix time: <http://www.w3.org/2006/time#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            """;

    /** A source, a quote and the actors and places that the event examples below use. */
    private static final String WORLD = """
            ex:article a ent:SourceDocument ; dcterms:title "An article" ; ent:text "France has offered troops." ;
                ent:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ;
                ent:publicationTime ex:t2022 .
            ex:t2022 a time:Instant ; time:inXSDgYear "2022"^^xsd:gYear ; time:inDateTime ex:t2022d .
            ex:t2022d a time:DateTimeDescription ; time:unitType time:unitYear ; time:year "2022"^^xsd:gYear .
            ex:q a ent:Quote ; oa:hasSource ex:article ; oa:hasSelector ex:qt , ex:qp .
            ex:qt oa:exact "France has offered troops" .
            ex:qp oa:start "0"^^xsd:nonNegativeInteger ; oa:end "25"^^xsd:nonNegativeInteger .
            ex:fra a ent:State ; ent:iso3166Alpha3 "FRA" ; rdfs:label "France"@en ;
                ent:politicalStatus ent:StatusUnMember ; ent:hasPeriod ex:fra-period .
            ex:fra-period a ent:StatePeriod ; ent:periodOf ex:fra ; ent:latestStartDate "1945-10-24"^^xsd:date ;
                dcterms:source <https://correlatesofwar.org/> .
            ex:rou a ent:State ; ent:iso3166Alpha3 "ROU" ; rdfs:label "Romania"@en ;
                ent:politicalStatus ent:StatusUnMember ; ent:hasPeriod ex:rou-period .
            ex:rou-period a ent:StatePeriod ; ent:periodOf ex:rou ; ent:latestStartDate "1945-10-24"^^xsd:date ;
                dcterms:source <https://correlatesofwar.org/> .
            ex:troops a ent:AssetType .
            """;

    /** An event of a type with the sourced-item triples every event has, and the given triples. */
    private static ValidationReport event(String type, String triples) {
        return validate(WORLD + "ex:e a " + type + " ; rdfs:label \"an event\"@en ; ent:accordingTo ex:article ; "
                + "ent:evidence ex:q ; ent:reviewStatus ent:Reviewed ;\n" + triples + " .");
    }

    private static Set<String> messages(ValidationReport r) {
        Set<String> messages = new TreeSet<>();
        r.getEntries().forEach(e -> messages.add(e.message()));
        return messages;
    }

    static ValidationReport validate(String turtle) {
        Model data = ModelFactory.createDefaultModel();
        data.read(new StringReader(PREFIXES + turtle), null, "TTL");
        // What the loader would materialise from the ontology: types and superproperties (RDFS).
        Model closed = ModelFactory.createDefaultModel();
        closed.add(ModelFactory.createRDFSModel(Ontology.ontology(), data));
        data = closed;
        Graph shapes = Ontology.shapes().getGraph();
        return ShaclValidator.get().validate(Shapes.parse(shapes), data.getGraph());
    }

    @Test
    void shapesUseOnlyDeclaredTerms() {
        Set<Resource> declared = VocabularyTest.declaredTerms(Ontology.ontology());
        Set<String> undeclared = new TreeSet<>();
        for (Statement st : Ontology.shapes().listStatements().toList()) {
            for (RDFNode n : java.util.List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && ENT.NS.equals(n.asResource().getNameSpace()) && !declared.contains(n.asResource())) {
                    undeclared.add(n.asResource().getLocalName());
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    /** A state with its period and status, and an organisation with its founding and name, that conform. */
    static final String POLAND_AND_NATO = """
            ex:pol a ent:State, ent:SovereignState, ent:Actor, ent:Place ; ent:iso3166Alpha3 "POL" ; rdfs:label "Poland"@en ;
                ent:politicalStatus ent:StatusUnMember ; ent:hasPeriod ex:pol-period .
            ex:pol-period a ent:StatePeriod ; ent:periodOf ex:pol ; ent:latestStartDate "1945-10-24"^^xsd:date ;
                dcterms:source <https://correlatesofwar.org/> .
            ex:nato a ent:MilitaryAlliance, ent:InternationalOrganisation ; ent:acronym "NATO" ; rdfs:label "NATO"@en ;
                ent:foundingDate "1949-04-04"^^xsd:date ; ent:hasName ex:nato-name .
            ex:nato-name a ent:OrganisationName ; ent:nameOf ex:nato ; ent:fullName "North Atlantic Treaty Organization"@en ;
                ent:startDate "1949-04-04"^^xsd:date ; dcterms:source <https://www.nato.int/> .
            """;

    @Test
    void aMembershipWithEverythingConforms() {
        ValidationReport r = validate(POLAND_AND_NATO + """
                ex:m a ent:Membership ; ent:member ex:pol ; ent:organisation ex:nato ;
                    ent:startDate "1999-03-12"^^xsd:date ; dcterms:source <https://www.nato.int/> .
                """);
        assertTrue(r.conforms(), () -> r.getEntries().toString());
    }

    @Test
    void aMembershipThatEndsBeforeItStartsIsRejected() {
        ValidationReport r = validate("""
                ex:pol a ent:State, ent:Actor, ent:Place ; ent:iso3166Alpha3 "POL" ; rdfs:label "Poland"@en .
                ex:nato a ent:MilitaryAlliance, ent:InternationalOrganisation ; ent:acronym "NATO" ; rdfs:label "NATO"@en .
                ex:m a ent:Membership ; ent:member ex:pol ; ent:organisation ex:nato ;
                    ent:startDate "1999-03-12"^^xsd:date ; ent:endDate "1990-01-01"^^xsd:date ;
                    dcterms:source <https://www.nato.int/> .
                """);
        assertFalse(r.conforms());
    }

    private static final String OFFER = "ent:sender ex:fra ; ent:destination ex:rou ; ent:asset ex:troops ; ent:commitment ent:Offered";

    @Test
    void aDraftNamesItsExtractionAndAConfidenceFromZeroToOne() {
        String extraction = """
                ex:x a ent:Extraction ; ent:software "entente-extractor 0.1" ; prov:used ex:article ;
                    prov:endedAtTime "2026-12-02T17:05:00Z"^^xsd:dateTime .
                """;
        String drafted = OFFER.replace("ent:sender", "ent:reviewStatus ent:Drafted ; ent:sender");
        // ent:reviewStatus is functional, so the fixture's Reviewed and this Drafted make two values.
        assertEquals(Set.of("Everything taken from a source has one review status: drafted (by an extractor, not yet checked) or reviewed."),
                messages(event("ent:Deployment", drafted)));
        String draft = OFFER + " ; prov:wasGeneratedBy ex:x ; ent:confidence 0.83";
        assertTrue(validate(extraction + "ex:e a ent:Deployment ; rdfs:label \"an event\"@en ; ent:accordingTo ex:article ; "
                + "ent:evidence ex:q ; ent:reviewStatus ent:Drafted ; " + draft + " .\n" + WORLD).conforms());
        assertEquals(Set.of("An item has at most one confidence, a decimal from 0 to 1."),
                messages(validate(extraction + WORLD + "ex:e a ent:Deployment ; rdfs:label \"an event\"@en ; ent:accordingTo"
                        + " ex:article ; ent:evidence ex:q ; ent:reviewStatus ent:Drafted ; " + draft.replace("0.83", "1.5") + " .")));
        assertEquals(Set.of("An item with a confidence names the extraction that drafted it."),
                messages(event("ent:Deployment", OFFER + " ; ent:confidence 0.5")));
        assertEquals(Set.of("An extraction names the software, with its version, that carried it out."),
                messages(validate(WORLD + "ex:x a ent:Extraction ; prov:used ex:article .")));
        assertEquals(Set.of("An extraction used the source document whose text it read."),
                messages(validate(WORLD + "ex:x a ent:Extraction ; ent:software \"entente-extractor 0.1\" .")));
    }

    @Test
    void aSourcedItemWithoutAReviewStatusIsRejected() {
        assertEquals(Set.of("Everything taken from a source has one review status: drafted (by an extractor, not yet checked) or reviewed."),
                messages(validate(WORLD + "ex:e a ent:Deployment ; rdfs:label \"an event\"@en ; ent:accordingTo ex:article ; "
                        + "ent:evidence ex:q ; " + OFFER + " .")));
        assertTrue(event("ent:Deployment", OFFER).conforms());
    }

    @Test
    void aDeploymentWithoutSenderOrEvidenceIsRejected() {
        ValidationReport r = validate("""
                ex:d a ent:Deployment, ent:Event, ent:SourcedItem ; rdfs:label "a deployment"@en ;
                    ent:destination ex:ltu ; ent:commitment ent:Offered .
                ex:ltu a ent:State, ent:Place, ent:Actor ; ent:iso3166Alpha3 "LTU" ; rdfs:label "Lithuania"@en .
                """);
        assertFalse(r.conforms());
        Set<String> messages = new TreeSet<>();
        r.getEntries().forEach(e -> messages.add(e.message()));
        assertTrue(messages.contains("A deployment has a sender."), messages::toString);
        assertTrue(messages.contains("Everything taken from a source points to at least one quote that supports it."),
                messages::toString);
    }

    private static final String DEPLOYMENT = "ent:sender ex:fra ; ent:destination ex:rou ; ent:asset ex:troops";

    @Test
    void aDeploymentWithACommitmentConforms() {
        ValidationReport r = event("ent:Deployment", DEPLOYMENT + " ; ent:commitment ent:Offered");
        assertTrue(r.conforms(), () -> messages(r).toString());
    }

    @Test
    void anActionEventNeedsACommitmentAProgressOrAPosture() {
        ValidationReport r = event("ent:Deployment", DEPLOYMENT);
        assertEquals(Set.of("An action event has the modality its source gives: a commitment, a progress or a posture (at least one)."),
                messages(r));
        assertTrue(event("ent:Deployment", DEPLOYMENT + " ; ent:progress ent:CarriedOut").conforms());
        assertTrue(event("ent:ForceReadiness", "ent:agent ex:fra ; ent:posture ent:OnStandby").conforms());
        assertTrue(event("ent:Deployment", DEPLOYMENT + " ; ent:commitment ent:Decided ; ent:progress ent:UnderWay").conforms());
    }

    @Test
    void eachModalityTakesValuesOfItsOwnClassOnly() {
        assertEquals(Set.of("An action event has at most one commitment: considering, offered, announced or decided."),
                messages(event("ent:Deployment", DEPLOYMENT + " ; ent:commitment ent:OnStandby")));
        assertEquals(Set.of("An action event has at most one progress: planned, under way, carried out or cancelled."),
                messages(event("ent:Deployment", DEPLOYMENT + " ; ent:progress ent:Offered")));
        assertEquals(Set.of("An action event has at most one posture: on standby or on alert."),
                messages(event("ent:Deployment", DEPLOYMENT + " ; ent:posture ent:CarriedOut")));
        assertEquals(Set.of("An action event has at most one commitment: considering, offered, announced or decided."),
                messages(event("ent:Deployment", DEPLOYMENT + " ; ent:commitment ent:Offered , ent:Decided")));
    }

    @Test
    void aSpeechActHasNoModality() {
        String demand = "ent:agent ex:fra ; ent:content \"Troops should leave.\"@en";
        assertTrue(event("ent:Demand", demand).conforms());
        assertEquals(Set.of("A speech act is itself the event, reported as made: it has no progress."),
                messages(event("ent:Demand", demand + " ; ent:progress ent:CarriedOut")));
        assertEquals(Set.of("A speech act is itself the event, reported as made: it has no commitment."),
                messages(event("ent:Warning", "ent:agent ex:fra ; ent:content \"War may come.\"@en ; ent:commitment ent:Announced")));
    }

    @Test
    void anAccusationNeedsTheAccusedButMayLackTheAccuser() {
        assertTrue(event("ent:Accusation", "ent:accused ex:fra ; ent:content \"France is paranoid.\"@en").conforms());
        assertEquals(Set.of("An accusation names the actor it accuses."),
                messages(event("ent:Accusation", "ent:agent ex:rou ; ent:content \"France is paranoid.\"@en")));
        assertEquals(Set.of("A demand, position, warning, denial, assurance or appeal has an agent who makes it."),
                messages(event("ent:Demand", "ent:addressee ex:fra ; ent:content \"Troops should leave.\"@en")));
    }

    @Test
    void withdrawalsAndArmsTransfersHaveTheirRoles() {
        assertTrue(event("ent:MilitaryWithdrawal", "ent:agent ex:fra ; ent:withdrawnFrom ex:rou ; ent:asset ex:troops ; "
                + "ent:progress ent:UnderWay").conforms());
        assertEquals(Set.of("A withdrawal has the place the forces withdraw from."),
                messages(event("ent:MilitaryWithdrawal", "ent:agent ex:fra ; ent:progress ent:UnderWay")));
        assertTrue(event("ent:ArmsTransfer", "ent:sender ex:fra ; ent:recipient ex:rou ; ent:asset ex:troops ; "
                + "ent:commitment ent:Announced").conforms());
        assertEquals(Set.of("An arms transfer has a recipient, an actor.", "An arms transfer says what is supplied (an asset type)."),
                messages(event("ent:ArmsTransfer", "ent:sender ex:fra ; ent:commitment ent:Announced")));
    }

    @Test
    void aClaimHasNoModality() {
        assertTrue(messages(event("ent:Assessment", "ent:content \"All is well.\"@en ; ent:progress ent:CarriedOut"))
                .contains("A claim is a judgement, not an event: it has no progress."));
        assertTrue(event("ent:Assessment", "ent:content \"All is well.\"@en").conforms());
    }

    @Test
    void aTimeHasOnePositionAndAUnitButNoUnitOfItsOwn() {
        String deployment = DEPLOYMENT + " ; ent:commitment ent:Offered ; ent:time ex:feb .\n";
        String feb = "ex:feb a time:Instant ; time:inXSDgYearMonth \"2022-02\"^^xsd:gYearMonth ; time:inDateTime ex:febd .\n"
                + "ex:febd a time:DateTimeDescription ; time:unitType time:unitMonth";
        assertTrue(event("ent:Deployment", deployment + feb).conforms());
        assertEquals(Set.of("An instant has no time:unitType (its domain is a date-time description or a duration): "
                + "the precision is the unit of its time:inDateTime."),
                messages(event("ent:Deployment", deployment + feb + " .\nex:feb time:unitType time:unitMonth")));
        assertEquals(Set.of("A time has exactly one position: an xsd:date, an xsd:gYearMonth or an xsd:gYear."),
                messages(event("ent:Deployment", deployment + feb + " .\nex:feb time:inXSDgYear \"2022\"^^xsd:gYear")));
        assertEquals(Set.of("A time has one date-time description whose unit is a day, a month or a year."),
                messages(event("ent:Deployment", deployment + feb.replace(" ; time:inDateTime ex:febd", ""))));
    }
}
