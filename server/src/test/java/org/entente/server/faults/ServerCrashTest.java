package org.entente.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.entente.server.cli.Kg;
import org.entente.loader.faults.StoreDirs;
import org.entente.loader.faults.StoreSnapshot;
import org.entente.loader.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kg serve} killed with SIGKILL during an authenticated write, then the store reopened:
 * every graph is exactly as before the write or exactly as after it (and the graphs one request
 * writes are all before or all after), the store opens without repair, and {@code kg validate}
 * passes. Two writes, each replacing a graph of {@value #TRIPLES} triples by another: a Graph
 * Store PUT, and a SPARQL update that drops one graph and fills it and a second one.
 *
 * <p>A complete write is timed once per kind (that run also checks the after state); the kill
 * moments are drawn from a seeded {@link Random} uniformly over 1.6 times that duration, from the
 * first byte sent. Trials per kind: {@code -Dentente.faults.trials=N} (2 by default, 20 in the
 * {@code faults} profile); seed {@code -Dentente.faults.seed} (default 20261125). A report of
 * every trial is written to {@code target/server-faults/server-crash-report.md}.
 */
class ServerCrashTest {
    static final String USER = "loader";
    static final String PASSWORD = "crash-test-password";
    static final int TRIPLES = 10_000;
    static final String G1 = "https://example.org/crash/one";
    static final String G2 = "https://example.org/crash/two";
    static final long SEED = Long.getLong("entente.faults.seed", 20261125L);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static Path start;
    static StoreSnapshot before;
    static Path passwordFile;
    static final StringBuilder report = new StringBuilder();

    /** A graph of n triples about subject prefix s, with values marked v. */
    static Graph graph(String s, int n, String v) {
        Graph g = GraphMemFactory.createDefaultGraph();
        Node p = NodeFactory.createURI("https://example.org/crash/value");
        for (int i = 0; i < n; i++) {
            g.add(Triple.create(NodeFactory.createURI(s + i), p, NodeFactory.createLiteralString(v + " " + i)));
        }
        return g;
    }

    static String ntriples(Graph g) {
        StringBuilder sb = new StringBuilder();
        g.find().forEachRemaining(t -> sb.append('<').append(t.getSubject().getURI()).append("> <").append(t.getPredicate().getURI())
                .append("> \"").append(t.getObject().getLiteralLexicalForm()).append("\" .\n"));
        return sb.toString();
    }

    @BeforeAll
    static void prepare() throws IOException {
        start = FaultStores.copy("crash-start");
        try (KgStore store = KgStore.open(start)) {
            store.write(dsg -> {
                graph("https://example.org/crash/a/", TRIPLES, "before one").find()
                        .forEachRemaining(t -> dsg.add(NodeFactory.createURI(G1), t.getSubject(), t.getPredicate(), t.getObject()));
                graph("https://example.org/crash/b/", 100, "before two").find()
                        .forEachRemaining(t -> dsg.add(NodeFactory.createURI(G2), t.getSubject(), t.getPredicate(), t.getObject()));
                return null;
            });
        }
        before = StoreSnapshot.of(start);
        assertEquals(0, kg("validate", "--store", start.toString()), "the store before is valid");
        passwordFile = FaultStores.WORK.resolve("crash-password");
        Files.writeString(passwordFile, PASSWORD + "\n");
    }

    static int trials() {
        String n = System.getProperty("entente.faults.trials", "");
        return n.isBlank() ? 2 : Integer.parseInt(n.strip());
    }

    /** A write: the request, and the graphs it replaces, with what they hold after it. */
    record Write(String name, HttpRequest.Builder request, Map<String, Graph> after) {}

    static Write gspPut(String base) {
        Graph g = graph("https://example.org/crash/c/", TRIPLES, "after one");
        return new Write("Graph Store PUT", HttpRequest.newBuilder(URI.create(base + "kg/data?graph="
                + URLEncoder.encode(G1, StandardCharsets.UTF_8))).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(ntriples(g))), Map.of(G1, g));
    }

    static Write sparqlUpdate(String base) {
        Graph one = graph("https://example.org/crash/d/", TRIPLES, "after one");
        Graph two = graph("https://example.org/crash/e/", 200, "after two");
        String update = "DROP GRAPH <" + G1 + "> ;\nINSERT DATA { GRAPH <" + G1 + "> {\n" + ntriples(one) + "} } ;\n"
                + "DROP GRAPH <" + G2 + "> ;\nINSERT DATA { GRAPH <" + G2 + "> {\n" + ntriples(two) + "} }\n";
        return new Write("SPARQL update", HttpRequest.newBuilder(URI.create(base + "kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)),
                Map.of(G1, one, G2, two));
    }

    @Test
    void aServerKilledDuringAWriteLeavesEveryGraphBeforeOrAfter() throws Exception {
        int trials = trials();
        report.append("# Server killed during an authenticated write\n\nSeed ").append(SEED).append(", ").append(trials)
                .append(" kills per write, ").append(TRIPLES).append(" triples replaced.\n\n")
                .append("| write | kill | at ms (of a complete write) | the server had | response before the kill | store after |\n|---|---|---|---|---|---|\n");
        Random random = new Random(SEED);
        int survived = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (String kind : List.of("gsp", "update")) {
            long complete = completeWrite(kind);
            for (int t = 1; t <= trials; t++) {
                long killAt = (long) (random.nextDouble() * complete * 1.6);
                String outcome = killedWrite(kind, t, killAt, complete);
                outcomes.merge(kind + " " + outcome, 1, Integer::sum);
                survived++;
            }
        }
        report.append("\n").append(survived).append(" kills, every store reopened before or after: ").append(outcomes).append('\n');
        Path out = FaultStores.WORK.resolve("server-crash-report.md");
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    /**
     * {@code kg load --endpoint --article --facts} as a client process, through a proxy that lets
     * a drawn share of its SPARQL Update's body through and holds the rest: the client is killed
     * with SIGKILL while its update is in flight (or the connection is dropped on both sides while
     * it waits), and the server's store is, graph by graph, exactly as before. A complete load
     * through the same proxy changes the store (the check can fail).
     */
    @Test
    void aRemoteLoadKilledMidRequestChangesNothing() throws Exception {
        int trials = trials();
        Path facts = Path.of(ServerCrashTest.class.getClassLoader().getResource("articles/test-baltic-brigade.facts").toURI());
        Path text = Path.of(ServerCrashTest.class.getClassLoader().getResource("articles/test-baltic-brigade.txt").toURI());
        StringBuilder table = new StringBuilder("\n# A remote article load killed mid-request\n\n| trial | what | update body sent | client exit | store after |\n|---|---|---|---|---|\n");
        Random random = new Random(SEED + 7);
        for (int t = 0; t <= 2 * trials; t++) {
            String what = t == 0 ? "complete" : t % 2 == 1 ? "client killed" : "connection dropped";
            double fraction = t == 0 ? -1 : random.nextDouble() * 0.98;
            Path dir = fresh("remote-" + t);
            try (ServerProcess server = ServerProcess.start(dir, FaultStores.WORK.resolve("crash-remote-" + t + ".log"), List.of("-Xmx512m"),
                    List.of("--user", USER, "--password-file", passwordFile.toString()), Map.of());
                    StallingProxy proxy = new StallingProxy(server.port(), fraction)) {
                Process client = ServerProcess.client(List.of("load", "--endpoint", "http://127.0.0.1:" + proxy.port() + "/kg",
                        "--article", text.toString(), "--facts", facts.toString(), "--user", USER,
                        "--password-file", passwordFile.toString()), FaultStores.WORK.resolve("crash-remote-client-" + t + ".log"));
                String sent = "whole";
                if (fraction >= 0) {
                    assertTrue(proxy.awaitStalled(180), "the client never sent its update");
                    sent = proxy.stalledAt();
                    if (what.equals("client killed")) {
                        client.destroyForcibly();
                    } else {
                        proxy.drop();
                    }
                }
                assertTrue(client.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "the client did not end");
                int exit = client.exitValue();
                String log = Files.readString(FaultStores.WORK.resolve("crash-remote-client-" + t + ".log"));
                // The server has seen the connection end; a query answered after that comes after the aborted update.
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query="
                        + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                server.stop();
                List<String> diff = StoreSnapshot.of(dir).differencesFrom(before);
                String outcome = diff.isEmpty() ? "as before" : "changed: " + diff.size() + " graphs differ";
                table.append("| ").append(t).append(" | ").append(what).append(" | ").append(sent).append(" | ").append(exit)
                        .append(" | ").append(outcome).append(" |\n");
                if (fraction < 0) {
                    assertEquals(0, exit, log);
                    assertTrue(!diff.isEmpty(), "a complete remote load changes the store");
                } else {
                    assertTrue(diff.isEmpty(), what + " with " + sent + " of the update sent changed the store: " + diff);
                    assertTrue(exit != 0, "the client reported success: " + log);
                    if (what.equals("connection dropped")) {
                        assertEquals(1, log.strip().lines().filter(l -> l.startsWith("kg: ")).count(), log);
                    }
                }
                assertEquals(0, kg("validate", "--store", dir.toString()), "kg validate after trial " + t);
            }
            StoreDirs.delete(dir);
        }
        System.out.println(table);
        Files.writeString(FaultStores.WORK.resolve("server-remote-crash-report.md"), table.toString());
    }

    private Write write(String kind, String base) {
        return kind.equals("gsp") ? gspPut(base) : sparqlUpdate(base);
    }

    /** One complete write, timed; the store after it must be the after state. */
    private long completeWrite(String kind) throws IOException {
        Path dir = fresh(kind + "-complete");
        Write w;
        long millis;
        try (ServerProcess server = ServerProcess.start(dir, FaultStores.WORK.resolve("crash-" + kind + "-complete.log"),
                List.of("-Xmx512m"), List.of("--user", USER, "--password-file", passwordFile.toString()), Map.of())) {
            w = write(kind, server.url());
            HttpRequest request = w.request().header("Authorization", SecurityTest.basic(USER, PASSWORD)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals("after", classify(StoreSnapshot.of(dir), w), "a complete " + w.name());
        assertEquals(0, kg("validate", "--store", dir.toString()), "kg validate after a complete " + w.name());
        report.append("| ").append(w.name()).append(" | complete | ").append(millis).append(" | answered | 2xx | after |\n");
        return Math.max(millis, 50);
    }

    private String killedWrite(String kind, int trial, long killAt, long complete) throws IOException {
        Path dir = fresh(kind + "-" + trial);
        ServerProcess server = ServerProcess.start(dir, FaultStores.WORK.resolve("crash-" + kind + "-" + trial + ".log"),
                List.of("-Xmx512m"), List.of("--user", USER, "--password-file", passwordFile.toString()), Map.of());
        Write w;
        String response;
        String phase;
        try {
            w = write(kind, server.url());
            HttpRequest request = w.request().header("Authorization", SecurityTest.basic(USER, PASSWORD)).build();
            CompletableFuture<HttpResponse<String>> pending = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            ServerProcess.sleep(killAt);
            server.kill();
            // Fuseki logs a request when it starts on it: after the body has been read whole.
            String log = server.output();
            phase = log.contains("Request    ") ? "answered" : log.matches("(?s).*\\[\\d+\\] (PUT|POST) http.*")
                    ? "the whole body" : "part of the body";
            try {
                HttpResponse<String> r = pending.join();
                response = r.statusCode() + "";
            } catch (RuntimeException e) {
                response = "none";
            }
        } finally {
            server.kill();
        }
        String outcome;
        try {
            outcome = classify(StoreSnapshot.of(dir), w);
        } catch (RuntimeException e) {
            fail(w.name() + ", kill " + trial + " at " + killAt + " ms: the store does not open: " + e, e);
            return null;
        }
        if (response.startsWith("2")) {
            assertEquals("after", outcome, "the server said the write was done before it was killed");
        }
        int validate = kg("validate", "--store", dir.toString());
        report.append("| ").append(w.name()).append(" | ").append(trial).append(" | ").append(killAt).append(" (of ")
                .append(complete).append(") | ").append(phase).append(" | ").append(response).append(" | ").append(outcome)
                .append(validate == 0 ? "" : ", kg validate failed").append(" |\n");
        assertEquals(0, validate, "kg validate after " + w.name() + ", kill " + trial);
        StoreDirs.delete(dir);
        return outcome;
    }

    /**
     * "before" or "after"; fails on anything else: a graph the write replaces that is neither, a
     * mixture of the two among its graphs, or any other graph changed.
     */
    static String classify(StoreSnapshot now, Write w) {
        List<String> states = new ArrayList<>();
        for (Map.Entry<String, Graph> e : w.after().entrySet()) {
            Graph is = now.graphs().get(e.getKey());
            Graph was = before.graphs().get(e.getKey());
            if (is != null && is.isIsomorphicWith(was)) {
                states.add("before");
            } else if (is != null && is.isIsomorphicWith(e.getValue())) {
                states.add("after");
            } else {
                fail(w.name() + ": graph " + e.getKey() + " is neither as before nor as after: "
                        + (is == null ? "gone" : is.size() + " triples"));
            }
        }
        assertEquals(1, states.stream().distinct().count(), w.name() + ": a mixture of before and after: " + states);
        for (Map.Entry<String, Graph> e : before.graphs().entrySet()) {
            if (!w.after().containsKey(e.getKey())) {
                Graph is = now.graphs().get(e.getKey());
                assertTrue(is != null && is.isIsomorphicWith(e.getValue()), "graph " + e.getKey() + " changed");
            }
        }
        assertEquals(before.graphs().keySet(), now.graphs().keySet(), "the graphs of the store");
        return states.get(0);
    }

    private static Path fresh(String name) throws IOException {
        Path dir = FaultStores.WORK.resolve("crash-" + name);
        StoreDirs.delete(dir);
        StoreDirs.copy(start, dir);
        return dir;
    }

    static int kg(String... args) {
        return Kg.capture(args).exit();
    }
}
