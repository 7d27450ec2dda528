package org.entente.loader.mapping;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.loader.source.FactsDocument;
import org.entente.ontology.ENT;
import org.entente.ontology.IriScheme;
import org.entente.ontology.PROV;

/**
 * Who made the facts of a facts file, from its optional header lines {@code generated-by:} (the
 * extractor and its version), {@code generated-at:} (when it ran, an xsd:dateTime with its time
 * zone) and {@code review:} ({@code drafted} or {@code reviewed}). A file without them was curated
 * by hand, and its facts are reviewed; a file with {@code generated-by:} is drafted unless it says
 * {@code review: reviewed}.
 */
record Provenance(Optional<String> software, Optional<OffsetDateTime> generatedAt, Resource status) {

    /** The values of {@code review:} and their individuals. */
    static final Map<String, Resource> REVIEW = Map.of("drafted", ENT.Drafted, "reviewed", ENT.Reviewed);

    /** The longest {@code generated-by:} accepted, in characters. */
    static final int MAX_SOFTWARE = 100;

    static Provenance of(FactsDocument facts) {
        Optional<FactsDocument.Field> by = facts.headerField("generated-by");
        Optional<FactsDocument.Field> at = facts.headerField("generated-at");
        Optional<FactsDocument.Field> review = facts.headerField("review");
        by.ifPresent(f -> {
            if (f.value().length() > MAX_SOFTWARE) {
                throw facts.error(f.line(), "'generated-by' is " + f.value().length() + " characters long; at most "
                        + MAX_SOFTWARE + " (the extractor's name and version, such as 'entente-extractor 0.1')");
            }
        });
        Optional<OffsetDateTime> time = at.map(f -> {
            if (by.isEmpty()) {
                throw facts.error(f.line(), "'generated-at' says when an extractor ran, but the header has no 'generated-by:'");
            }
            try {
                return OffsetDateTime.parse(f.value(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                throw facts.error(f.line(), "'generated-at' is '" + f.value()
                        + "'; expected a date and time with its time zone, such as 2026-12-02T17:05:00Z");
            }
        });
        Resource status = review.map(f -> {
            Resource r = REVIEW.get(f.value());
            if (r == null) {
                throw facts.error(f.line(), "'review' is '" + f.value() + "'; expected drafted or reviewed");
            }
            if (r.equals(ENT.Drafted) && by.isEmpty()) {
                throw facts.error(f.line(), "'review: drafted' is for facts an extractor drafted, but the header has no 'generated-by:'");
            }
            return r;
        }).orElse(by.isPresent() ? ENT.Drafted : ENT.Reviewed);
        return new Provenance(by.map(FactsDocument.Field::value), time, status);
    }

    /**
     * Adds the extraction activity, if an extractor made the facts, and returns it; null for facts
     * curated by hand.
     */
    Resource describe(Model m, IriScheme scheme, String articleId, Resource article) {
        if (software.isEmpty()) {
            return null;
        }
        Resource extraction = scheme.extraction(articleId);
        m.add(extraction, RDF.type, ENT.Extraction);
        m.add(extraction, RDFS.label, Rdf.en("Extraction of the facts by " + software.get()));
        m.add(extraction, ENT.software, Rdf.string(software.get()));
        m.add(extraction, PROV.used, article);
        generatedAt.ifPresent(t -> m.add(extraction, PROV.endedAtTime,
                ResourceFactory.createTypedLiteral(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), XSDDatatype.XSDdateTime)));
        return extraction;
    }
}
