package org.entente.bench;

import java.nio.file.Path;
import java.time.Clock;

import org.entente.loader.LoadReport;
import org.entente.loader.Loader;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.ArticleFiles;
import org.entente.loader.source.ArticleFolder;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;

/**
 * Adds the articles of a folder to a store one at a time through the public loader API, exactly as
 * {@code kg load --article --facts} does: one {@link Loader#loadArticle} (one transaction, the
 * inferred graph recomputed over the whole store, the whole store validated) per article.
 *
 * <p>Usage: {@code PerArticleLoad STORE-DIR ARTICLES-DIR REPORT-FILE [LIMIT]}.
 */
public final class PerArticleLoad {
    private PerArticleLoad() {}

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: PerArticleLoad STORE-DIR ARTICLES-DIR REPORT-FILE [LIMIT]");
            System.exit(2);
        }
        ArticleFolder folder = ArticleFolder.open(Path.of(args[1]));
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        Report r = new Report();
        int exit = 0;
        long t0 = System.nanoTime();
        int n = Math.min(limit, folder.size());
        long sum = 0;
        long inferSum = 0;
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            Loader loader = new Loader(store, new GraphNames(IriScheme.defaultScheme()), Clock.systemDefaultZone(), true,
                    Loader.Progress.none());
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                ArticleFiles a = folder.get(i);
                LoadReport lr = loader.loadArticle(a.facts(), a.text());
                long ms = (System.nanoTime() - t) / 1_000_000;
                long infer = lr.graphs().stream().filter(g -> g.graph().endsWith("/graph/inferred")).mapToLong(LoadReport.GraphLoad::millis).sum();
                r.put("article." + (i + 1) + ".millis", ms);
                r.put("article." + (i + 1) + ".inferMillis", infer);
                sum += ms;
                inferSum += infer;
                r.put("articles", i + 1);
            }
            r.put("storeQuads", store.read(d -> {
                long c = 0;
                var it = d.listGraphNodes();
                while (it.hasNext()) {
                    c += d.getGraph(it.next()).size();
                }
                return c;
            }));
        } catch (RuntimeException e) {
            r.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            e.printStackTrace();
            exit = 1;
        }
        r.put("sumMillis", sum);
        r.put("inferSumMillis", inferSum);
        r.put("totalMillis", (System.nanoTime() - t0) / 1_000_000);
        r.write(Path.of(args[2]));
        System.exit(exit);
    }
}
