package org.entente.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The Java vocabulary and the ontology declare exactly the same terms. */
class VocabularyTest {

    /** The ent: terms that the ontology declares as a class, a property or a named individual. */
    static Set<Resource> declaredTerms(Model ontology) {
        Set<Resource> terms = new java.util.HashSet<>();
        for (Resource type : Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                OWL2NamedIndividual())) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && ENT.NS.equals(r.getNameSpace())) {
                    terms.add(r);
                }
            });
        }
        return terms;
    }

    private static Resource OWL2NamedIndividual() {
        return OWL.NamedIndividual;
    }

    static Set<String> javaConstants() {
        Set<String> names = new TreeSet<>();
        for (Field f : ENT.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    Resource r = (Resource) f.get(null);
                    if (ENT.NS.equals(r.getNameSpace()) && !r.getLocalName().isEmpty()) {
                        assertEquals(f.getName(), r.getLocalName(), "constant name matches its IRI");
                        names.add(r.getLocalName());
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return names;
    }

    @Test
    void everyJavaConstantIsDeclaredInTheOntology() {
        Set<String> declared = declaredTerms(Ontology.ontology()).stream().map(Resource::getLocalName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> notDeclared = new TreeSet<>(javaConstants());
        notDeclared.removeAll(declared);
        assertEquals(Set.of(), notDeclared, "constants of ENT that the ontology does not declare");
    }

    @Test
    void everyDeclaredTermHasAJavaConstant() {
        Set<String> missing = declaredTerms(Ontology.ontology()).stream().map(Resource::getLocalName)
                .collect(Collectors.toCollection(TreeSet::new));
        missing.removeAll(javaConstants());
        assertEquals(Set.of(), missing, "terms of the ontology without a constant in ENT");
    }

    @Test
    void theOntologysPrefixesAreTheVocabularyClassesNamespaces() {
        java.util.Map<String, String> expected = new java.util.TreeMap<>(java.util.Map.of(
                ENT.PREFIX, ENT.NS, "prov", PROV.NS, "time", TIME.NS, "wdt", WIKIDATA.DIRECT_NS,
                SEM.PREFIX, SEM.NS, SCHEMA.PREFIX, SCHEMA.NS, GEO.PREFIX, GEO.NS));
        java.util.Map<String, String> declared = Ontology.ontology().getNsPrefixMap();
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), declared.get(e.getKey()), "prefix " + e.getKey() + ": in entente.ttl");
        }
    }
}
