package org.entente.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** HermiT (OWL API 5) finds the ontology consistent, in OWL 2 DL, with every class satisfiable. */
class HermitConsistencyTest {

    private static OWLOntology ontology;
    private static OWLReasoner reasoner;

    @BeforeAll
    static void load() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        ontology = manager.loadOntologyFromOntologyDocument(new ByteArrayInputStream(Ontology.ontologyBytes()));
        reasoner = new ReasonerFactory().createReasoner(ontology);
    }

    @Test
    void isInOwl2Dl() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertTrue(report.isInProfile(), () -> "OWL 2 DL violations: " + report.getViolations());
    }

    @Test
    void isConsistent() {
        assertTrue(reasoner.isConsistent());
    }

    @Test
    void everyClassIsSatisfiable() {
        Set<String> unsatisfiable = new TreeSet<>();
        for (OWLClass c : ontology.getClassesInSignature()) {
            if (c.getIRI().toString().startsWith(ENT.NS) && !reasoner.isSatisfiable(c)) {
                unsatisfiable.add(c.getIRI().getShortForm());
            }
        }
        assertEquals(Set.of(), unsatisfiable);
    }

    @Test
    void readsTheSameTermsAsJena() {
        long owlApiTerms = ontology.getSignature().stream()
                .filter(e -> e.getIRI().toString().startsWith(ENT.NS)).count();
        assertEquals(VocabularyTest.declaredTerms(Ontology.ontology()).size(), owlApiTerms,
                "OWL API and Jena see the same number of ent: terms");
    }
}
