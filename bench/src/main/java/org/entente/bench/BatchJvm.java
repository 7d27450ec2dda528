package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options that the {@code kg} launcher gives its batch commands ({@code kg load},
 * {@code kg unload}): the java argument file {@code server/src/main/jvm/batch.args} of the
 * repository this code runs from. The benchmark gives them to the children that stand for those
 * commands, so that it times what a user runs.
 */
final class BatchJvm {
    /** Where the argument file is in the repository. */
    static final String FILE = "server/src/main/jvm/batch.args";

    private BatchJvm() {
    }

    /** The options of the repository's argument file, or none if it cannot be found. */
    static List<String> options() {
        Path file = file();
        return file == null ? List.of() : parse(file);
    }

    /** The argument file beside the jar or classes this code runs from ({@code bench/target/...}), or null. */
    static Path file() {
        try {
            Path here = Path.of(BatchJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here.getParent(); p != null; p = p.getParent()) {
                Path f = p.resolve(FILE);
                if (Files.isRegularFile(f)) {
                    return f;
                }
            }
            return null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The options of a java argument file: whitespace-separated, {@code #} to the end of the line a comment. */
    static List<String> parse(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int hash = line.indexOf('#');
                String content = hash < 0 ? line : line.substring(0, hash);
                for (String word : content.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        out.add(word);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
