package org.entente.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.entente.loader.Loader;
import org.entente.server.cli.Kg;

/**
 * Runs the growth rows (issue 12) against each store in turn: locally and over the endpoint, each
 * both in process ({@link GrowthLoad}, after a warm-up) and as a user runs it (one {@code kg} child
 * JVM per operation). Over the endpoint, a {@code kg serve} over the store is started with a
 * writer's credentials made up for the run, and stopped afterwards. Every child ends with the
 * store as it began (each article is removed again), so the stores serve the other steps after.
 */
final class GrowthBench {

    /** Runs one child to its end and records a failure as a problem ({@code Harness.timed}). */
    @FunctionalInterface
    interface Runner {
        Child.Result run(String name, List<String> jvmOptions, String mainClass, List<String> args, Path report)
                throws IOException, InterruptedException;
    }

    static final String USER = "bench-writer";

    private final Child child;
    private final Runner runner;
    private final List<String> batchJvm;
    private final Consumer<String> step;
    private final List<String> problems;
    private final Path work;

    /**
     * @param batchJvm the JVM options that ./kg gives its batch commands ({@link BatchJvm}): those of
     *        the whole-process kg load and kg unload children
     */
    GrowthBench(Child child, Runner runner, List<String> batchJvm, Consumer<String> step, List<String> problems, Path work) {
        this.child = child;
        this.batchJvm = batchJvm;
        this.runner = runner;
        this.step = step;
        this.problems = problems;
        this.work = work;
    }

    /**
     * Measures every store of {@code stores} (label to directory and quads), the first being the
     * bundled-only one; over the endpoint too unless {@code endpoint} is false.
     */
    GrowthRows run(List<Map.Entry<String, Path>> stores, List<Long> quads, GrowthPlan plan, int warmUp, boolean endpoint)
            throws IOException, InterruptedException {
        GrowthRows rows = new GrowthRows(plan.articles().size() - warmUp, warmUp);
        Path password = work.resolve("growth-password");
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        Files.writeString(password, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.UTF_8);
        for (int i = 0; i < stores.size(); i++) {
            String label = stores.get(i).getKey();
            Path store = stores.get(i).getValue();
            GrowthRows.Store s = rows.store(label, quads.get(i));
            List<String> local = List.of("local", store.toString());
            inProcess(s, GrowthRows.Mode.LOCAL_API, local, plan, warmUp);
            wholeProcess(s, GrowthRows.Mode.LOCAL_CLI, List.of("--store", store.toString()), List.of(), plan, warmUp);
            if (!endpoint) {
                continue;
            }

            int port = ServerTarget.freePort();
            String dataset = "http://127.0.0.1:" + port + "/kg";
            String name = "kg serve for the growth rows (" + label + ")";
            step.accept("starting " + name);
            long t0 = System.nanoTime();
            Process server = child.start(name, List.of(), Kg.class.getName(), List.of("--store", store.toString(), "serve", "--port",
                    Integer.toString(port), "--localhost", "--user", USER, "--password-file", password.toString()), false);
            try {
                long first = new QueryLoad(URI.create(dataset + "/sparql"), Duration.ofMinutes(1))
                        .firstAnswer("ASK { ?s ?p ?o }", t0, Duration.ofMinutes(3), server);
                if (first < 0) {
                    problems.add(name + " gave no answer within 3 minutes");
                    continue;
                }
                List<String> remote = List.of("remote", dataset, USER, password.toString());
                inProcess(s, GrowthRows.Mode.REMOTE_API, remote, plan, warmUp);
                wholeProcess(s, GrowthRows.Mode.REMOTE_CLI, List.of(),
                        List.of("--endpoint", dataset, "--user", USER, "--password-file", password.toString()), plan, warmUp);
            } finally {
                server.destroy();
                if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                    server.waitFor();
                }
            }
        }
        Files.deleteIfExists(password);
        return rows;
    }

    /** One {@link GrowthLoad} child: warm-up, then add, replace, remove of each article, timed inside the JVM. */
    private void inProcess(GrowthRows.Store s, GrowthRows.Mode mode, List<String> target, GrowthPlan plan, int warmUp)
            throws IOException, InterruptedException {
        Path report = work.resolve("growth-" + mode.key() + "-" + slug(s.label) + ".report");
        List<String> args = new ArrayList<>(target);
        args.addAll(List.of(plan.adds().toString(), plan.replacements().toString(), Integer.toString(warmUp), report.toString()));
        Child.Result r = runner.run("growth, " + mode.label + ", " + s.label, List.of(), GrowthLoad.class.getName(), args, report);
        s.loadAverages.add(r.loadBefore());
        s.loadAverages.add(r.loadAfter());
        if (!r.ok()) {
            return;
        }
        for (int n = 1; r.report().containsKey("add." + n + ".millis"); n++) {
            for (String op : GrowthLoad.OPERATIONS) {
                String key = op + "." + n;
                s.add(mode, op, Long.parseLong(r.report().get(key + ".millis")));
                for (Loader.Phase p : Loader.Phase.values()) {
                    String v = r.report().get(key + "." + p.name());
                    if (v != null) {
                        s.addPhase(mode, op, p, Long.parseLong(v));
                    }
                }
            }
        }
    }

    /**
     * One {@code kg} child per operation, as a user runs them: {@code kg load --article --facts}
     * (add, then replace with the same id) and {@code kg unload --article}, for each article after
     * the warm-up ones. Stops at the first failure (the store's state is then not the planned one).
     */
    private void wholeProcess(GrowthRows.Store s, GrowthRows.Mode mode, List<String> before, List<String> after, GrowthPlan plan,
            int warmUp) throws IOException, InterruptedException {
        for (GrowthPlan.Article a : plan.articles().subList(warmUp, plan.articles().size())) {
            for (String op : GrowthLoad.OPERATIONS) {
                List<String> args = new ArrayList<>(before);
                Path dir = op.equals("replace") ? plan.replacements() : plan.adds();
                if (op.equals("remove")) {
                    args.addAll(List.of("unload", "-q", "--article", a.id()));
                } else {
                    args.addAll(List.of("load", "-q", "--article", dir.resolve(a.text()).toString(), "--facts", dir.resolve(a.facts()).toString()));
                }
                args.addAll(after);
                Child.Result r = runner.run("growth, " + mode.label + ", " + s.label + ", " + op + " " + a.id(), batchJvm, Kg.class.getName(),
                        args, null);
                s.loadAverages.add(r.loadBefore());
                s.loadAverages.add(r.loadAfter());
                if (!r.ok()) {
                    return;
                }
                s.add(mode, op, r.wallMillis());
            }
        }
    }

    private static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
    }
}
