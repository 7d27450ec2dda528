package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.entente.loader.extract.ArticleMeta;
import org.entente.loader.extract.Evaluation;
import org.entente.loader.extract.Extractor;
import org.entente.loader.source.FactsDocument;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;

/**
 * The extraction speed row (issue 11), in a child JVM that the harness pins to one CPU: the time
 * to load the extractor ({@link Extractor#load}: the reference tables, the gazetteer and the four
 * OpenNLP models) in a fresh JVM, then articles of about {@code WORDS} words per second on this
 * one thread, after warm-up. The articles are synthetic: the development texts
 * ({@code NAME.txt} with a gold {@code NAME.facts}) concatenated in their order, wrapping around,
 * until each has at least {@code WORDS} words ({@link #articles}); each takes the first text's
 * publication date.
 *
 * <p>Usage: {@code ExtractionSpeed DEV-DIR WORDS WARM-UP-SECONDS MEASURE-SECONDS LIMIT REPORT-FILE} (LIMIT: at
 * most that many articles, 0 for one per text).
 * Warms up for at least the given seconds (whole passes over the articles; none if 0), then
 * measures whole passes until at least the given seconds have passed (at least one pass).
 */
public final class ExtractionSpeed {
    private ExtractionSpeed() {}

    /** One synthetic article: its text, its words, and the metadata of its first text. */
    record Article(String text, int words, ArticleMeta meta) {}

    public static void main(String[] args) {
        if (args.length != 6) {
            System.err.println("usage: ExtractionSpeed DEV-DIR WORDS WARM-UP-SECONDS MEASURE-SECONDS LIMIT REPORT-FILE");
            System.exit(2);
        }
        Report r = new Report();
        int exit = 0;
        try {
            run(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), r);
        } catch (RuntimeException e) {
            r.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            e.printStackTrace();
            exit = 1;
        }
        r.write(Path.of(args[5]));
        System.exit(exit);
    }

    static void run(Path devDir, int words, int warmUpSeconds, int measureSeconds, int limit, Report r) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        Extractor extractor = Extractor.load();
        r.put("jvmUptimeBeforeLoadMillis", jvmUptime);
        r.put("loadMillis", (System.nanoTime() - t0) / 1_000_000);
        r.put("loadCpuMillis", (threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
        r.put("availableProcessors", Runtime.getRuntime().availableProcessors());

        List<Evaluation.Pair> pairs = Evaluation.pairs(devDir);
        List<String> texts = new ArrayList<>();
        List<ArticleMeta> metas = new ArrayList<>();
        for (Evaluation.Pair p : pairs) {
            texts.add(Input.of(p.text()).text());
            FactsDocument doc = FactsReader.read(Input.of(p.gold()));
            metas.add(new ArticleMeta(header(doc, "article").orElse("article"), header(doc, "title").orElse("untitled"),
                    header(doc, "published")));
        }
        List<Article> articles = articles(texts, metas, words);
        if (limit > 0 && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        r.put("devTexts", texts.size());
        r.put("articles", articles.size());
        r.put("wordsPerArticle", articles.stream().mapToInt(Article::words).sum() / (double) articles.size());

        long f0 = System.nanoTime();
        int firstFacts = extractor.extract(articles.get(0).text(), articles.get(0).meta()).facts().size();
        r.put("firstArticleMillis", (System.nanoTime() - f0) / 1_000_000);
        r.put("firstArticleFacts", firstFacts);

        long w0 = System.nanoTime();
        int warmUpPasses = 0;
        while (System.nanoTime() - w0 < warmUpSeconds * 1_000_000_000L) {
            pass(extractor, articles);
            warmUpPasses++;
        }
        r.put("warmUpPasses", warmUpPasses);
        r.put("warmUpMillis", (System.nanoTime() - w0) / 1_000_000);

        long m0 = System.nanoTime();
        long mc0 = threads.getCurrentThreadCpuTime();
        int passes = 0;
        long facts = 0;
        do {
            facts += pass(extractor, articles);
            passes++;
        } while (System.nanoTime() - m0 < measureSeconds * 1_000_000_000L);
        long wall = System.nanoTime() - m0;
        long cpu = threads.getCurrentThreadCpuTime() - mc0;
        long n = (long) passes * articles.size();
        long w = (long) passes * articles.stream().mapToInt(Article::words).sum();
        r.put("passes", passes);
        r.put("measuredArticles", n);
        r.put("measuredWords", w);
        r.put("draftedFacts", facts);
        r.put("wallMillis", wall / 1_000_000);
        r.put("threadCpuMillis", cpu / 1_000_000);
        r.put("articlesPerSecond", n * 1e9 / wall);
        r.put("articlesPerCpuSecond", cpu > 0 ? n * 1e9 / cpu : 0);
        r.put("wordsPerSecond", w * 1e9 / wall);
    }

    private static int pass(Extractor extractor, List<Article> articles) {
        int facts = 0;
        for (Article a : articles) {
            facts += extractor.extract(a.text(), a.meta()).facts().size();
        }
        return facts;
    }

    /**
     * As many articles as there are texts: article {@code i} is text {@code i}, then {@code i+1},
     * ... (wrapping around), joined by a blank line, until it has at least {@code words} words
     * (runs of non-white-space); at most every text once. Article {@code i} takes text {@code i}'s
     * metadata.
     */
    static List<Article> articles(List<String> texts, List<ArticleMeta> metas, int words) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            StringBuilder b = new StringBuilder();
            int w = 0;
            for (int k = 0; k < texts.size() && w < words; k++) {
                String t = texts.get((i + k) % texts.size()).strip();
                if (b.length() > 0) {
                    b.append("\n\n");
                }
                b.append(t);
                w += words(t);
            }
            out.add(new Article(b.append('\n').toString(), w, metas.get(i)));
        }
        return out;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static Optional<String> header(FactsDocument doc, String key) {
        return doc.headerField(key).map(FactsDocument.Field::value);
    }
}
