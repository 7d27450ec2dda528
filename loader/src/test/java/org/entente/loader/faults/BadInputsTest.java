package org.entente.loader.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.entente.loader.cli.Kg;
import org.entente.loader.cli.KgCli.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code src/test/resources/bad-inputs/}): malformed and hostile inputs, each
 * with the exact error it must produce. One dynamic test per case of {@code cases.txt} checks the
 * exit code, that standard error is exactly the expected line(s) (so: no stack trace), and that the
 * store is unchanged graph by graph. What each case printed is written to
 * {@code target/bad-inputs-actual.txt}, in the manifest's own format, for review.
 */
class BadInputsTest {

    @TempDir
    static Path dir;

    static Path corpus;
    static Path store;
    static StoreSnapshot before;
    static final Map<String, String> actual = new LinkedHashMap<>();

    /** One case of the manifest. */
    record Case(String id, String about, String run, List<String> generate, List<String> replace, Integer exit,
            List<String> stderr, int line) {}

    @BeforeAll
    static void loadTheTestStore() throws Exception {
        corpus = Path.of(BadInputsTest.class.getResource("/bad-inputs/cases.txt").toURI()).getParent();
        store = dir.resolve("store");
        Run bundled = kg("load", "--quiet", "--store", store.toString());
        assertEquals(0, bundled.exit(), bundled.err());
        Run article = kg("load", "--quiet", "--store", store.toString(),
                "--article", corpus.resolve("articles/corpus.txt").toString(),
                "--facts", corpus.resolve("articles/corpus.facts").toString());
        assertEquals(0, article.exit(), article.err());
        before = StoreSnapshot.of(store);
    }

    @AfterAll
    static void writeWhatEachCasePrinted() throws IOException {
        Path out = Path.of("target", "bad-inputs-actual.txt");
        Files.createDirectories(out.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# What each case of bad-inputs/cases.txt printed in the last run ({in}, {store}, {tmp} as in the manifest).\n");
            for (String s : actual.values()) {
                w.write(s);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFailsCleanlyAndLeavesTheStoreAsItWas() throws IOException {
        List<Case> cases = parse(corpus.resolve("cases.txt"));
        assertTrue(cases.size() >= 40, "the corpus has " + cases.size() + " cases");
        // -Dentente.badInputs=REGEX runs only the cases whose id matches.
        String only = System.getProperty("entente.badInputs", ".*");
        return cases.stream().filter(c -> c.id().matches(only)).map(c -> DynamicTest.dynamicTest(c.id() + ": " + c.about(), () -> check(c)));
    }

    private void check(Case c) throws Exception {
        Path tmp = Files.createTempDirectory(dir, c.id());
        for (String g : c.generate()) {
            generate(g, tmp);
        }
        List<String> args = split(substitute(c.run(), tmp));
        if (!args.contains("--store")) {
            args.add("--store");
            args.add(store.toString());
        }
        Run r = c.replace().isEmpty() ? kg(args.toArray(String[]::new)) : child(c, args, tmp);
        record(c, r, tmp);
        if (c.exit() == null) {
            fail("cases.txt:" + c.line() + ": case " + c.id() + " has no 'exit:'; it printed:\n" + r.err());
        }

        List<String> expected = c.stderr().stream().map(s -> substitute(s, tmp)).toList();
        List<String> got = r.err().lines().toList();
        for (String l : got) {
            assertTrue(!l.startsWith("\tat ") && !l.matches("\\s+at [\\w.$]+\\(.*"), "a stack trace:\n" + r.err());
        }
        assertEquals(String.join("\n", expected), String.join("\n", got), "standard error of kg " + args);
        assertEquals(c.exit(), r.exit(), "exit code of kg " + args + "\n" + r.err());
        if (c.generate().contains("foreign-folder")) {
            try (Stream<Path> files = Files.list(tmp.resolve("documents"))) {
                assertEquals(List.of("notes.txt"), files.map(p -> p.getFileName().toString()).toList(),
                        "kg wrote into a folder that is not a store");
            }
        }
        List<String> changes = StoreSnapshot.of(store).differencesFrom(before);
        if (!changes.isEmpty()) {
            // Put the article back, so that the cases after this one start from the same store.
            kg("load", "--quiet", "--store", store.toString(), "--article", corpus.resolve("articles/corpus.txt").toString(),
                    "--facts", corpus.resolve("articles/corpus.facts").toString());
        }
        assertTrue(changes.isEmpty(), "the store changed:\n" + String.join("\n", changes));
    }

    static Run kg(String... args) {
        return Kg.capture(args);
    }

    /** Runs kg in a child JVM whose class path starts with a folder that replaces bundled data files. */
    private static Run child(Case c, List<String> args, Path tmp) throws IOException, InterruptedException {
        Path overlay = tmp.resolve("overlay");
        for (String rep : c.replace()) {
            String[] parts = rep.split("\\s*=\\s*", 2);
            Path target = overlay.resolve("org/entente/data").resolve(parts[0].strip());
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(substitute(parts[1].strip(), tmp)), target);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", overlay + java.io.File.pathSeparator + System.getProperty("java.class.path"), Kg.class.getName()));
        cmd.addAll(args);
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail("kg " + args + " did not finish in 5 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Writes a large input at test time rather than keeping it in the repository. */
    private static void generate(String what, Path tmp) throws IOException {
        long target = 50L * 1024 * 1024;
        switch (what) {
            case "huge-facts" -> {
                try (BufferedWriter w = Files.newBufferedWriter(tmp.resolve("huge.facts"), StandardCharsets.UTF_8)) {
                    w.write(Files.readString(corpus.resolve("articles/corpus.facts"), StandardCharsets.UTF_8));
                    long written = 0;
                    for (int i = 0; written < target; i++) {
                        String block = "\n[assessment-" + i + "]\ntype: Assessment\n"
                                + "label: Assessment number " + i + ", one of very many in a runaway facts file\n"
                                + "content: The talks failed, says assessment " + i + " of a facts file far larger than any article.\n"
                                + "concerns: RUS\nquote: the talks failed\n";
                        w.write(block);
                        written += block.length();
                    }
                }
            }
            case "huge-text" -> {
                try (BufferedWriter w = Files.newBufferedWriter(tmp.resolve("huge.txt"), StandardCharsets.UTF_8)) {
                    w.write(Files.readString(corpus.resolve("articles/corpus.txt"), StandardCharsets.UTF_8));
                    String line = "A sentence of a runaway article text that goes on and on and on, far longer than any article.\n";
                    for (long written = 0; written < target; written += line.length()) {
                        w.write(line);
                    }
                }
            }
            case "foreign-folder" -> {
                Files.createDirectories(tmp.resolve("documents"));
                Files.writeString(tmp.resolve("documents/notes.txt"), "Not a store.\n");
            }
            default -> fail("unknown generate: " + what);
        }
    }

    private static String substitute(String s, Path tmp) {
        return s.replace("{in}", corpus.toString()).replace("{store}", store.toString()).replace("{tmp}", tmp.toString());
    }

    private static String unsubstitute(String s, Path tmp) {
        return s.replace(tmp.toString(), "{tmp}").replace(store.toString(), "{store}").replace(corpus.toString(), "{in}");
    }

    private static void record(Case c, Run r, Path tmp) {
        StringBuilder b = new StringBuilder("\n[" + c.id() + "]\nabout: " + c.about() + "\nrun: " + c.run() + "\n");
        c.generate().forEach(g -> b.append("generate: ").append(g).append('\n'));
        c.replace().forEach(g -> b.append("replace: ").append(g).append('\n'));
        b.append("exit: ").append(r.exit()).append('\n');
        r.err().lines().forEach(l -> b.append("stderr: ").append(unsubstitute(l, tmp)).append('\n'));
        actual.put(c.id(), b.toString());
    }

    /** Splits a command line at spaces; double quotes group, and \" is a quote inside them. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
                any = true;
            } else if (ch == ' ' && !quoted) {
                if (any) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
                any = false;
            } else {
                cur.append(ch);
                any = true;
            }
        }
        if (any) {
            out.add(cur.toString());
        }
        return out;
    }

    static List<Case> parse(Path manifest) throws IOException {
        return CaseManifest.read(manifest, CaseManifest.STRIP).stream().map(e -> toCase(e.id(), e.fields(), e.line())).toList();
    }

    private static Case toCase(String id, Map<String, List<String>> f, int line) {
        List<String> exit = f.getOrDefault("exit", List.of());
        return new Case(id, String.join(" ", f.getOrDefault("about", List.of(""))), f.get("run").get(0),
                f.getOrDefault("generate", List.of()), f.getOrDefault("replace", List.of()),
                exit.isEmpty() ? null : Integer.valueOf(exit.get(0)), f.getOrDefault("stderr", List.of()), line);
    }
}
