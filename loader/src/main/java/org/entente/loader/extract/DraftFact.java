package org.entente.loader.extract;

import java.util.List;
import java.util.Objects;

import org.entente.loader.mapping.FactType;

/**
 * A drafted fact: its id in the facts file, its type, a label, its fields (participants by id,
 * modality, time, texts) in the order a facts file lists them, and the verbatim quote that supports
 * it, with its span and the extractor's confidence (0..1), or {@link #NO_CONFIDENCE} for a fact that a
 * person added or retyped in review, of which the extractor said nothing (no confidence is written).
 */
public record DraftFact(String id, FactType type, String label, List<DraftField> fields, String quote, Span quoteSpan,
        double confidence) {

    /** The confidence of a fact the extractor did not draft as it stands (NaN): none is written. */
    public static final double NO_CONFIDENCE = Double.NaN;

    public DraftFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(quoteSpan, "quoteSpan");
        fields = List.copyOf(fields);
        if (!Double.isNaN(confidence) && (confidence < 0 || confidence > 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }

    /** False for a fact that a person added or retyped ({@link #NO_CONFIDENCE}). */
    public boolean hasConfidence() {
        return !Double.isNaN(confidence);
    }

    /** The values of a key, in order. */
    public List<String> values(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).map(DraftField::value).toList();
    }
}
