package org.entente.bench;

import java.util.List;

/**
 * The sizes the benchmark runs at. The number of articles for each target size comes from measured
 * triples per article (see docs/benchmark.md): the reference data gives about 23,000 quads, and each
 * synthetic article adds about {@link #QUADS_PER_ARTICLE}, its inferences included.
 *
 * @param articles synthetic articles in the corpus
 * @param heap the -Xmx of every child JVM, the same for every side
 * @param perArticle articles then added one at a time through {@code Loader.loadArticle}; for
 *        {@code small} the whole corpus into a store holding only the bundled data, otherwise a
 *        continuation of the corpus into the bulk-loaded store
 * @param requests requests per client level (at least 200 but for the smoke test)
 * @param latencyPerQuery requests per query in the one-client latency run (200; 3 for the smoke test)
 * @param rounds server starts per target, alternating A B B A, among which the requests are shared
 * @param growth articles of the growth rows (each added, replaced and removed; 0 to skip them)
 * @param growthWarmUp articles done first in each in-process growth child, not reported
 * @param extractWarmUpSeconds warm-up of the extraction speed row
 * @param extractSeconds measured time of the extraction speed row (at least one pass; negative to skip the row)
 * @param extractArticles at most this many articles in the extraction speed row (0: one per development text)
 */
record Scale(String name, int articles, String heap, int perArticle, boolean perArticleWholeCorpus,
        List<String> jenaLoaders, int requests, List<Integer> clients, boolean bundledBaseline, int latencyPerQuery, int rounds,
        int growth, int growthWarmUp, int extractWarmUpSeconds, int extractSeconds, int extractArticles) {

    /**
     * Quads one synthetic article adds to the store, its inferences included: measured with seed 1
     * over 200 articles (150,864 quads in all, 23,801 of them the bundled data). Used only to size
     * the scales: 1m = (1,000,000 - 23,801) / 635 = 1,537 articles, 10m = 15,711.
     */
    static final int QUADS_PER_ARTICLE = 635;

    static final List<String> ALL_LOADERS = List.of("phased", "sequential", "parallel", "light", "basic");

    static Scale named(String name) {
        return switch (name) {
            // A tiny run for the build's smoke test: checks the plumbing, not the figures.
            case "smoke" -> new Scale("smoke", 1, "1g", 0, false, List.of("phased"), 6, List.of(1, 2), false, 3, 2, 1, 0, 0, 0, 2);
            case "small" -> new Scale("small", 20, "2g", 20, true, ALL_LOADERS, 200, List.of(1, 2, 4, 8), true, 200, 2, 5, 4, 10, 20, 0);
            case "1m" -> new Scale("1m", 1_540, "8g", 1, false, ALL_LOADERS, 200, List.of(1, 2, 4, 8), true, 200, 2, 5, 4, 20, 30, 0);
            case "10m" -> new Scale("10m", 15_700, "16g", 1, false, List.of("phased", "sequential", "parallel", "light"), 200,
                    List.of(1, 2, 4, 8), true, 200, 2, 5, 4, 20, 30, 0);
            default -> throw new IllegalArgumentException("unknown scale '" + name + "'; expected small, 1m or 10m");
        };
    }

    Scale withArticles(int n) {
        return new Scale(name, n, heap, perArticle, perArticleWholeCorpus, jenaLoaders, requests, clients, bundledBaseline, latencyPerQuery, rounds, growth, growthWarmUp, extractWarmUpSeconds, extractSeconds, extractArticles);
    }

    Scale withHeap(String h) {
        return new Scale(name, articles, h, perArticle, perArticleWholeCorpus, jenaLoaders, requests, clients, bundledBaseline, latencyPerQuery, rounds, growth, growthWarmUp, extractWarmUpSeconds, extractSeconds, extractArticles);
    }

    Scale withRequests(int r) {
        return new Scale(name, articles, heap, perArticle, perArticleWholeCorpus, jenaLoaders, r, clients, bundledBaseline, latencyPerQuery, rounds, growth, growthWarmUp, extractWarmUpSeconds, extractSeconds, extractArticles);
    }

    Scale withRounds(int n) {
        return new Scale(name, articles, heap, perArticle, perArticleWholeCorpus, jenaLoaders, requests, clients, bundledBaseline,
                latencyPerQuery, n, growth, growthWarmUp, extractWarmUpSeconds, extractSeconds, extractArticles);
    }

    Scale withLatencyPerQuery(int n) {
        return new Scale(name, articles, heap, perArticle, perArticleWholeCorpus, jenaLoaders, requests, clients, bundledBaseline, n, rounds, growth, growthWarmUp, extractWarmUpSeconds, extractSeconds, extractArticles);
    }

    Scale withPerArticle(int n) {
        return new Scale(name, articles, heap, n, perArticleWholeCorpus, jenaLoaders, requests, clients, bundledBaseline, latencyPerQuery, rounds, growth, growthWarmUp, extractWarmUpSeconds, extractSeconds, extractArticles);
    }

    Scale withGrowth(int n) {
        return new Scale(name, articles, heap, perArticle, perArticleWholeCorpus, jenaLoaders, requests, clients, bundledBaseline, latencyPerQuery, rounds,
                n, growthWarmUp, extractWarmUpSeconds, extractSeconds, extractArticles);
    }

    Scale withGrowthWarmUp(int n) {
        return new Scale(name, articles, heap, perArticle, perArticleWholeCorpus, jenaLoaders, requests, clients, bundledBaseline, latencyPerQuery, rounds,
                growth, n, extractWarmUpSeconds, extractSeconds, extractArticles);
    }

    Scale withExtractSeconds(int n) {
        return new Scale(name, articles, heap, perArticle, perArticleWholeCorpus, jenaLoaders, requests, clients, bundledBaseline, latencyPerQuery, rounds,
                growth, growthWarmUp, extractWarmUpSeconds, n, extractArticles);
    }

    Scale withLoaders(List<String> l) {
        return new Scale(name, articles, heap, perArticle, perArticleWholeCorpus, l, requests, clients, bundledBaseline, latencyPerQuery, rounds, growth, growthWarmUp, extractWarmUpSeconds, extractSeconds, extractArticles);
    }
}
