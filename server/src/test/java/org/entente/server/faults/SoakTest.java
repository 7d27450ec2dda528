package org.entente.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.loader.cli.KgCli;
import org.entente.server.cli.Kg;
import org.entente.loader.faults.StoreDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The soak test (profile {@code soak}; not part of the default build): {@code kg serve} as a child
 * process, 8 concurrent clients mixing named queries, entity pages and SPARQL queries for 60 s
 * ({@code -Dentente.soak.seconds}), and half way through a loader job ({@code kg load --endpoint}
 * with the writer's credentials) replacing an article graph with a new version of it. Every
 * answer must be 200 and right; a SPARQL reader checks, in one query, two triples of the article
 * that change together and the article graph's size: each read sees the graph wholly before or
 * wholly after the replacement. Prints the throughput and latency percentiles, and writes them
 * to {@code target/server-faults/soak-report.md}.
 */
@EnabledIfSystemProperty(named = "entente.soak", matches = "true")
class SoakTest {
    static final int CLIENTS = 8;
    static final String USER = "loader";
    static final String PASSWORD = "soak-password";
    static final String ARTICLE = "test-baltic-brigade";
    static final String GRAPH = "https://w3id.org/entente/graph/article/" + ARTICLE;
    static final String FACT = "https://w3id.org/entente/id/article/" + ARTICLE + "/fact/germany-brigade-to-lithuania";
    static final String LABEL_V1 = "Germany moves a brigade to Lithuania";
    static final String PURPOSE_V1 = "to be stationed permanently";
    static final String V2 = ", second version";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static final ObjectMapper JSON = new ObjectMapper();

    record Result(String kind, long nanos, String error) {}

    @Test
    void eightClientsForAMinuteWithAnArticleReplacedHalfWay() throws Exception {
        int seconds = Integer.getInteger("entente.soak.seconds", 60);
        Path work = FaultStores.WORK.resolve("soak-inputs");
        StoreDirs.delete(work);
        Files.createDirectories(work);
        Path v1 = work.resolve("v1");
        Path v2 = work.resolve("v2");
        article(v1, false);
        article(v2, true);
        Path password = Files.writeString(work.resolve("password"), PASSWORD + "\n");

        try (ServerProcess server = ServerProcess.start(FaultStores.copy("soak"), FaultStores.WORK.resolve("soak-server.log"),
                List.of("-Xmx1g"), List.of("--user", USER, "--password-file", password.toString()), Map.of())) {
            String endpoint = server.url() + "kg";
            assertEquals(0, load(endpoint, v1, password), "loading the first version");
            Versions versions = new Versions(server.url());
            versions.n1 = versions.read().n();
            assertEquals(LABEL_V1, versions.read().label());

            List<Result> results = new CopyOnWriteArrayList<>();
            Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
            long t0 = System.nanoTime();
            long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(20261125L + c);
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        results.add(versions.oneRequest(random, seen));
                    }
                }));
            }
            Future<Integer> loader = pool.submit(() -> {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2);
                long l0 = System.nanoTime();
                int exit = load(endpoint, v2, password);
                System.out.printf("soak: the loader job replaced %s in %.1f s (exit %d)%n", GRAPH, (System.nanoTime() - l0) / 1e9, exit);
                return exit;
            });
            for (Future<?> f : clients) {
                f.get();
            }
            int loaderExit = loader.get();
            pool.shutdown();
            double elapsed = (System.nanoTime() - t0) / 1e9;
            Versions.Read last = versions.read();

            List<Result> errors = results.stream().filter(r -> r.error() != null).toList();
            String report = report(results, elapsed, seen, errors);
            System.out.println(report);
            Files.writeString(FaultStores.WORK.resolve("soak-report.md"), report);

            assertEquals(0, loaderExit, "the loader job");
            assertTrue(last.label().endsWith(V2), "the second version is in the store at the end: " + last);
            assertTrue(errors.isEmpty(), errors.size() + " errors, the first: " + (errors.isEmpty() ? "" : errors.get(0).error()));
            assertTrue(seen.getOrDefault("before", new AtomicInteger()).get() > 0, "reads saw the first version");
            assertTrue(seen.getOrDefault("after", new AtomicInteger()).get() > 0, "reads saw the second version");
            assertEquals(Set.of(last.n()), versions.afterSizes.keySet(), "the second version's size, in every read of it");
            assertTrue(server.process().isAlive());
        }
    }

    /** Writes the article's text and facts; the second version changes a label and a purpose together. */
    private static void article(Path dir, boolean second) throws IOException {
        Files.createDirectories(dir);
        for (String name : List.of(ARTICLE + ".txt", ARTICLE + ".facts")) {
            String s;
            try (var in = SoakTest.class.getClassLoader().getResourceAsStream("articles/" + name)) {
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (second && name.endsWith(".facts")) {
                String changed = s.replace("label: " + LABEL_V1 + "\n", "label: " + LABEL_V1 + V2 + "\n")
                        .replace("purpose: " + PURPOSE_V1 + "\n", "purpose: " + PURPOSE_V1 + V2 + "\n");
                assertEquals(s.length() + 2 * V2.length(), changed.length(), "both lines changed");
                s = changed;
            }
            Files.writeString(dir.resolve(name), s);
        }
    }

    private static int load(String endpoint, Path dir, Path password) {
        KgCli.Run r = Kg.capture("load", "--endpoint", endpoint, "--facts", dir.resolve(ARTICLE + ".facts").toString(),
                "--article", dir.resolve(ARTICLE + ".txt").toString(), "--user", USER, "--password-file", password.toString());
        if (r.exit() != 0) {
            System.out.println(r.out() + r.err());
        }
        return r.exit();
    }

    /** The requests of the mix, and the consistency check of the article. */
    static final class Versions {
        final String base;
        volatile long n1 = -1;
        final Map<Long, AtomicInteger> afterSizes = new ConcurrentHashMap<>();

        Versions(String base) {
            this.base = base;
        }

        record Read(String label, String purpose, long n) {}

        /** The fact's label and purpose and the graph's size, in one query (one read transaction). */
        Read read() {
            String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    + "SELECT ?label ?purpose ?n WHERE {\n"
                    + "  { SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + "> { ?s ?p ?o } } }\n"
                    + "  GRAPH <" + GRAPH + "> { <" + FACT + "> rdfs:label ?l ; ?pp ?pv . FILTER(STRSTARTS(STR(?pv), \"" + PURPOSE_V1 + "\")) }\n"
                    + "  BIND(STR(?l) AS ?label) BIND(STR(?pv) AS ?purpose)\n"
                    + "}";
            HttpResponse<String> r = get("kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("consistency query: " + r.statusCode() + " " + r.body());
            }
            JsonNode rows;
            try {
                rows = JSON.readTree(r.body()).path("results").path("bindings");
            } catch (IOException e) {
                throw new IllegalStateException("consistency query: " + e.getMessage() + ": " + r.body());
            }
            if (rows.size() != 1) {
                throw new IllegalStateException("inconsistent read: " + rows.size() + " rows: " + r.body());
            }
            JsonNode row = rows.get(0);
            return new Read(row.path("label").path("value").asText(), row.path("purpose").path("value").asText(),
                    Long.parseLong(row.path("n").path("value").asText()));
        }

        Result oneRequest(Random random, Map<String, AtomicInteger> seen) {
            int pick = random.nextInt(10);
            String kind;
            long t0 = System.nanoTime();
            try {
                if (pick < 4) {
                    kind = "named query";
                    String[] paths = {"api/queries/nato-members-bordering-russia?format=json",
                            "api/queries/state-memberships?state=POL&format=csv",
                            "api/queries/alliance-members-on-date?alliance=NATO&asOf=2022-01-25&format=csv",
                            "api/queries/article-deployments?format=csv"};
                    String path = paths[random.nextInt(paths.length)];
                    HttpResponse<String> r = get(path, "*/*");
                    check(r, path, path.contains("article-deployments") ? "Germany" : path.contains("alliance") ? "Poland" : "");
                } else if (pick < 7) {
                    kind = "entity page";
                    String[] ids = {"id/state/POL", "id/state/RUS", "id/organisation/NATO", "id/state/LTU"};
                    String path = ids[random.nextInt(ids.length)];
                    boolean html = random.nextBoolean();
                    HttpResponse<String> r = get(path, html ? "text/html" : "text/turtle");
                    check(r, path, html ? "<html" : "PREFIX ent:");
                } else {
                    kind = "SPARQL";
                    Read read = read();
                    boolean v1 = read.label().equals(LABEL_V1) && read.purpose().equals(PURPOSE_V1);
                    boolean v2 = read.label().equals(LABEL_V1 + V2) && read.purpose().equals(PURPOSE_V1 + V2);
                    if (!(v1 && read.n() == n1) && !v2) {
                        throw new IllegalStateException("inconsistent read: " + read + " (the first version has " + n1 + " triples)");
                    }
                    seen.computeIfAbsent(v1 ? "before" : "after", k -> new AtomicInteger()).incrementAndGet();
                    if (!v1) {
                        afterSizes.computeIfAbsent(read.n(), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            } catch (RuntimeException e) {
                return new Result("error", System.nanoTime() - t0, e.getMessage());
            }
            return new Result(kind, System.nanoTime() - t0, null);
        }

        private static void check(HttpResponse<String> r, String path, String expect) {
            if (r.statusCode() != 200 || !r.body().contains(expect)) {
                throw new IllegalStateException(path + ": " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }

        HttpResponse<String> get(String path, String accept) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(60)).build();
            try {
                return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(path + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String report(List<Result> results, double elapsed, Map<String, AtomicInteger> seen, List<Result> errors) {
        StringBuilder sb = new StringBuilder("# Soak: " + CLIENTS + " clients, " + Math.round(elapsed) + " s, an article replaced half way\n\n");
        sb.append(String.format("%d requests, %.1f per second, %d errors; SPARQL reads of the article: %s before, %s after, 0 inconsistent%n%n",
                results.size(), results.size() / elapsed, errors.size(), seen.get("before"), seen.get("after")));
        sb.append("| kind | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        List<String> kinds = new ArrayList<>(List.of("named query", "entity page", "SPARQL", "all"));
        for (String kind : kinds) {
            List<Long> ns = new ArrayList<>();
            for (Result r : results) {
                if (r.error() == null && (kind.equals("all") || r.kind().equals(kind))) {
                    ns.add(r.nanos());
                }
            }
            Collections.sort(ns);
            if (ns.isEmpty()) {
                continue;
            }
            sb.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", kind, ns.size(), pct(ns, 50), pct(ns, 95), pct(ns, 99),
                    ns.get(ns.size() - 1) / 1e6));
        }
        errors.stream().limit(5).forEach(e -> sb.append("\nerror: ").append(e.error()));
        return sb.toString();
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
