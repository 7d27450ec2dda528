package org.entente.loader.extract;

import org.entente.loader.UsageException;

/** Writes a draft as a facts file of format version 2 (loader/data/articles/FORMAT.md). */
final class FactsFileWriter {
    private FactsFileWriter() {}

    static String write(Draft draft, String textFileName) {
        return write(draft, textFileName, Draft.Review.DRAFTED);
    }

    static String write(Draft draft, String textFileName, Draft.Review review) {
        if (textFileName.contains("/") || textFileName.contains("\\") || textFileName.startsWith(".") || textFileName.isBlank()) {
            throw new UsageException("text '" + textFileName + "' must be a file name, not a path");
        }
        String published = draft.meta().published().orElseThrow(() -> new IllegalStateException(
                "a facts file needs the article's publication date (published:), and this draft has none"));
        StringBuilder sb = new StringBuilder();
        sb.append(review == Draft.Review.REVIEWED
                ? "# Drafted by kg extract and reviewed: a person has checked every fact against the text.\n"
                : "# Drafted by kg extract: check every fact against the text before loading it.\n");
        for (String note : draft.notes()) {
            sb.append("# ").append(oneLine(note)).append('\n');
        }
        sb.append("article: ").append(draft.meta().id()).append('\n');
        sb.append("title: ").append(oneLine(draft.meta().title())).append('\n');
        sb.append("text: ").append(textFileName).append('\n');
        sb.append("published: ").append(published).append('\n');
        sb.append("genre: news\n");
        // Provenance: the facts load as drafted (ent:reviewStatus ent:Drafted) until a person has checked them and
        // changed this line to 'review: reviewed' (FORMAT.md, "Drafted facts").
        sb.append("generated-by: ").append(oneLine(draft.software())).append('\n');
        sb.append("generated-at: ").append(draft.generatedAt()).append('\n');
        sb.append("review: ").append(review.word()).append('\n');
        for (DraftFact f : draft.facts()) {
            sb.append('\n').append('[').append(f.id()).append("]\n");
            sb.append("type: ").append(f.type().name()).append('\n');
            sb.append("label: ").append(oneLine(f.label())).append('\n');
            for (DraftField field : f.fields()) {
                sb.append(field.key()).append(": ").append(oneLine(field.value())).append('\n');
            }
            if (f.hasConfidence()) {
                sb.append("confidence: ").append(confidence(f.confidence())).append('\n');
            }
            sb.append("quote: ").append(oneLine(f.quote())).append('\n');
        }
        return sb.toString();
    }

    /** A confidence as the facts format writes it: a decimal from 0 to 1 with at most three places. */
    static String confidence(double c) {
        double v = Math.min(1, Math.max(0, c));
        return java.math.BigDecimal.valueOf(Math.round(v * 1000), 3).stripTrailingZeros().toPlainString();
    }

    /** A value on one line: white space runs (line breaks included) become one space; quotes match across white space. */
    static String oneLine(String value) {
        return value.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
