package org.entente.bench.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.entente.loader.StorageException;
import org.entente.loader.UsageException;
import org.entente.loader.source.ReferenceData;

/**
 * Writes a scaled corpus of synthetic articles in the project's own facts format, for benchmarks
 * and tests: for each article a text ({@code ID.txt}) and a facts file ({@code ID.facts}), and an
 * {@code index.txt} that lists the facts files in order, as {@code loader/data/articles/index.txt}
 * does. The articles speak of the real states, organisations, places, actors and assets of the
 * reference data; their text and facts are made up from templates. Deterministic: the same
 * reference data, seed and numbers give byte-identical files, whatever the machine.
 *
 * <p>Article {@code i} is generated from its own random stream (derived from the seed and
 * {@code i}), so a corpus of N articles is the first N articles of any larger corpus with the
 * same seed, and {@code --start} can write a continuation.
 */
public final class CorpusGenerator {

    /** What was written. */
    public record Summary(Path directory, int articles, long facts, long textBytes, long factsBytes) {}

    private final ArticleSynthesizer synthesizer;

    public CorpusGenerator(ReferenceData reference) {
        this.synthesizer = new ArticleSynthesizer(new Lexicon(reference));
    }

    /** The id of article number {@code i} (1-based) of the corpus with this seed. */
    public static String articleId(long seed, int i) {
        return String.format(Locale.ROOT, "synth-%d-%07d", seed, i);
    }

    /**
     * Writes articles {@code start} to {@code start + count - 1} into a directory (created if
     * needed), with an index of exactly those articles. Existing files of the same names are
     * replaced; other files are left alone.
     */
    public Summary generate(int count, long seed, int start, Path directory) {
        if (count < 0) {
            throw new UsageException("--articles must be 0 or more, not " + count);
        }
        if (seed < 0) {
            throw new UsageException("--seed must be 0 or more, not " + seed);
        }
        if (start < 1) {
            throw new UsageException("--start must be 1 or more, not " + start);
        }
        long facts = 0;
        long textBytes = 0;
        long factsBytes = 0;
        try {
            Files.createDirectories(directory);
            StringBuilder index = new StringBuilder();
            index.append("# Synthetic articles written by 'kg generate --articles ").append(count).append(" --seed ").append(seed)
                    .append(start == 1 ? "" : " --start " + start).append("': one facts file per line.\n");
            for (int i = start; i < start + count; i++) {
                String id = articleId(seed, i);
                ArticleSynthesizer.Article a = synthesizer.write(id, articleSeed(seed, i),
                        "Synthetic article " + i + " of the corpus with seed " + seed + "; not a real source.");
                byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
                byte[] factsFile = a.facts().getBytes(StandardCharsets.UTF_8);
                Files.write(directory.resolve(id + ".txt"), text);
                Files.write(directory.resolve(id + ".facts"), factsFile);
                index.append(id).append(".facts\n");
                facts += a.factCount();
                textBytes += text.length;
                factsBytes += factsFile.length;
            }
            try (Writer w = Files.newBufferedWriter(directory.resolve("index.txt"), StandardCharsets.UTF_8)) {
                w.write(index.toString());
            }
        } catch (IOException e) {
            throw new StorageException("cannot write the corpus to " + directory + ": " + e.getMessage(), e);
        }
        return new Summary(directory, count, facts, textBytes, factsBytes);
    }

    /** The seed of one article's random stream: SplitMix64 over the corpus seed and the article's number. */
    static long articleSeed(long seed, int i) {
        long z = seed * 0x9E3779B97F4A7C15L + i;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
