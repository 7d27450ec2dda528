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

    /** The review status a facts file gives its facts ({@code review: drafted} or {@code review: reviewed}, FORMAT.md). */
    public enum Review {
        DRAFTED, REVIEWED;

        /** As the facts file writes it: {@code drafted}, {@code reviewed}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

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
        return toFacts(textFileName, Review.DRAFTED);
    }

    /**
     * The facts file, saying {@code review: reviewed} when a person has checked every fact against the text.
     *
     * @throws IllegalStateException if the meta has no publication date, which a facts file's header needs
     */
    public String toFacts(String textFileName, Review review) {
        return FactsFileWriter.write(this, textFileName, review);
    }

    /**
     * A draft from its JSON ({@link #toJson()}'s shape, as a reviewer may have edited it: facts added,
     * retyped or deleted; a fact without {@code confidence} is one the extractor did not draft as it
     * stands; a field with an empty value is left out).
     *
     * @throws org.entente.loader.UsageException with one line naming the JSON member at fault
     */
    public static Draft fromJson(String json) {
        return DraftJson.read(json);
    }

    /** The draft as JSON: the meta, the facts with every field's span and confidence, the notes. */
    public String toJson() {
        return DraftJson.write(this);
    }
}
