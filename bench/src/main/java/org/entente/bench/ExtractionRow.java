package org.entente.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The extraction speed row (issue 11) on the harness's side: where the development texts are, how
 * the child is pinned to one CPU, and the row's JSON and Markdown from what {@link ExtractionSpeed}
 * reported.
 */
final class ExtractionRow {
    private ExtractionRow() {}

    /** Words per synthetic article (issue 11: "articles of about 800 words"). */
    static final int WORDS = 800;

    /** Target of issue 11: articles per second on one core after warm-up. */
    static final double TARGET_PER_SECOND = 20;

    /** Where the development set is in the repository. */
    static final String DEV_SET = "loader/src/test/resources/extraction/dev";

    /**
     * The development set of the repository this code runs from: kg-bench.jar and the test classes
     * both sit two folders below the repository's root ({@code bench/target/}), or null.
     */
    static Path defaultDevSet() {
        try {
            Path here = Path.of(ExtractionRow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = here.getParent() == null || here.getParent().getParent() == null ? null : here.getParent().getParent().getParent();
            Path dev = root == null ? null : root.resolve(DEV_SET);
            return dev != null && Files.isDirectory(dev) ? dev : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The launcher that pins a child to one CPU, the last one: {@code taskset -c N} if taskset is
     * on the PATH, else nothing (the JVM is then only told it has one CPU).
     */
    static List<String> pinning(String path, int cores) {
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "taskset"))) {
                return List.of("taskset", "-c", Integer.toString(Math.max(0, cores - 1)));
            }
        }
        return List.of();
    }

    /** The row's JSON from the child's report. */
    static Map<String, Object> json(Map<String, String> report, List<String> launcher, List<String> jvmOptions, Path devSet, long wallMillis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("devSet", devSet == null ? null : DEV_SET);
        m.put("pinnedWith", launcher.isEmpty() ? null : String.join(" ", launcher));
        m.put("jvmOptions", jvmOptions);
        m.put("wordsPerArticleAtLeast", WORDS);
        for (String k : List.of("jvmUptimeBeforeLoadMillis", "loadMillis", "loadCpuMillis", "availableProcessors", "devTexts", "articles",
                "wordsPerArticle", "firstArticleMillis", "firstArticleFacts", "warmUpPasses", "warmUpMillis", "passes",
                "measuredArticles", "measuredWords", "draftedFacts", "wallMillis", "threadCpuMillis", "articlesPerSecond",
                "articlesPerCpuSecond", "wordsPerSecond", "error")) {
            String v = report.get(k);
            if (v != null) {
                m.put(k, v.matches("-?\\d+") ? (Object) Long.parseLong(v) : v.matches("-?\\d+\\.\\d*(E-?\\d+)?") ? (Object) Double.parseDouble(v) : v);
            }
        }
        m.put("childWallMillis", wallMillis);
        return m;
    }

    /** The row as Markdown. */
    static String markdown(Map<String, Object> j) {
        StringBuilder b = new StringBuilder("## Extraction speed (kg extract's Extractor)\n\n");
        if (j == null) {
            return b.append("Not run.\n\n").toString();
        }
        if (j.get("articlesPerSecond") == null) {
            return b.append("Failed: ").append(j.getOrDefault("error", "no figures")).append(".\n\n").toString();
        }
        b.append(String.format(Locale.ROOT, "%s synthetic articles of %.0f words on average (at least %d: the %s development texts",
                j.get("articles"), num(j.get("wordsPerArticle")), WORDS, j.get("devTexts")))
                .append(" concatenated in order, wrapping around), drafted on one thread in a child JVM ")
                .append(j.get("pinnedWith") == null ? "told it has one CPU (`-XX:ActiveProcessorCount=1`; no taskset here)"
                        : "pinned to one CPU (`" + j.get("pinnedWith") + "`, `-XX:ActiveProcessorCount=1`: JIT and GC share that CPU)")
                .append(".\n\n");
        b.append("| measure | value |\n| --- | ---: |\n");
        row(b, "load the extractor in a fresh JVM (reference tables, gazetteer, 4 OpenNLP models), s", sec(j.get("loadMillis")));
        row(b, "JVM start to that point, s", sec(j.get("jvmUptimeBeforeLoadMillis")));
        row(b, "first article (cold), ms", String.format(Locale.ROOT, "%.0f", num(j.get("firstArticleMillis"))));
        row(b, "warm-up: passes over the articles, s", j.get("warmUpPasses") + ", " + sec(j.get("warmUpMillis")));
        row(b, "measured: passes, articles, s", j.get("passes") + ", " + j.get("measuredArticles") + ", " + sec(j.get("wallMillis")));
        row(b, "**articles per second** (wall)", String.format(Locale.ROOT, "**%.1f**", num(j.get("articlesPerSecond"))));
        row(b, "articles per CPU second of the extracting thread", String.format(Locale.ROOT, "%.1f", num(j.get("articlesPerCpuSecond"))));
        row(b, "words per second (wall)", String.format(Locale.ROOT, "%,.0f", num(j.get("wordsPerSecond"))));
        b.append('\n');
        double rate = num(j.get("articlesPerSecond"));
        b.append(String.format(Locale.ROOT, "Target (issue 11): at least %.0f articles of about %d words per second on one core after warm-up: %s (%.1f).",
                TARGET_PER_SECOND, WORDS, rate >= TARGET_PER_SECOND ? "met" : "missed", rate));
        b.append(" Load average before and after: ").append(j.get("loadAverageBefore")).append(" and ").append(j.get("loadAverageAfter"))
                .append(" (the pinned CPU is shared with whatever else runs).\n\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String what, String value) {
        b.append("| ").append(what).append(" | ").append(value).append(" |\n");
    }

    private static double num(Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String sec(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue() / 1000.0) : "";
    }

    static List<String> jvmOptions() {
        List<String> o = new ArrayList<>();
        o.add("-XX:ActiveProcessorCount=1");
        return o;
    }
}
