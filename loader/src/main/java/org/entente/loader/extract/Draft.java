package org.entente.loader.extract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Extractor#extract} drafts from one article: the facts it found, and notes on what it
 * left out (a word it could not resolve to an id, a fact whose required field it could not fill,
 * a negated action). A draft is for an analyst to check: {@link #toFacts()} is a facts file that
 * {@code kg load --article ARTICLE.txt --facts FILE} accepts as it is, {@link #toJson()} the same
 * with the spans and confidences (docs/extract.md). Both say what drafted it ({@code software}, the
 * extractor and its version) and when ({@code generatedAt}), so that its facts load as drafted.
 */
public record Draft(ArticleMeta meta, List<DraftFact> facts, List<String> notes, String software, Instant generatedAt) {

    public Draft {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(generatedAt, "generatedAt");
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
    }

    /** The facts file, naming the text {@code <id>.txt}. */
    public String toFacts() {
        return toFacts(meta.id() + ".txt");
    }

    /**
     * The facts file (format version 2) whose header names the text by this file name.
     *
     * @throws IllegalStateException if the meta has no publication date, which a facts file's header needs
     */
    public String toFacts(String textFileName) {
        return FactsFileWriter.write(this, textFileName);
    }

    /** The draft as JSON: the meta, the facts with every field's span and confidence, the notes. */
    public String toJson() {
        return DraftJson.write(this);
    }
}
