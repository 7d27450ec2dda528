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
            """;

    private static ValidationReport validate(String turtle) {
        Model data = ModelFactory.createDefaultModel();
        data.read(new StringReader(PREFIXES + turtle), null, "TTL");
        // Types that the loader would materialise from the ontology.
        data.add(Ontology.ontology());
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

    @Test
    void aMembershipWithEverythingConforms() {
        ValidationReport r = validate("""
                ex:pol a ent:State, ent:Actor, ent:Place ; ent:iso3166Alpha3 "POL" ; rdfs:label "Poland"@en .
                ex:nato a ent:MilitaryAlliance, ent:InternationalOrganisation ; ent:acronym "NATO" ; rdfs:label "NATO"@en .
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

    @Test
    void aDeploymentWithoutSenderOrEvidenceIsRejected() {
        ValidationReport r = validate("""
                ex:d a ent:Deployment, ent:Event, ent:SourcedItem ; rdfs:label "a deployment"@en ;
                    ent:destination ex:ltu ; ent:status ent:Offered .
                ex:ltu a ent:State, ent:Place, ent:Actor ; ent:iso3166Alpha3 "LTU" ; rdfs:label "Lithuania"@en .
                """);
        assertFalse(r.conforms());
        Set<String> messages = new TreeSet<>();
        r.getEntries().forEach(e -> messages.add(e.message()));
        assertTrue(messages.contains("A deployment has a sender."), messages::toString);
        assertTrue(messages.contains("Everything taken from a source points to at least one quote that supports it."),
                messages::toString);
    }
}
