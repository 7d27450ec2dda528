package org.entente.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.loader.BundledData;
import org.entente.bench.synth.CorpusGenerator;
import org.entente.server.cli.Kg;

/**
 * Runs one benchmark: generates the corpus, loads it with {@code kg}'s steps and with Jena's
 * {@code tdb2.tdbloader} (each in its own child JVM, one after another, never in parallel), checks
 * that the stores hold the same quads, queries the store over HTTP, adds articles one at a time,
 * and writes a Markdown table and a JSON file.
 */
final class Harness {

    /** Options of one run. */
    record Options(Scale scale, long seed, Path output, Path work, String classpath, boolean keep, boolean profile,
            boolean queries, List<String> onlyQueries, Duration childTimeout, boolean kgServeFirst, Path extractionTexts,
            boolean growthEndpoint) {}

    private final Options o;
    private final PrintWriter log;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();
    private final List<Map<String, Object>> loadRows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Child child;
    /** Quads of a store holding only the bundled data, when the run has one. */
    private long baselineQuads = -1;
    /** The growth rows, if they ran. */
    private GrowthRows growth;
    /** The extraction speed row, if it ran. */
    private Map<String, Object> extraction;

    Harness(Options options, PrintWriter log) {
        this.o = options;
        this.log = log;
    }

    /** Runs everything; returns the Markdown file written. Problems are recorded, not thrown, where the run can go on. */
    Path run() throws IOException, InterruptedException {
        Scale s = o.scale();
        Files.createDirectories(o.output());
        Path work = o.work();
        if (Files.exists(work)) {
            deleteTree(work);
        }
        Files.createDirectories(work);
        List<String> jvm = List.of("-Xmx" + s.heap(), "-XX:+UseParallelGC");
        child = new Child(o.classpath(), jvm, work);
        // What ./kg adds for kg load and kg unload; the children that stand for those commands get it too.
        List<String> batch = BatchJvm.options();
        String started = LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);

        json.put("benchmark", "kg load vs tdb2.tdbloader; SPARQL over HTTP");
        json.put("started", started);
        json.put("machine", Machine.describe());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("scale", s.name());
        settings.put("articles", s.articles());
        settings.put("seed", o.seed());
        settings.put("childJvmOptions", jvm);
        settings.put("kgLoadJvmOptions", batch);
        settings.put("jenaLoaders", s.jenaLoaders());
        json.put("settings", settings);

        // 1. The corpus.
        step("generating " + s.articles() + " articles (seed " + o.seed() + ")");
        Path corpus = work.resolve("corpus");
        long g0 = System.nanoTime();
        CorpusGenerator generator = new CorpusGenerator(BundledData.reference());
        CorpusGenerator.Summary summary = generator.generate(s.articles(), o.seed(), 1, corpus);
        Map<String, Object> corpusJson = new LinkedHashMap<>();
        corpusJson.put("articles", summary.articles());
        corpusJson.put("facts", summary.facts());
        corpusJson.put("textBytes", summary.textBytes());
        corpusJson.put("factsBytes", summary.factsBytes());
        corpusJson.put("generateMillis", (System.nanoTime() - g0) / 1_000_000);
        json.put("corpus", corpusJson);
        Path continuation = work.resolve("corpus-more");
        if (!s.perArticleWholeCorpus() && s.perArticle() > 0) {
            generator.generate(s.perArticle(), o.seed(), s.articles() + 1, continuation);
        }

        // 2. kg: the bundled data alone (the real 'kg load'), then bundled data + corpus (kg load --articles: one transaction, or the bulk path into an empty store).
        Path bundledStore = work.resolve("kg-bundled");
        Child.Result kgLoad = null;
        if (s.bundledBaseline()) {
            kgLoad = timed("kg load (bundled data only)", batch, Kg.class.getName(),
                    List.of("--store", bundledStore.toString(), "load", "-q"), null);
            if (kgLoad.ok()) {
                baselineQuads = CountQuads.count(bundledStore)[0];
            }
        }
        Path kgStore = work.resolve("kg-store");
        Path kgReport = work.resolve("kg-folder.report");
        List<String> profileOpts = o.profile()
                ? List.of("-XX:FlightRecorderOptions=stackdepth=512",
                        "-XX:StartFlightRecording=filename=" + work.resolve("kg-folder-load.jfr") + ",settings=profile")
                : List.of();
        List<String> folderJvm = new ArrayList<>(batch);
        folderJvm.addAll(profileOpts);
        Child.Result kgFolder = timed("kg load --articles: bundled data + corpus", folderJvm, FolderLoad.class.getName(),
                List.of(kgStore.toString(), corpus.toString(), kgReport.toString()), kgReport);
        long kgQuads = Long.parseLong(kgFolder.report().getOrDefault("storeQuads", "0"));

        // 3. The same quads as N-Quads, for Jena's loaders.
        Path nq = work.resolve("corpus.nq");
        Child.Result export = null;
        if (kgFolder.ok()) {
            export = timed("kg export --format nq", List.of(), Kg.class.getName(),
                    List.of("--store", kgStore.toString(), "export", "--format", "nq", "--output", nq.toString()), null);
        }
        json.put("nquadsBytes", Files.exists(nq) ? Files.size(nq) : 0);

        // 4. Jena's loaders, each into a fresh directory.
        List<Child.Result> jena = new ArrayList<>();
        Map<String, Long> jenaQuads = new LinkedHashMap<>();
        if (export != null && export.ok()) {
            for (String loader : s.jenaLoaders()) {
                Path loc = work.resolve("tdb-" + loader);
                Child.Result r = timed("tdb2.tdbloader --loader=" + loader, List.of(), "tdb2.tdbloader",
                        List.of("--loc=" + loc, "--loader=" + loader, nq.toString()), null);
                jena.add(r);
                long q = r.ok() ? CountQuads.count(loc)[0] : -1;
                jenaQuads.put(loader, q);
                if (q != kgQuads) {
                    problems.add("tdb2.tdbloader --loader=" + loader + " stored " + q + " quads, kg " + kgQuads);
                }
                if (!o.keep()) {
                    deleteTree(loc);
                }
            }
        } else {
            // Without kg's store there are no quads to give Jena's loaders: an empty export would give empty rows.
            problems.add("the kg load or its export failed; kg export and Jena's loaders were not run");
        }

        // 5. Queries over HTTP: a plain Fuseki and kg serve.
        Map<String, Object> queryJson = new LinkedHashMap<>();
        if (o.queries() && kgFolder.ok()) {
            List<QueryMix.Request> mix = QueryMix.all(o.onlyQueries());
            List<ServerTarget> targets = new ArrayList<>();
            targets.add(ServerTarget.plainFuseki(kgStore, ServerTarget.freePort()));
            targets.add(ServerTarget.kgServe(kgStore, ServerTarget.freePort()));
            // The servers run one after the other over the same store (TDB2 allows one process at a
            // time), in rounds A B B A ...: each round takes its share of the requests, so that drift in
            // the machine's load and the order of the servers weigh on both alike. --kg-serve-first
            // starts with kg serve.
            List<ServerTarget> first = new ArrayList<>(targets);
            if (o.kgServeFirst()) {
                java.util.Collections.reverse(first);
            }
            int rounds = o.scale().rounds();
            List<String> order = new ArrayList<>();
            Map<ServerTarget, List<Measured>> measured = new LinkedHashMap<>();
            targets.forEach(t -> measured.put(t, new ArrayList<>()));
            for (int r = 0; r < rounds; r++) {
                List<ServerTarget> round = new ArrayList<>(first);
                if (r % 2 == 1) {
                    java.util.Collections.reverse(round);
                }
                for (ServerTarget t : round) {
                    order.add(t.name());
                    Measured m = measure(t, mix, rounds);
                    if (m != null) {
                        measured.get(t).add(m);
                    }
                }
            }
            queryJson.put("order", order);
            List<Object> perTarget = new ArrayList<>();
            for (ServerTarget t : targets) {
                perTarget.add(summarise(t, measured.get(t)));
            }
            queryJson.put("targets", perTarget);
            if (perTarget.size() == 2) {
                Object r0 = ((Map<?, ?>) perTarget.get(0)).get("rows");
                Object r1 = ((Map<?, ?>) perTarget.get(1)).get("rows");
                if (r0 != null && r1 != null && !r0.equals(r1)) {
                    problems.add("the two servers gave different row counts: " + r0 + " against " + r1);
                }
            }
        }
        json.put("queries", queryJson);

        // 6. Growth (issue 12): one article added, replaced and removed, at the bundled-only store and at the corpus's,
        // locally and over the endpoint. Before step 7, which adds articles to the stores for good.
        if (s.growth() > 0 && kgFolder.ok()) {
            int n = s.growth() + s.growthWarmUp();
            step("generating " + 2 * n + " further articles for the growth rows");
            Path source = work.resolve("corpus-growth");
            generator.generate(2 * n, o.seed(), s.articles() + s.perArticle() + 1, source);
            GrowthPlan plan = GrowthPlan.write(org.entente.loader.source.ArticleFolder.open(source), n, work.resolve("growth"));
            List<Map.Entry<String, Path>> stores = new ArrayList<>();
            List<Long> quads = new ArrayList<>();
            if (kgLoad != null && kgLoad.ok()) {
                stores.add(Map.entry("bundled only", bundledStore));
                quads.add(baselineQuads);
            }
            stores.add(Map.entry("bundled + " + s.articles() + " articles", kgStore));
            quads.add(kgQuads);
            growth = new GrowthBench(child, (name, jvmOptions, main, args, rep) -> timed(name, jvmOptions, main, args, rep), batch, this::step,
                    problems, work)
                    .run(stores, quads, plan, s.growthWarmUp(), o.growthEndpoint());
            json.put("growth", growth.json());
        }

        // 6b. Extraction speed (issue 11): the extractor on one CPU, in a child of its own.
        if (s.extractSeconds() >= 0) {
            Path dev = o.extractionTexts() != null ? o.extractionTexts() : ExtractionRow.defaultDevSet();
            if (dev == null || !Files.isDirectory(dev)) {
                problems.add("the extraction speed row was not run: no development texts (" + ExtractionRow.DEV_SET
                        + " of the repository); give --extraction-texts DIR");
            } else {
                List<String> pin = ExtractionRow.pinning(System.getenv("PATH"), Runtime.getRuntime().availableProcessors());
                Path rep = work.resolve("extraction.report");
                Child.Result r = timed(child.under(pin), "extraction speed, one CPU", ExtractionRow.jvmOptions(),
                        ExtractionSpeed.class.getName(), List.of(dev.toString(), Integer.toString(ExtractionRow.WORDS),
                                Integer.toString(s.extractWarmUpSeconds()), Integer.toString(s.extractSeconds()),
                                Integer.toString(s.extractArticles()), rep.toString()), rep);
                extraction = ExtractionRow.json(r.report(), pin, ExtractionRow.jvmOptions(), dev, r.wallMillis());
                extraction.put("loadAverageBefore", r.loadBefore());
                extraction.put("loadAverageAfter", r.loadAfter());
                json.put("extraction", extraction);
            }
        }

        // 7. Articles one at a time through Loader.loadArticle.
        Child.Result perArticle = null;
        if (s.perArticle() > 0 && kgFolder.ok()) {
            Path store = s.perArticleWholeCorpus() ? bundledStore : kgStore;
            Path folder = s.perArticleWholeCorpus() ? corpus : continuation;
            Path rep = work.resolve("per-article.report");
            perArticle = timed("kg load --article, one at a time (" + s.perArticle() + ")", batch,
                    PerArticleLoad.class.getName(), List.of(store.toString(), folder.toString(), rep.toString(),
                            Integer.toString(s.perArticle())), rep);
        }

        // 8. The profile.
        Map<String, Object> profileJson = null;
        Path jfr = work.resolve("kg-folder-load.jfr");
        if (o.profile() && Files.exists(jfr)) {
            step("summarising the flight recording");
            profileJson = JfrSummary.summarise(jfr);
            json.put("profile", profileJson);
        }

        // Report.
        writeLoadSection(s, kgLoad, kgFolder, export, jena, jenaQuads, kgQuads);
        json.put("loads", loadRows);
        json.put("kgPhases", phases(kgFolder));
        if (baselineQuads > 0) {
            json.put("bundledOnlyQuads", baselineQuads);
            Object fa = ((Map<?, ?>) json.get("kgPhases")).get("folderArticles");
            Object sq = ((Map<?, ?>) json.get("kgPhases")).get("storeQuads");
            if (fa instanceof Long a && a > 0 && sq instanceof Long q) {
                json.put("quadsPerArticle", (q - baselineQuads) / (double) a);
            }
        }
        if (perArticle != null) {
            json.put("perArticle", perArticleJson(perArticle));
        }
        json.put("problems", problems);
        String stamp = started.replace(":", "").replace("-", "").replace("T", "-").substring(0, 15);
        String base = "bench-" + s.name() + "-" + stamp;
        Path mdFile = o.output().resolve(base + ".md");
        Path jsonFile = o.output().resolve(base + ".json");
        Files.writeString(mdFile, markdown(s, started, kgFolder, perArticle, queryJson, profileJson), StandardCharsets.UTF_8);
        Files.writeString(jsonFile, Json.write(json), StandardCharsets.UTF_8);
        Files.copy(mdFile, o.output().resolve("bench-" + s.name() + ".md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(jsonFile, o.output().resolve("bench-" + s.name() + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (!o.keep()) {
            for (String d : List.of("kg-store", "kg-bundled", "corpus", "corpus-more", "corpus-growth", "growth", "corpus.nq")) {
                deleteTree(work.resolve(d));
            }
        }
        step("wrote " + mdFile + " and " + jsonFile);
        return mdFile;
    }

    private void step(String message) {
        log.println("bench: " + message);
        log.flush();
    }

    private Child.Result timed(String name, List<String> extraJvm, String main, List<String> args, Path report)
            throws IOException, InterruptedException {
        return timed(child, name, extraJvm, main, args, report);
    }

    private Child.Result timed(Child c, String name, List<String> extraJvm, String main, List<String> args, Path report)
            throws IOException, InterruptedException {
        step(name + " ...");
        Child.Result r = c.run(name, extraJvm, main, args, report, o.childTimeout());
        step(String.format(Locale.ROOT, "  %s: exit %d, %.1f s, peak RSS %d MB", name, r.exit(), r.wallMillis() / 1000.0,
                r.peakRssKb() / 1024));
        if (!r.ok()) {
            problems.add(name + " exited with " + r.exit() + (r.report().containsKey("error") ? ": " + r.report().get("error") : "")
                    + " (log: " + r.log().getFileName() + ")");
        }
        return r;
    }

    /** What one start of a server measured: raw latencies, so that rounds can be merged. */
    private record Measured(long startupMillis, Map<String, Long> rows, QueryLoad.Run latency, double latencyLoad,
            List<QueryLoad.Run> levels, List<Double> levelLoads, Long peakRssMb) {}

    /**
     * One start of a server: first answer, row counts, warm-up, then its share of the latency run
     * and of each client level. Null if it never answered.
     */
    private Measured measure(ServerTarget t, List<QueryMix.Request> mix, int rounds) throws IOException, InterruptedException {
        step("starting " + t.name());
        long t0 = System.nanoTime();
        Process p = child.start(t.name(), List.of(), t.mainClass(), t.args(), t.probe());
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        try {
            QueryLoad load = new QueryLoad(t.endpoint(), Duration.ofMinutes(5));
            long first = load.firstAnswer(mix.get(0).sparql(), t0, Duration.ofMinutes(3), p);
            if (first < 0) {
                problems.add(t.name() + " gave no answer within 3 minutes");
                return null;
            }
            Map<String, Long> rows = load.rowCounts(mix);
            // Warm-up, not measured: two more rounds of the mix from one client (JIT, caches).
            load.run(mix, 1, 2 * mix.size());
            QueryLoad.Run lat = null;
            double latLoad = 0;
            int perQuery = (o.scale().latencyPerQuery() + rounds - 1) / rounds;
            if (perQuery > 0) {
                step("  latency: 1 client, " + perQuery + " requests per query");
                lat = load.run(mix, 1, perQuery * mix.size());
                latLoad = Machine.loadAverage();
            }
            List<QueryLoad.Run> levels = new ArrayList<>();
            List<Double> loads = new ArrayList<>();
            int requests = (o.scale().requests() + rounds - 1) / rounds;
            for (int c : o.scale().clients()) {
                step("  " + c + " client(s), " + requests + " requests");
                levels.add(load.run(mix, c, Math.max(requests, c)));
                loads.add(Machine.loadAverage());
            }
            Long hwm = Probe.procStatus(status).get("VmHWM");
            return new Measured(first, rows, lat, latLoad, levels, loads, hwm == null ? null : hwm / 1024);
        } finally {
            p.destroy();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
            }
        }
    }

    /** The rounds of one server merged: latencies pooled, requests and wall times summed. */
    private Map<String, Object> summarise(ServerTarget t, List<Measured> rounds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", t.name());
        out.put("rounds", rounds.size());
        if (rounds.isEmpty()) {
            return out;
        }
        out.put("startupToFirstAnswerMillis", rounds.get(0).startupMillis());
        out.put("startupToFirstAnswerMillisPerRound", rounds.stream().map(Measured::startupMillis).toList());
        out.put("rows", rounds.get(0).rows());
        for (Measured m : rounds) {
            if (!m.rows().equals(rounds.get(0).rows())) {
                problems.add(t.name() + " gave different row counts in two rounds");
            }
        }
        if (rounds.get(0).latency() != null) {
            QueryLoad.Run lat = merge(rounds.stream().map(Measured::latency).toList());
            Map<String, Object> lj = new LinkedHashMap<>();
            lj.put("requests", lat.requests());
            lj.put("errors", lat.errors());
            lj.put("loadAverage", rounds.stream().mapToDouble(Measured::latencyLoad).max().orElse(0));
            lj.put("loadAveragePerRound", rounds.stream().map(Measured::latencyLoad).toList());
            lj.put("perQuery", perQueryJson(lat));
            out.put("latency", lj);
            if (lat.errors() > 0) {
                problems.add(t.name() + ", latency run: " + lat.errors() + " errors, first: " + lat.firstError());
            }
        }
        List<Object> runs = new ArrayList<>();
        for (int i = 0; i < rounds.get(0).levels().size(); i++) {
            final int level = i;
            QueryLoad.Run run = merge(rounds.stream().map(m -> m.levels().get(level)).toList());
            Map<String, Object> rj = new LinkedHashMap<>();
            rj.put("clients", run.clients());
            rj.put("requests", run.requests());
            rj.put("errors", run.errors());
            rj.put("wallMillis", run.wallMillis());
            rj.put("medianMillis", run.median());
            rj.put("p95Millis", run.p95());
            rj.put("throughputPerSecond", run.throughput());
            rj.put("throughputPerRound", rounds.stream().map(m -> m.levels().get(level).throughput()).toList());
            rj.put("loadAverage", rounds.stream().mapToDouble(m -> m.levelLoads().get(level)).max().orElse(0));
            rj.put("loadAveragePerRound", rounds.stream().map(m -> m.levelLoads().get(level)).toList());
            if (run.firstError() != null) {
                rj.put("firstError", run.firstError());
                problems.add(t.name() + ", " + run.clients() + " clients: " + run.errors() + " errors, first: " + run.firstError());
            }
            rj.put("perQuery", perQueryJson(run));
            runs.add(rj);
        }
        out.put("runs", runs);
        out.put("peakRssMb", rounds.stream().map(Measured::peakRssMb).filter(java.util.Objects::nonNull)
                .max(Long::compare).orElse(null));
        return out;
    }

    private static Map<String, Object> perQueryJson(QueryLoad.Run run) {
        Map<String, Object> pq = new LinkedHashMap<>();
        run.perQuery().forEach((k, v) -> {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("n", v.length);
            q.put("medianMillis", QueryLoad.percentile(v, 50));
            q.put("p95Millis", QueryLoad.percentile(v, 95));
            pq.put(k, q);
        });
        return pq;
    }

    /** Several runs at the same client level as one: latencies pooled, requests, errors and wall times summed. */
    static QueryLoad.Run merge(List<QueryLoad.Run> runs) {
        if (runs.size() == 1) {
            return runs.get(0);
        }
        int requests = 0;
        int errors = 0;
        long wall = 0;
        String firstError = null;
        List<double[]> all = new ArrayList<>();
        Map<String, List<double[]>> per = new LinkedHashMap<>();
        for (QueryLoad.Run r : runs) {
            requests += r.requests();
            errors += r.errors();
            wall += r.wallMillis();
            firstError = firstError != null ? firstError : r.firstError();
            all.add(r.latenciesMillis());
            r.perQuery().forEach((k, v) -> per.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, double[]> perQuery = new LinkedHashMap<>();
        per.forEach((k, v) -> perQuery.put(k, concat(v)));
        return new QueryLoad.Run(runs.get(0).clients(), requests, errors, wall, concat(all), perQuery, firstError);
    }

    private static double[] concat(List<double[]> arrays) {
        double[] out = new double[arrays.stream().mapToInt(a -> a.length).sum()];
        int i = 0;
        for (double[] a : arrays) {
            System.arraycopy(a, 0, out, i, a.length);
            i += a.length;
        }
        return out;
    }

    private void writeLoadSection(Scale s, Child.Result kgLoad, Child.Result kgFolder, Child.Result export,
            List<Child.Result> jena, Map<String, Long> jenaQuads, long kgQuads) {
        if (kgLoad != null) {
            loadRows.add(row(kgLoad, baselineQuads, null, "the real kg load: ontology, reference data, bundled article; mapping, inference, SHACL"));
        }
        loadRows.add(row(kgFolder, kgQuads, null, "same steps as kg load --articles (the bulk path into an empty store); mapping, inference, SHACL"));
        if (export != null) {
            loadRows.add(row(export, kgQuads, null, "writes the store as N-Quads"));
        }
        for (Child.Result r : jena) {
            String loader = r.name().substring(r.name().indexOf('=') + 1);
            loadRows.add(row(r, jenaQuads.getOrDefault(loader, -1L), kgFolder, "parse + index only; no inference, no validation"));
        }
    }

    private Map<String, Object> row(Child.Result r, long quads, Child.Result against, String what) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", r.name());
        m.put("exit", r.exit());
        m.put("quads", quads);
        m.put("wallMillis", r.wallMillis());
        m.put("quadsPerSecond", quads > 0 && r.wallMillis() > 0 ? quads * 1000.0 / r.wallMillis() : null);
        m.put("peakRssMb", r.peakRssKb() / 1024);
        m.put("peakHeapMb", r.peakHeapMb());
        m.put("gcMillis", r.gcMillis());
        m.put("cpuMillis", r.cpuMillis());
        m.put("loadAverageBefore", r.loadBefore());
        m.put("loadAverageAfter", r.loadAfter());
        if (against != null && r.wallMillis() > 0) {
            m.put("kgWallOverThis", (double) against.wallMillis() / r.wallMillis());
            m.put("kgRssOverThis", r.peakRssKb() == 0 ? null : (double) against.peakRssKb() / r.peakRssKb());
        }
        m.put("what", what);
        return m;
    }

    private static Map<String, Object> phases(Child.Result kg) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : List.of("mapMillis", "writeMillis", "inferMillis", "inferWriteMillis", "validateMillis", "commitMillis",
                "countMillis", "totalMillis", "openMillis", "folderArticles", "articleGraphs", "articleQuads", "inferredQuads",
                "referenceQuads", "storeQuads", "error", "firstViolation")) {
            String v = kg.report().get(k);
            if (v != null) {
                m.put(k, v.matches("-?\\d+") ? (Object) Long.parseLong(v) : v);
            }
        }
        m.put("wallMillisWithJvm", kg.wallMillis());
        return m;
    }

    private static Map<String, Object> perArticleJson(Child.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> each = new ArrayList<>();
        for (int i = 1; r.report().containsKey("article." + i + ".millis"); i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("article", i);
            a.put("millis", Long.parseLong(r.report().get("article." + i + ".millis")));
            a.put("inferMillis", Long.parseLong(r.report().get("article." + i + ".inferMillis")));
            each.add(a);
        }
        m.put("articles", each);
        m.put("storeQuadsAfter", r.report().get("storeQuads"));
        m.put("wallMillis", r.wallMillis());
        m.put("peakRssMb", r.peakRssKb() / 1024);
        if (r.report().containsKey("error")) {
            m.put("error", r.report().get("error"));
        }
        return m;
    }

    // ---- Markdown ---------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private String markdown(Scale s, String started, Child.Result kgFolder, Child.Result perArticle, Map<String, Object> queries,
            Map<String, Object> profile) {
        StringBuilder b = md;
        Map<String, Object> machine = (Map<String, Object>) json.get("machine");
        b.append("# kg bench — scale ").append(s.name()).append("\n\n");
        b.append("Started ").append(started).append(". Machine: ").append(machine.get("cores")).append(" cores (")
                .append(machine.get("cpu")).append("), ").append(machine.get("memoryMb")).append(" MB, ")
                .append(machine.get("osRelease")).append(" (").append(machine.get("os")).append("), ").append(machine.get("java"))
                .append(", Jena ").append(machine.get("jena")).append(". Load average at start: ")
                .append(machine.get("loadAverageAtStart")).append(" (the machine may be shared).\n\n");
        Map<String, Object> corpus = (Map<String, Object>) json.get("corpus");
        b.append("Corpus: ").append(corpus.get("articles")).append(" synthetic articles (seed ").append(o.seed()).append(", ")
                .append(corpus.get("facts")).append(" facts). Every child JVM: `").append(String.join(" ",
                        (List<String>) ((Map<String, Object>) json.get("settings")).get("childJvmOptions"))).append("`");
        List<String> batchJvm = (List<String>) ((Map<String, Object>) json.get("settings")).get("kgLoadJvmOptions");
        b.append(batchJvm.isEmpty() ? "; the kg load and kg unload children: no more (server/src/main/jvm/batch.args was not found)"
                : "; the kg load and kg unload children also `" + String.join(" ", batchJvm) + "`, as ./kg gives them (server/src/main/jvm/batch.args)")
                .append(".\n\n");

        b.append("## Loading\n\n");
        b.append("| step | quads | wall s | quads/s | CPU s | peak RSS MB | peak heap MB | GC s | kg time ÷ this | kg RSS ÷ this | exit |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map<String, Object> r : loadRows) {
            b.append("| ").append(r.get("step")).append(" | ").append(num(r.get("quads"))).append(" | ")
                    .append(sec(r.get("wallMillis"))).append(" | ").append(num(r.get("quadsPerSecond"))).append(" | ")
                    .append(sec(r.get("cpuMillis"))).append(" | ").append(r.get("peakRssMb")).append(" | ").append(r.get("peakHeapMb")).append(" | ").append(sec(r.get("gcMillis")))
                    .append(" | ").append(ratio(r.get("kgWallOverThis"))).append(" | ").append(ratio(r.get("kgRssOverThis")))
                    .append(" | ").append(r.get("exit")).append(" |\n");
        }
        b.append("\nWall time is from launching the child JVM to its exit (JVM start included); peak RSS is VmHWM of the child")
                .append(" (it counts TDB2's memory-mapped index pages that are resident). \"kg time ÷ this\" is the wall time")
                .append(" of the kg load of the same quads divided by this row's. CPU s is the child's own CPU time (all threads, GC and JIT")
                .append(" included), which depends less than wall time on other users of a shared machine; load averages before and")
                .append(" after each step are in the JSON file.\n\n");

        Map<String, Object> ph = (Map<String, Object>) json.get("kgPhases");
        b.append("### Where the kg load's time goes (wall clock inside the child)\n\n");
        b.append("| phase | s | share |\n| --- | ---: | ---: |\n");
        long total = ph.get("totalMillis") instanceof Long l ? l : 0;
        for (String[] p : new String[][] {{"read + map (all sources)", "mapMillis"}, {"TDB2 writes of the asserted graphs", "writeMillis"},
                {"inference (Materializer: copy, derivations, rules)", "inferMillis"}, {"TDB2 write of the inferred graph", "inferWriteMillis"},
                {"SHACL validation (in-memory closure of the store)", "validateMillis"}, {"commit", "commitMillis"}}) {
            Object v = ph.get(p[1]);
            b.append("| ").append(p[0]).append(" | ").append(sec(v)).append(" | ")
                    .append(v instanceof Long l && total > 0 ? String.format(Locale.ROOT, "%.0f %%", 100.0 * l / total) : "").append(" |\n");
        }
        b.append("| total in the child (JVM start excluded) | ").append(sec(ph.get("totalMillis"))).append(" | |\n\n");
        b.append("Store after the load: ").append(num(ph.get("storeQuads"))).append(" quads = ").append(num(ph.get("referenceQuads")))
                .append(" of the ontology and reference data + ").append(num(ph.get("articleQuads"))).append(" in ")
                .append(ph.get("articleGraphs")).append(" article graphs + ").append(num(ph.get("inferredQuads")))
                .append(" inferred.");
        if (baselineQuads > 0 && ph.get("folderArticles") instanceof Long fa && fa > 0 && ph.get("storeQuads") instanceof Long sq) {
            b.append(String.format(Locale.ROOT, " The store with the bundled data only has %,d quads, so each synthetic article adds"
                    + " %.0f quads on average, its inferences included.", baselineQuads, (sq - baselineQuads) / (double) fa));
        }
        b.append("\n\n");

        if (perArticle != null) {
            Map<String, Object> pa = (Map<String, Object>) json.get("perArticle");
            List<Map<String, Object>> each = (List<Map<String, Object>>) pa.get("articles");
            b.append("### One article at a time (`Loader.loadArticle`, as `kg load --article` does)\n\n");
            b.append(s.perArticleWholeCorpus() ? "The corpus, article by article, into a store holding the bundled data.\n\n"
                    : "Further articles of the same corpus into the store loaded above.\n\n");
            b.append("| article | ms | of which inference ms |\n| ---: | ---: | ---: |\n");
            for (Map<String, Object> a : each) {
                b.append("| ").append(a.get("article")).append(" | ").append(a.get("millis")).append(" | ").append(a.get("inferMillis"))
                        .append(" |\n");
            }
            b.append("\nEach call is one transaction of `Loader.loadArticle`; the growth rows below measure adding, replacing and")
                    .append(" removing one article against the store's size.\n\n");
        }

        if (growth != null) {
            b.append(growth.markdown());
        }
        if (s.extractSeconds() >= 0) {
            b.append(ExtractionRow.markdown(extraction));
        }

        b.append("## Queries over HTTP\n\n");
        if (queries.isEmpty()) {
            b.append("Not run.\n\n");
        }
        for (Object to : (List<Object>) queries.getOrDefault("targets", List.of())) {
            Map<String, Object> t = (Map<String, Object>) to;
            b.append("**").append(t.get("target")).append("**: startup to first answer ")
                    .append(sec(t.get("startupToFirstAnswerMillis"))).append(" s; peak RSS ").append(t.get("peakRssMb"))
                    .append(" MB. Rows per query (one run each): ").append(t.get("rows")).append(".\n\n");
            b.append("| clients | requests | errors | median ms | p95 ms | requests/s |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Object ro : (List<Object>) t.getOrDefault("runs", List.of())) {
                Map<String, Object> r = (Map<String, Object>) ro;
                b.append("| ").append(r.get("clients")).append(" | ").append(r.get("requests")).append(" | ").append(r.get("errors"))
                        .append(" | ").append(ms(r.get("medianMillis"))).append(" | ").append(ms(r.get("p95Millis"))).append(" | ")
                        .append(ms(r.get("throughputPerSecond"))).append(" |\n");
            }
            List<Object> runs = (List<Object>) t.getOrDefault("runs", List.of());
            if (!runs.isEmpty()) {
                Map<String, Object> one = (Map<String, Object>) runs.get(0);
                b.append("\nPer query, ").append(one.get("clients")).append(" client:\n\n| query | n | median ms | p95 ms |\n| --- | ---: | ---: | ---: |\n");
                ((Map<String, Object>) one.get("perQuery")).forEach((k, v) -> {
                    Map<String, Object> q = (Map<String, Object>) v;
                    b.append("| ").append(k).append(" | ").append(q.get("n")).append(" | ").append(ms(q.get("medianMillis")))
                            .append(" | ").append(ms(q.get("p95Millis"))).append(" |\n");
                });
            }
            b.append("\nEach level follows one run of every query (row counts) and two unmeasured warm-up rounds of the mix;")
                    .append(" the clients run on the same machine as the server and share its cores.\n\n");
        }

        List<Object> targetList = (List<Object>) queries.getOrDefault("targets", List.of());
        if (targetList.size() == 2) {
            b.append(comparison((Map<String, Object>) targetList.get(0), (Map<String, Object>) targetList.get(1)));
            b.append("The servers were started in this order, each start taking its share of the requests, which are pooled")
                    .append(" per server above: ").append(queries.get("order")).append(".\n\n");
        }

        if (profile != null) {
            b.append("## Profile of the kg load (JFR execution samples)\n\n");
            b.append(JfrSummary.markdown(profile));
        }

        b.append("## Problems\n\n");
        if (problems.isEmpty()) {
            b.append("None.\n");
        } else {
            problems.forEach(p -> b.append("- ").append(p).append('\n'));
        }
        return b.toString();
    }

    /** Two query targets side by side: per-query latency, throughput per client level, startup. */
    @SuppressWarnings("unchecked")
    static String comparison(Map<String, Object> base, Map<String, Object> other) {
        StringBuilder b = new StringBuilder();
        b.append("## ").append(other.get("target")).append(" against ").append(base.get("target")).append("\n\n");
        Map<String, Object> lb = (Map<String, Object>) base.get("latency");
        Map<String, Object> lo = (Map<String, Object>) other.get("latency");
        if (lb != null && lo != null) {
            b.append("Latency, 1 client, ").append(lb.get("requests")).append(" and ").append(lo.get("requests"))
                    .append(" requests (load average ").append(ms(lb.get("loadAverage"))).append(" and ")
                    .append(ms(lo.get("loadAverage"))).append(" after each run). Ratio = kg serve ÷ plain Fuseki.\n\n");
            b.append("| query | rows | n | Fuseki median ms | kg median ms | ratio | Fuseki p95 ms | kg p95 ms | ratio |\n")
                    .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            Map<String, Object> qb = (Map<String, Object>) lb.get("perQuery");
            Map<String, Object> qo = (Map<String, Object>) lo.get("perQuery");
            Map<String, Object> rows = (Map<String, Object>) other.getOrDefault("rows", Map.of());
            qb.forEach((k, v) -> {
                Map<String, Object> x = (Map<String, Object>) v;
                Map<String, Object> y = (Map<String, Object>) qo.get(k);
                if (y == null) {
                    return;
                }
                b.append("| ").append(k).append(" | ").append(rows.getOrDefault(k, "")).append(" | ").append(x.get("n"))
                        .append(" | ").append(ms(x.get("medianMillis"))).append(" | ").append(ms(y.get("medianMillis")))
                        .append(" | ").append(ratio(div(y.get("medianMillis"), x.get("medianMillis"))))
                        .append(" | ").append(ms(x.get("p95Millis"))).append(" | ").append(ms(y.get("p95Millis")))
                        .append(" | ").append(ratio(div(y.get("p95Millis"), x.get("p95Millis")))).append(" |\n");
            });
            b.append('\n');
        }
        List<Object> rb = (List<Object>) base.getOrDefault("runs", List.of());
        List<Object> ro = (List<Object>) other.getOrDefault("runs", List.of());
        if (!rb.isEmpty() && rb.size() == ro.size()) {
            b.append("Concurrency (closed-loop clients, the same mix):\n\n")
                    .append("| clients | Fuseki req/s | errors | kg req/s | errors | kg ÷ Fuseki | Fuseki ÷ its 1 client | kg ÷ its 1 client |\n")
                    .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            Object b1 = ((Map<String, Object>) rb.get(0)).get("throughputPerSecond");
            Object o1 = ((Map<String, Object>) ro.get(0)).get("throughputPerSecond");
            for (int i = 0; i < rb.size(); i++) {
                Map<String, Object> x = (Map<String, Object>) rb.get(i);
                Map<String, Object> y = (Map<String, Object>) ro.get(i);
                b.append("| ").append(x.get("clients")).append(" | ").append(ms(x.get("throughputPerSecond"))).append(" | ")
                        .append(x.get("errors")).append(" | ").append(ms(y.get("throughputPerSecond"))).append(" | ")
                        .append(y.get("errors")).append(" | ")
                        .append(ratio(div(y.get("throughputPerSecond"), x.get("throughputPerSecond")))).append(" | ")
                        .append(ratio(div(x.get("throughputPerSecond"), b1))).append(" | ")
                        .append(ratio(div(y.get("throughputPerSecond"), o1))).append(" |\n");
            }
            b.append('\n');
        }
        b.append("| target | startup to first answer s | peak RSS MB |\n| --- | ---: | ---: |\n");
        for (Map<String, Object> t : List.of(base, other)) {
            b.append("| ").append(t.get("target")).append(" | ").append(sec(t.get("startupToFirstAnswerMillis"))).append(" | ")
                    .append(t.get("peakRssMb")).append(" |\n");
        }
        b.append('\n');
        return b.toString();
    }

    private static Double div(Object a, Object b) {
        return a instanceof Number x && b instanceof Number y && y.doubleValue() > 0 ? x.doubleValue() / y.doubleValue() : null;
    }

    private static String num(Object v) {
        if (v instanceof Number n) {
            return String.format(Locale.ROOT, "%,d", Math.round(n.doubleValue()));
        }
        return v == null ? "" : v.toString();
    }

    private static String sec(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%.1f", n.doubleValue() / 1000.0) : v == null ? "" : v.toString();
    }

    private static String ms(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%.1f", n.doubleValue()) : v == null ? "" : v.toString();
    }

    private static String ratio(Object v) {
        return v instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : "";
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
