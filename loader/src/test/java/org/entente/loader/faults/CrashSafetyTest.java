package org.entente.loader.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.entente.loader.Loader;
import org.entente.loader.cli.Kg;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of loading: {@code kg load} runs as a real child process on a copy of a store and
 * is killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) at a random moment; then
 * the store is reopened here and must open without any repair, hold every named graph exactly as
 * before the load or every graph exactly as after a complete load (triple counts and isomorphism,
 * graph by graph: never a mixture, never a partial graph), and pass {@code kg validate}.
 *
 * <p>Five loads are tried: {@code kg load} (the bundled data) over a loaded store,
 * {@code kg load --article --facts} adding an article to a loaded store (incremental), the same
 * replacing an article the store has (the same id with other facts),
 * {@code kg unload --article} removing one, and {@code kg load --articles DIR} into an empty store
 * (the bulk path: the bulk writer's sorted indexes into a new TDB2 generation, switched to by a rename; the
 * store must be empty or complete). Moments are drawn from a seeded
 * {@link Random}: two trials in three uniformly over the whole duration of a complete load
 * (JVM start to exit, measured first), one in three during the commit, found by watching
 * TDB2's journal file and killing a random time after it starts to fill (for the bulk path,
 * which writes no journal in the store's generation: after the child says it validates, when
 * only the loader's last writes and the switch to the new generation remain). Each run writes
 * {@code target/faults/crash-safety-report.md}.
 *
 * <p>Trials per load: {@code -Dentente.faults.trials=N}; by default 3 (bundled) and 2 (each article case)
 * so that the default build stays short; {@code mvn -Pfaults} sets 20. Seed:
 * {@code -Dentente.faults.seed} (default 20261125).
 */
class CrashSafetyTest {
    static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());
    /** The day the stores were "loaded before": its inferred graph (memberships current that day) differs from today's. */
    static final Clock THEN = Clock.fixed(Instant.parse("2022-01-25T12:00:00Z"), ZoneOffset.UTC);
    static final Path WORK = Path.of("target", "faults");
    static final Path REPORT = WORK.resolve("crash-safety-report.md");
    static final long SEED = Long.getLong("entente.faults.seed", 20261125L);

    static Path inputs;
    static Path base;
    static final StringBuilder report = new StringBuilder();
    static final List<String> summary = new ArrayList<>();

    enum Mode { UNIFORM, COMMIT }

    enum Outcome { BEFORE, AFTER }

    /** What a trial saw: when the kill came, what the child had printed, what the store held after. */
    record Trial(int number, Mode mode, long killAtMillis, boolean killed, long journalBytes, String lastLine,
            boolean reportedLoaded, Outcome outcome, int validateExit) {}

    @BeforeAll
    static void prepare() throws IOException {
        StoreDirs.delete(WORK);
        Files.createDirectories(WORK);
        inputs = WORK.resolve("inputs");
        Files.createDirectories(inputs);
        for (String r : List.of("/facts/sweden.txt", "/facts/sweden.facts", "/bad-inputs/articles/corpus.txt",
                "/bad-inputs/articles/corpus.facts")) {
            try (InputStream in = CrashSafetyTest.class.getResourceAsStream(r)) {
                Files.write(inputs.resolve(Path.of(r).getFileName().toString()), in.readAllBytes());
            }
        }
        // The base: the bundled data as loaded on 2022-01-25.
        base = WORK.resolve("base");
        try (KgStore store = KgStore.open(base)) {
            new Loader(store, GRAPHS, THEN, true, Loader.Progress.none()).loadBundled();
        }
        report.append("# Crash safety of kg load\n\nSeed ").append(SEED).append(". Every trial copies the store as it was before")
                .append(" the load, starts `kg load` in a child JVM, kills it with SIGKILL, reopens the store and checks it.\n");
    }

    @AfterAll
    static void writeReport() throws IOException {
        report.append("\n## Summary\n\n");
        summary.forEach(s -> report.append("- ").append(s).append('\n'));
        Files.writeString(REPORT, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /** kg load over a store that holds the bundled data of another day, another article, and a mark in every graph. */
    @Test
    void killingABundledLoadLeavesTheStoreBeforeOrAfter() throws Exception {
        Path before = WORK.resolve("bundled-before");
        StoreDirs.copy(base, before);
        try (KgStore store = KgStore.open(before)) {
            new Loader(store, GRAPHS, THEN, true, Loader.Progress.none())
                    .loadArticle(Input.of(inputs.resolve("corpus.facts")), Input.of(inputs.resolve("corpus.txt")));
            // Mark every graph, so that each differs from what the load writes (except the corpus
            // article's graph, which kg load leaves alone and must keep, mark and all).
            store.write(dsg -> {
                List<Node> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                for (Node g : names) {
                    dsg.add(new Quad(g, g, RDFS.comment.asNode(), NodeFactory.createLiteralString("fault test: as before the load")));
                }
                return null;
            });
        }
        run("bundled", "kg load", before, List.of("load"), trials(3), 0);
    }

    /** kg load --article --facts adding an article to a loaded store. */
    @Test
    void killingAnArticleLoadLeavesTheStoreBeforeOrAfter() throws Exception {
        Path before = WORK.resolve("article-before");
        StoreDirs.copy(base, before);
        run("article", "kg load --article sweden.txt --facts sweden.facts", before, List.of("load", "--article",
                inputs.resolve("sweden.txt").toString(), "--facts", inputs.resolve("sweden.facts").toString()), trials(2), 1);
    }

    /**
     * kg load --article --facts replacing an article of a loaded store: the same id with other facts
     * (one fact dropped, the other's label changed), so that its graph, its corroborations and the
     * inferences only the dropped fact supported change.
     */
    @Test
    void killingAnArticleReplaceLeavesTheStoreBeforeOrAfter() throws Exception {
        Path before = withSweden("replace-before");
        String facts = Files.readString(inputs.resolve("sweden.facts"), StandardCharsets.UTF_8);
        int second = facts.indexOf("\n[sweden-borders-norway]");
        assertTrue(second > 0, "sweden.facts has the border statement");
        String changed = facts.substring(0, second + 1).replace("label: Sweden is a member of NATO",
                "label: Sweden is a member of NATO (replaced)");
        assertTrue(!changed.equals(facts) && changed.contains("(replaced)"));
        Path changedFile = Files.writeString(inputs.resolve("sweden-changed.facts"), changed, StandardCharsets.UTF_8);
        run("replace", "kg load --article sweden.txt --facts sweden-changed.facts (the same id again)", before,
                List.of("load", "--article", inputs.resolve("sweden.txt").toString(), "--facts", changedFile.toString()),
                trials(2), 2);
    }

    /** kg unload --article removing an article from a loaded store. */
    @Test
    void killingAnArticleUnloadLeavesTheStoreBeforeOrAfter() throws Exception {
        Path before = withSweden("unload-before");
        run("unload", "kg unload --article sweden-joins-nato", before, List.of("unload", "--article", "sweden-joins-nato"),
                trials(2), 3);
    }

    /**
     * kg load --articles into an empty store: the bulk path (docs/bulk-load.md). Killed, the store
     * must open empty (TDB2 deletes the unfinished {@code Data-0002-tmp}) or complete.
     */
    @Test
    void killingABulkFolderLoadLeavesTheStoreEmptyOrComplete() throws Exception {
        Path folder = inputs.resolve("bulk-folder");
        Files.createDirectories(folder);
        List<String> index = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String id = String.format(Locale.ROOT, "synth-12-%07d", i);
            for (String file : List.of(id + ".facts", id + ".txt")) {
                try (InputStream in = CrashSafetyTest.class.getResourceAsStream("/growth-folder/" + file)) {
                    Files.write(folder.resolve(file), in.readAllBytes());
                }
            }
            index.add(id + ".facts");
        }
        Files.write(folder.resolve(org.entente.loader.source.ArticleFolder.INDEX), index, StandardCharsets.UTF_8);
        Path before = WORK.resolve("bulk-before");
        try (KgStore store = KgStore.open(before)) {
            assertTrue(store.acceptsBulkWrite(), "a new store takes the bulk path");
        }
        run("bulk", "kg load --articles (40 articles) into an empty store, the bulk writer", before,
                List.of("load", "--articles", folder.toString()), trials(2), 4);
    }

    /** A copy of the base store with sweden.txt loaded (as loaded on the base's day). */
    private static Path withSweden(String name) throws IOException {
        Path dir = WORK.resolve(name);
        StoreDirs.copy(base, dir);
        try (KgStore store = KgStore.open(dir)) {
            new Loader(store, GRAPHS, THEN, true, Loader.Progress.none())
                    .loadArticle(Input.of(inputs.resolve("sweden.facts")), Input.of(inputs.resolve("sweden.txt")));
        }
        return dir;
    }

    static int trials(int fast) {
        String n = System.getProperty("entente.faults.trials", "");
        return n.isBlank() ? fast : Integer.parseInt(n.strip());
    }

    private void run(String name, String title, Path beforeDir, List<String> loadArgs, int trials, long salt) throws Exception {
        StoreSnapshot before = StoreSnapshot.of(beforeDir);
        if (before.graphs().isEmpty()) {
            assertEquals(1, kg("validate", "--store", beforeDir.toString()), "kg validate says the store is empty");
        } else {
            assertEquals(0, kg("validate", "--store", beforeDir.toString()), "the store before the load is valid");
        }

        // A complete load, to know the state after it, how long it takes, and how long TDB2's journal is in use.
        Path refDir = WORK.resolve(name + "-reference");
        StoreDirs.copy(beforeDir, refDir);
        Child ref = Child.start(refDir, loadArgs);
        long commitStart = -1;
        long commitEnd = -1;
        for (int polls = 0; ref.process.isAlive(); polls++) {
            if (polls % 50 == 0) {
                ref.poll();
            }
            long j = ref.commitSignal(polls % 50 == 0);
            if (j > 0 && commitStart < 0) {
                commitStart = ref.elapsed();
            } else if (j == 0 && commitStart >= 0 && commitEnd < 0) {
                commitEnd = ref.elapsed();
            }
            LockSupport.parkNanos(100_000);
        }
        long duration = ref.elapsed();
        ref.finish();
        assertEquals(0, ref.process.exitValue(), "the complete load failed:\n" + ref.output());
        if (ref.bulk && commitStart >= 0 && commitEnd < 0) {
            commitEnd = duration; // the bulk path's window ends with the process
        }
        assertTrue(commitStart >= 0 && commitEnd > commitStart, (ref.bulk ? "the bulk load never said it validates"
                : "the journal was never seen in use") + " during the complete load:\n" + ref.output());
        long journalWindow = commitEnd - commitStart;
        StoreSnapshot after = StoreSnapshot.of(refDir);
        assertTrue(!after.differencesFrom(before).isEmpty(), "the load changes the store");
        int mixtures = checkTheCheck(before, after);

        report.append("\n## ").append(title).append("\n\n")
                .append(String.format(Locale.ROOT, "Before: %d graphs, %d triples. After a complete load: %d graphs, %d triples. ",
                        before.graphs().size(), before.totalTriples(), after.graphs().size(), after.totalTriples()))
                .append(String.format(Locale.ROOT, ref.bulk
                        ? "The complete load took %d ms from JVM start to exit; it said it validates at %d ms and exited at %d ms (%d ms: the loader's last writes and the switch to the new generation fall in there).%n"
                        : "The complete load took %d ms from JVM start to exit; the journal was in use from %d to %d ms (%d ms).%n",
                        duration, commitStart, commitEnd, journalWindow))
                .append(String.format(Locale.ROOT, "The check tells both apart from each of %d mixtures (one changed graph as after"
                        + " the load, the rest as before, or the reverse).%n", mixtures))
                .append("Progress of the complete load (ms after the start): ").append(ref.progress())
                .append(" · ").append(duration).append(" exit.\n\n")
                .append("| kill | moment drawn | kill at | last line printed | journal at kill | store after | kg validate |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");

        Random random = new Random(SEED * 31 + salt);
        List<Trial> done = new ArrayList<>();
        Path lastTrialDir = null;
        Outcome lastOutcome = null;
        // Uniform moments are drawn over the shortest complete load seen so far: the machine is
        // shared and a load can take half as long as the reference did. A child that finishes
        // before its kill is checked too, but does not count as a trial; the next one is drawn.
        long span = duration;
        int kills = 0;
        for (int attempt = 1; kills < trials && attempt <= 3 * trials; attempt++) {
            Mode mode = (kills + 1) % 3 == 2 ? Mode.COMMIT : Mode.UNIFORM;
            long target = mode == Mode.UNIFORM ? (long) (random.nextDouble() * span)
                    : (long) (random.nextDouble() * journalWindow * 1.5);
            Path dir = WORK.resolve(name + "-trial-" + attempt);
            StoreDirs.copy(beforeDir, dir);
            Trial t = trial(attempt, mode, target, dir, loadArgs, before, after);
            done.add(t);
            if (t.killed()) {
                kills++;
            } else {
                span = Math.min(span, t.killAtMillis());
            }
            report.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | exit %d%s |%n",
                    t.killed() ? Integer.toString(kills) : "-",
                    mode == Mode.UNIFORM ? "uniform, " + target + " ms" : "commit +" + target + " ms",
                    t.killed() ? t.killAtMillis() + " ms" : "not killed: exited at " + t.killAtMillis() + " ms",
                    t.lastLine().isEmpty() ? "(none yet)" : "`" + shorten(t.lastLine().strip()) + "`",
                    journalCell(name, t), t.outcome(), t.validateExit(),
                    t.validateExit() == 1 && t.outcome() == Outcome.BEFORE ? " (the store is empty)" : ""));
            if (lastTrialDir != null) {
                StoreDirs.delete(lastTrialDir);
            }
            lastTrialDir = dir;
            lastOutcome = t.outcome();
        }
        assertEquals(trials, kills, "kills in " + 3 * trials + " attempts");

        // The store that survived the last kill is not only readable: a load completes on it (an
        // unload that had already committed has nothing left to remove: the store is as after it).
        if (!(loadArgs.get(0).equals("unload") && lastOutcome == Outcome.AFTER)) {
            assertEquals(0, kg(withStore(loadArgs, lastTrialDir)), "a load after recovery");
        }
        List<String> diff = StoreSnapshot.of(lastTrialDir).differencesFrom(after);
        assertTrue(diff.isEmpty(), "a load after recovery gives the state of a complete load:\n" + String.join("\n", diff));
        StoreDirs.delete(lastTrialDir);

        List<Trial> killed = done.stream().filter(Trial::killed).toList();
        String line = String.format(Locale.ROOT, "%s: %d of %d kills survived (during the commit, with the journal in use: %d;"
                + " after 'Loaded into' was printed: %d); the store was as before the load after %d kills, as after it after %d,"
                + " partial never; runs that ended before their kill (checked the same way, not counted): %d; a load on the"
                + " last recovered store then completed.",
                title, killed.size(), trials, killed.stream().filter(t -> t.journalBytes() > 0).count(),
                killed.stream().filter(Trial::reportedLoaded).count(),
                killed.stream().filter(t -> t.outcome() == Outcome.BEFORE).count(),
                killed.stream().filter(t -> t.outcome() == Outcome.AFTER).count(), done.size() - killed.size());
        summary.add(line);
        report.append('\n').append(line).append('\n');
    }

    private Trial trial(int number, Mode mode, long target, Path dir, List<String> loadArgs, StoreSnapshot before,
            StoreSnapshot after) throws Exception {
        Child c = Child.start(dir, loadArgs);
        long killAt = -1;
        long journal = 0;
        long commitSeen = -1;
        for (int polls = 0; c.process.isAlive(); polls++) {
            long now = c.elapsed();
            if (c.bulk && polls % 20 == 0) {
                c.poll();
            }
            long j = c.commitSignal(polls % 20 == 0);
            if (mode == Mode.COMMIT && j > 0 && commitSeen < 0) {
                commitSeen = now;
            }
            boolean due = mode == Mode.UNIFORM ? now >= target : commitSeen >= 0 && now >= commitSeen + target;
            if (due) {
                journal = j;
                c.process.destroyForcibly();
                killAt = now;
                break;
            }
            LockSupport.parkNanos(mode == Mode.COMMIT ? 100_000 : 1_000_000);
        }
        boolean killed = killAt >= 0;
        if (!killed) {
            killAt = c.elapsed();
        }
        c.finish();
        String out = c.output();
        boolean loaded = out.contains("Loaded into") || out.contains("Removed article");
        String lastLine = c.lines.isEmpty() ? "" : c.lines.get(c.lines.size() - 1);
        String where = "trial " + number + " (" + mode + ", kill at " + killAt + " ms, store kept in " + dir + "):\n" + out;

        // The store opens, with no repair: TDB2 replays or discards its journal by itself.
        StoreSnapshot now;
        try {
            now = StoreSnapshot.of(dir);
        } catch (RuntimeException e) {
            throw new AssertionError("the store does not open after " + where, e);
        }
        List<String> fromBefore = now.differencesFrom(before);
        List<String> fromAfter = now.differencesFrom(after);
        Outcome outcome;
        if (fromBefore.isEmpty()) {
            outcome = Outcome.BEFORE;
        } else if (fromAfter.isEmpty()) {
            outcome = Outcome.AFTER;
        } else {
            fail("the store is neither as before nor as after the load in " + where + "\ncompared with before:\n"
                    + String.join("\n", fromBefore) + "\ncompared with after:\n" + String.join("\n", fromAfter));
            return null;
        }
        // Once kg has said the load is done, it is done; before the data was validated, nothing is committed.
        if (loaded) {
            assertEquals(Outcome.AFTER, outcome, "kg reported the load complete, but the store is as before in " + where);
        }
        // A full load validates the store, an article load its touched focus nodes ("validating 37 focus nodes against ...").
        if (!out.matches("(?s).*validating (\\d+ focus nodes )?against the SHACL shapes.*")) {
            assertEquals(Outcome.BEFORE, outcome, "the store changed before validation in " + where);
        }
        int validate;
        if (now.graphs().isEmpty()) {
            // As before a bulk load into an empty store: kg validate says the store is empty (exit 1).
            validate = kg("validate", "--store", dir.toString());
            assertEquals(1, validate, "kg validate of the empty store after " + where);
        } else {
            validate = kg("validate", "--store", dir.toString());
            assertEquals(0, validate, "kg validate after " + where);
        }
        return new Trial(number, mode, killAt, killed, journal, lastLine, loaded, outcome, validate);
    }

    private static String journalCell(String name, Trial t) {
        if (name.equals("bulk")) {
            return t.journalBytes() > 0 ? "validating or after" : "before validating";
        }
        return t.journalBytes() > 0 ? t.journalBytes() + " bytes" : "empty";
    }

    private static String shorten(String line) {
        return line.startsWith("https://") ? "(the report after 'Loaded into')"
                : line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    /**
     * The check can tell: for every graph that the load changes, a store holding that graph as
     * after the load and every other as before (or the reverse) is neither the one nor the other.
     */
    private static int checkTheCheck(StoreSnapshot before, StoreSnapshot after) {
        java.util.Set<String> names = new java.util.TreeSet<>(before.graphs().keySet());
        names.addAll(after.graphs().keySet());
        int mixtures = 0;
        for (String changed : names) {
            if (before.hasIsomorphic(changed, after.graphs().getOrDefault(changed, org.apache.jena.graph.Graph.emptyGraph))
                    && after.graphs().containsKey(changed) == before.graphs().containsKey(changed)) {
                continue;
            }
            for (StoreSnapshot[] pair : new StoreSnapshot[][] {{before, after}, {after, before}}) {
                org.apache.jena.sparql.core.DatasetGraph mixed = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
                pair[0].graphs().forEach((n, g) -> {
                    if (!n.equals(changed)) {
                        mixed.addGraph(NodeFactory.createURI(n), g);
                    }
                });
                if (pair[1].graphs().containsKey(changed)) {
                    mixed.addGraph(NodeFactory.createURI(changed), pair[1].graphs().get(changed));
                }
                StoreSnapshot m = StoreSnapshot.of(mixed);
                assertTrue(!m.differencesFrom(before).isEmpty() && !m.differencesFrom(after).isEmpty(),
                        "the check would miss a store with only graph " + changed + " changed");
                mixtures++;
            }
        }
        return mixtures;
    }

    private static String[] withStore(List<String> args, Path store) {
        List<String> a = new ArrayList<>(args);
        a.add("--quiet");
        a.add("--store");
        a.add(store.toString());
        return a.toArray(String[]::new);
    }

    /** Runs kg in this JVM (for validate and the final load), discarding its output; returns the exit code. */
    private static int kg(String... args) {
        picocli.CommandLine cli = Kg.commandLine();
        java.io.StringWriter sink = new java.io.StringWriter();
        cli.setOut(new java.io.PrintWriter(sink));
        cli.setErr(new java.io.PrintWriter(sink));
        return cli.execute(args);
    }

    /**
     * {@code kg load} in a child JVM. Its output goes to a file, read as the caller polls (a pipe
     * loses what the child wrote last when it is killed: the JDK closes it under the reader).
     */
    static final class Child {
        final Process process;
        final long t0;
        final Path journal;
        final Path outFile;
        /** A bulk load ({@code --articles}): its commit window is told by its output, not by the journal. */
        final boolean bulk;
        private boolean validating;
        final List<String> lines = new ArrayList<>();
        /** When each line was seen, in ms since the start. */
        final List<Long> times = new ArrayList<>();
        private long read;
        private final StringBuilder partial = new StringBuilder();

        private Child(Process process, long t0, Path journal, Path outFile, boolean bulk) {
            this.process = process;
            this.t0 = t0;
            this.journal = journal;
            this.outFile = outFile;
            this.bulk = bulk;
        }

        static Child start(Path store, List<String> loadArgs) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Kg.class.getName()));
            cmd.addAll(loadArgs);
            cmd.add("--store");
            cmd.add(store.toString());
            Path out = store.resolveSibling(store.getFileName() + ".out");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            return new Child(p, t0, store.resolve("Data-0001").resolve("journal.jrnl"), out, loadArgs.contains("--articles"));
        }

        long elapsed() {
            return (System.nanoTime() - t0) / 1_000_000;
        }

        /**
         * More than 0 while the load commits: the bytes in TDB2's journal, or for a bulk load 1 once
         * it has said it validates (the output is read only when {@code polled}).
         */
        long commitSignal(boolean polled) {
            if (!bulk) {
                return journalBytes();
            }
            if (!validating && polled) {
                validating = lines.stream().anyMatch(l -> l.contains("validating against the SHACL shapes"));
            }
            return validating ? 1 : 0;
        }

        long journalBytes() {
            try {
                return Files.size(journal);
            } catch (IOException e) {
                return 0;
            }
        }

        /** Reads what the child has written since the last poll. */
        void poll() {
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(outFile.toFile(), "r")) {
                long len = f.length();
                if (len <= read) {
                    return;
                }
                byte[] b = new byte[(int) (len - read)];
                f.seek(read);
                f.readFully(b);
                read = len;
                partial.append(new String(b, StandardCharsets.UTF_8));
                long now = elapsed();
                for (int nl; (nl = partial.indexOf("\n")) >= 0; ) {
                    lines.add(partial.substring(0, nl));
                    times.add(now);
                    partial.delete(0, nl + 1);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void finish() throws InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                fail("kg load did not finish in 5 minutes:\n" + output());
            }
            poll();
            if (partial.length() > 0) {
                lines.add(partial.toString());
                times.add(elapsed());
                partial.setLength(0);
            }
        }

        /** The progress lines up to 'Loaded into', each with the time it was seen. */
        String progress() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                out.add(times.get(i) + " " + (l.startsWith("Loaded into") ? "Loaded into ..." : l));
                if (l.startsWith("Loaded into")) {
                    break;
                }
            }
            return String.join(" · ", out);
        }

        String output() {
            return String.join("\n", lines);
        }
    }
}
