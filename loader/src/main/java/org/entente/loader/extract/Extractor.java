package org.entente.loader.extract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.entente.loader.BundledData;
import org.entente.loader.source.ControlCharacters;
import org.entente.loader.source.ReferenceData;

/**
 * Drafts the facts of a news article (issue 11): OpenNLP finds the sentences, tokens, tags and
 * lemmas; a gazetteer of the reference tables resolves the names of states, organisations, actors,
 * places and assets to the graph's ids; patterns over lemmas and tags find the events, their
 * participants, their modality (commitment, progress, posture) and their time. What cannot be
 * resolved is left out with a note, never guessed. An instance is immutable and thread-safe; the
 * OpenNLP models are read once per JVM.
 *
 * <pre>
 * Draft d = Extractor.load().extract(text, new ArticleMeta("my-article", "Headline", "2022-01-24"));
 * String facts = d.toFacts("my-article.txt");
 * </pre>
 */
public final class Extractor {

    /** The largest text drafted: the loader's limit for an article's text, 4 MiB (ArticleMapper). */
    /**
     * The version of the rules: raise it whenever a change of the rules or tables can change a draft, so that
     * a drafted fact in the graph says which rules drafted it ({@code generated-by:}, {@code ent:software}).
     */
    public static final String VERSION = "0.5";
    /** What a draft names as its {@code generated-by}: the extractor and its version. */
    public static final String SOFTWARE = "entente-extractor " + VERSION;
    public static final int MAX_TEXT_BYTES = org.entente.loader.mapping.ArticleMapper.MAX_TEXT_BYTES;

    private static final class Bundled {
        static final Extractor INSTANCE = new Extractor(BundledData.reference());
    }

    private final Gazetteer gazetteer;

    /** An extractor over these reference tables. */
    public Extractor(ReferenceData reference) {
        this.gazetteer = new Gazetteer(Objects.requireNonNull(reference, "reference"));
    }

    /** The extractor over the bundled reference tables, built once, with the OpenNLP models read. */
    public static Extractor load() {
        Extractor e = Bundled.INSTANCE;
        Nlp.warmUp();
        return e;
    }

    /**
     * The draft of an article's text.
     *
     * @throws IllegalArgumentException if the text is bigger than {@link #MAX_TEXT_BYTES} in UTF-8
     *         or holds control characters other than tab and line breaks (the loader refuses both)
     */
    public Draft extract(String text, ArticleMeta meta) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
        if (text.length() > MAX_TEXT_BYTES || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("the text is bigger than " + MAX_TEXT_BYTES + " bytes (4 MiB), the loader's limit");
        }
        int bad = ControlCharacters.first(text, "\t\n\r");
        if (bad >= 0) {
            throw new IllegalArgumentException(ControlCharacters.describe(text.charAt(bad))
                    + "; an article text may contain no control characters other than tab and line breaks");
        }
        List<String> notes = new ArrayList<>();
        if (text.isBlank()) {
            notes.add("the text is empty: nothing to draft");
            return new Draft(meta, List.of(), notes, SOFTWARE, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
        if (meta.published().isEmpty()) {
            notes.add("no publication date: relative times ('on Monday', 'next month') are left out");
        }
        List<DraftFact> facts = new EventRules(gazetteer, text, meta, notes).draft(Nlp.analyse(text));
        if (facts.isEmpty()) {
            notes.add("no events found");
        }
        return new Draft(meta, facts, notes, SOFTWARE, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
