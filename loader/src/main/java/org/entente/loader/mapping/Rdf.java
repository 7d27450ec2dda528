package org.entente.loader.mapping;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.entente.ontology.WIKIDATA;

/** Small helpers shared by the mappers. */
final class Rdf {
    private Rdf() {}

    static Literal date(LocalDate d) {
        return ResourceFactory.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    static Literal en(String text) {
        return ResourceFactory.createLangLiteral(text, "en");
    }

    static Literal string(String text) {
        return ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDstring);
    }

    static Resource iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    /** Links an entity to its Wikidata item with owl:sameAs, if it has one. */
    static void sameAsWikidata(Model m, Resource r, Optional<String> qid) {
        qid.ifPresent(q -> m.add(r, OWL.sameAs, WIKIDATA.item(q)));
    }

    /** A URL-safe lower-case slug of a label, such as washington-d-c for "Washington, D.C.". */
    static String slug(String label) {
        String s = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "place" : s;
    }
}
