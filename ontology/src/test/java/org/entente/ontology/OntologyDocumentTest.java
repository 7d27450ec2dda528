package org.entente.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The ontology document is well formed and every term in it is documented. */
class OntologyDocumentTest {

    private final Model ontology = Ontology.ontology();

    @Test
    void hasHeaderWithVersionLicenceAndDescription() {
        Resource ont = ontology.getResource(ENT.ONTOLOGY_IRI);
        assertTrue(ontology.contains(ont, RDF.type, OWL.Ontology), "the ontology declares its IRI");
        assertTrue(ontology.contains(ont, OWL2_VERSION_IRI), "the ontology has a version IRI");
        assertTrue(ontology.contains(ont, DCTerms.license), "the ontology names its licence");
        assertTrue(ontology.contains(ont, DCTerms.description), "the ontology describes itself");
        assertTrue(ontology.contains(ont, DCTerms.title), "the ontology has a title");
    }

    private static final org.apache.jena.rdf.model.Property OWL2_VERSION_IRI = OWL.versionIRI;

    @Test
    void everyTermHasAnEnglishLabelAndARealDefinition() {
        List<String> problems = new ArrayList<>();
        for (Resource term : VocabularyTest.declaredTerms(ontology)) {
            String label = englishLiteral(term, RDFS.label);
            String comment = englishLiteral(term, RDFS.comment);
            if (label == null || label.isBlank()) {
                problems.add(term.getLocalName() + ": no English rdfs:label");
            }
            if (comment == null || comment.split("\\s+").length < 5) {
                problems.add(term.getLocalName() + ": no English rdfs:comment of at least five words");
            }
            if (label != null && comment != null && comment.equalsIgnoreCase(label)) {
                problems.add(term.getLocalName() + ": the comment only repeats the label");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyObjectPropertyHasARangeOrIsDocumentedAsOpen() {
        // These relate a statement to anything it is about, or to reference data of any kind.
        Set<String> open = Set.of("concerns", "corroboratedBy", "contradictedBy", "undecidedBy");
        Set<String> missing = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEachRemaining(p -> {
            if (p.isURIResource() && ENT.NS.equals(p.getNameSpace())
                    && !p.hasProperty(RDFS.range) && !open.contains(p.getLocalName())) {
                missing.add(p.getLocalName());
            }
        });
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyEntTermThatTheOntologyMentionsIsDeclared() {
        Set<Resource> declared = VocabularyTest.declaredTerms(ontology);
        Set<String> undeclared = new TreeSet<>();
        for (Statement st : ontology.listStatements().toList()) {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && ENT.NS.equals(n.asResource().getNameSpace())
                        && !declared.contains(n.asResource())) {
                    undeclared.add(n.asResource().getLocalName());
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void stateAndOrganisationAreDisjoint() {
        // A state is not an organisation: the ontology must say so, not only imply it.
        boolean stated = ontology.listSubjectsWithProperty(RDF.type, OWL.AllDisjointClasses).toList().stream()
                .anyMatch(axiom -> {
                    List<RDFNode> members = axiom.getPropertyResourceValue(OWL.members).as(org.apache.jena.rdf.model.RDFList.class).asJavaList();
                    return members.contains(ENT.State) && members.contains(ENT.InternationalOrganisation);
                });
        assertTrue(stated);
        assertFalse(ontology.contains(ENT.State, RDFS.subClassOf, ENT.InternationalOrganisation));
    }

    private static String englishLiteral(Resource term, org.apache.jena.rdf.model.Property p) {
        for (Statement st : term.listProperties(p).toList()) {
            if (st.getObject().isLiteral()) {
                Literal l = st.getLiteral();
                if ("en".equals(l.getLanguage())) {
                    return l.getLexicalForm();
                }
            }
        }
        return null;
    }
}
