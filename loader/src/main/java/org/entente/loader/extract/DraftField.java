package org.entente.loader.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code key: value} line of a drafted fact: an id resolved from the text (sender: DNK), a
 * modality value (progress: under-way), a time (time: 2022-04) or a text (content, evacuees),
 * with the passage it was read from and how sure the extractor is of it (0..1).
 *
 * @param span the words of the text the value was read from; empty for a value that has none
 *             (a time resolved from the publication date alone)
 * @param confidence in 0..1, or {@link DraftFact#NO_CONFIDENCE} for a value a person gave in review
 */
public record DraftField(String key, String value, Optional<Span> span, double confidence) {

    public DraftField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        if (!Double.isNaN(confidence) && (confidence < 0 || confidence > 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }

    public DraftField(String key, String value, Span span, double confidence) {
        this(key, value, Optional.ofNullable(span), confidence);
    }
}
