package org.entente.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Sends the query mix to a SPARQL endpoint over HTTP (SPARQL 1.1 protocol, POST form, JSON
 * results) from a number of closed-loop clients, and measures each request from send to the last
 * byte of the answer. The clients run in this JVM, on the same machine as the server: on a small
 * machine they compete with it for the cores, which the report says.
 */
final class QueryLoad {

    /** Latencies of one run: all requests, and per named query. */
    record Run(int clients, int requests, int errors, long wallMillis, double[] latenciesMillis,
            Map<String, double[]> perQuery, String firstError) {

        double median() {
            return percentile(latenciesMillis, 50);
        }

        double p95() {
            return percentile(latenciesMillis, 95);
        }

        double throughput() {
            return wallMillis == 0 ? 0 : requests * 1000.0 / wallMillis;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final Duration timeout;

    QueryLoad(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    private HttpRequest request(String sparql) {
        return HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
    }

    /** Sends one query; the status and body. */
    HttpResponse<byte[]> send(String sparql) throws IOException, InterruptedException {
        return http.send(request(sparql), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Runs each query once and counts its rows, to check that two servers give the same answers. */
    Map<String, Long> rowCounts(List<QueryMix.Request> mix) throws IOException, InterruptedException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (QueryMix.Request r : mix) {
            HttpResponse<byte[]> resp = send(r.sparql());
            if (resp.statusCode() != 200) {
                out.put(r.name(), -1L);
                continue;
            }
            ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(resp.body()), ResultSetLang.RS_JSON);
            out.put(r.name(), (long) ResultSetFactory.copyResults(rs).size());
        }
        return out;
    }

    /** {@code total} requests, cycling through the mix, shared among {@code clients} closed-loop clients. */
    Run run(List<QueryMix.Request> mix, int clients, int total) throws InterruptedException {
        double[] lat = new double[total];
        String[] names = new String[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        String[] firstError = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    QueryMix.Request r = mix.get(i % mix.size());
                    names[i] = r.name();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = send(r.sparql());
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = r.name() + ": HTTP " + resp.statusCode();
                                }
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = r.name() + ": " + e;
                            }
                        }
                    }
                    lat[i] = (System.nanoTime() - s) / 1e6;
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        pool.shutdown();
        Map<String, List<Double>> by = new LinkedHashMap<>();
        for (int i = 0; i < total; i++) {
            by.computeIfAbsent(names[i], k -> new ArrayList<>()).add(lat[i]);
        }
        Map<String, double[]> perQuery = new LinkedHashMap<>();
        by.forEach((k, v) -> perQuery.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return new Run(clients, total, errors.get(), wall, lat, perQuery, firstError[0]);
    }

    /** Waits for the first answer to a query; the milliseconds from {@code startNanos}, or -1 on timeout. */
    long firstAnswer(String sparql, long startNanos, Duration limit, Process server) throws InterruptedException {
        long deadline = startNanos + limit.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<byte[]> resp = send(sparql);
                if (resp.statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return -1;
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        // Nearest rank.
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
