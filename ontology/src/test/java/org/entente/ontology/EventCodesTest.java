package org.entente.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * Every event type is mapped to the codes of CAMEO (manual 1.1b3) and PLOVER (codebook draft 2.0),
 * as the table below states them, checked by hand against the two codebooks; the modality terms
 * are mapped to nothing; every code is a well-formed SKOS concept of its scheme.
 */
class EventCodesTest {

    private final Model ontology = Ontology.ontology();

    /** Each event class: its SKOS mapping properties and codes (notations), written out by hand. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("Deployment", "broadMatch CAMEO 15 | closeMatch CAMEO 154 | closeMatch PLOVER MOBILIZE | relatedMatch CAMEO 074 | relatedMatch PLOVER AID"),
            Map.entry("MilitaryWithdrawal", "broadMatch CAMEO 087 | closeMatch CAMEO 0874 | closeMatch PLOVER RETREAT"),
            Map.entry("ArmsTransfer", "closeMatch CAMEO 072 | closeMatch PLOVER AID"),
            Map.entry("ForceReadiness", "broadMatch CAMEO 15 | closeMatch CAMEO 152 | closeMatch PLOVER MOBILIZE"),
            Map.entry("MilitaryExercise", "relatedMatch CAMEO 062 | relatedMatch CAMEO 150 | relatedMatch PLOVER COOPERATE | relatedMatch PLOVER MOBILIZE"),
            Map.entry("Evacuation", "relatedMatch CAMEO 166 | relatedMatch PLOVER SANCTION"),
            Map.entry("Negotiation", "broadMatch PLOVER CONSULT | closeMatch CAMEO 046"),
            Map.entry("Demand", "broadMatch PLOVER REQUEST | closeMatch CAMEO 10"),
            Map.entry("Appeal", "closeMatch CAMEO 02 | relatedMatch PLOVER REQUEST"),
            Map.entry("Position", "relatedMatch CAMEO 051 | relatedMatch CAMEO 111 | relatedMatch PLOVER ACCUSE | relatedMatch PLOVER REJECT | relatedMatch PLOVER SUPPORT"),
            Map.entry("Warning", "broadMatch CAMEO 01 | relatedMatch CAMEO 012"),
            Map.entry("Denial", "broadMatch CAMEO 01 | relatedMatch CAMEO 016 | relatedMatch PLOVER REJECT"),
            Map.entry("Assurance", "broadMatch CAMEO 01 | relatedMatch CAMEO 03 | relatedMatch PLOVER AGREE"),
            Map.entry("Accusation", "broadMatch CAMEO 11 | closeMatch CAMEO 112 | closeMatch PLOVER ACCUSE")));

    private static final List<Property> MATCHES = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch,
            SKOS.relatedMatch);

    @Test
    void everyEventTypeHasItsCodes() {
        Map<String, String> actual = new TreeMap<>();
        for (Resource c : eventTypes()) {
            Set<String> m = new TreeSet<>();
            for (Property p : MATCHES) {
                c.listProperties(p).forEachRemaining(st -> {
                    Resource code = st.getResource();
                    String scheme = code.getPropertyResourceValue(SKOS.inScheme).getLocalName();
                    m.add(p.getLocalName() + " " + scheme + " " + code.getProperty(SKOS.notation).getString());
                });
            }
            actual.put(c.getLocalName(), String.join(" | ", m));
            assertTrue(c.hasProperty(SKOS.scopeNote), c.getLocalName() + " explains its mapping");
        }
        assertEquals(EXPECTED, actual);
    }

    @Test
    void warningsHaveNoPloverCategoryAndSaySo() {
        Resource warning = ontology.getResource(ENT.Warning.getURI());
        assertTrue(warning.getProperty(SKOS.scopeNote).getString().contains("PLOVER has no equivalent"));
    }

    @Test
    void theModalityTermsAreMappedToNothing() {
        for (Resource r : List.of(ENT.commitment, ENT.progress, ENT.posture, ENT.Commitment, ENT.Progress, ENT.ForcePosture,
                ENT.Offered, ENT.Decided, ENT.CarriedOut, ENT.OnAlert)) {
            for (Property p : MATCHES) {
                assertTrue(!ontology.getResource(r.getURI()).hasProperty(p), r.getLocalName() + " " + p.getLocalName());
            }
        }
    }

    @Test
    void everyCodeIsAConceptOfItsSchemeNamedByItsNotation() {
        List<String> problems = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(code -> {
            Resource scheme = code.getPropertyResourceValue(SKOS.inScheme);
            RDFNode notation = code.hasProperty(SKOS.notation) ? code.getProperty(SKOS.notation).getObject() : null;
            if (scheme == null || !ontology.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
                problems.add(code.getLocalName() + ": no scheme");
            } else if (notation == null || !code.getLocalName().equals(scheme.getLocalName() + "_" + notation.asLiteral().getString())) {
                problems.add(code.getLocalName() + ": its name is not its scheme and notation");
            }
            if (!code.hasProperty(SKOS.prefLabel) || !code.hasProperty(RDFS.comment)) {
                problems.add(code.getLocalName() + ": no prefLabel or comment");
            }
            Resource broader = code.getPropertyResourceValue(SKOS.broader);
            if (broader != null && !code.getLocalName().startsWith(broader.getLocalName())) {
                problems.add(code.getLocalName() + ": broader " + broader.getLocalName() + " is not its prefix");
            }
        });
        assertEquals(List.of(), problems);
        // Spot checks of code names against the codebooks.
        assertEquals("Retreat or surrender militarily", ontology.getResource(ENT.CAMEO_0874.getURI()).getProperty(SKOS.prefLabel).getString());
        assertEquals("Increase military alert status", ontology.getResource(ENT.CAMEO_152.getURI()).getProperty(SKOS.prefLabel).getString());
        assertEquals("Provide military aid", ontology.getResource(ENT.CAMEO_072.getURI()).getProperty(SKOS.prefLabel).getString());
        assertEquals("MOBILIZE", ontology.getResource(ENT.PLOVER_MOBILIZE.getURI()).getProperty(SKOS.notation).getString());
    }

    /** The classes below ent:ActionEvent and ent:SpeechAct. */
    private List<Resource> eventTypes() {
        List<Resource> out = new ArrayList<>();
        for (Resource parent : List.of(ENT.ActionEvent, ENT.SpeechAct)) {
            ontology.listSubjectsWithProperty(RDFS.subClassOf, parent).forEachRemaining(out::add);
        }
        return out;
    }
}
