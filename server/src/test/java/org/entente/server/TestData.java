package org.entente.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.entente.loader.Loader;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;

/**
 * A TDB2 store in a temporary directory with the bundled data, loaded once and shared by the test
 * classes of this JVM (loading takes some seconds). Tests that write to it put things back.
 */
final class TestData {
    private TestData() {}

    static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());

    private static KgStore bundled;

    /** The shared store with the bundled data. */
    static synchronized KgStore bundled() {
        if (bundled == null) {
            Path dir = tempDir("entente-test-store");
            KgStore store = KgStore.open(dir);
            new Loader(store, GRAPHS).loadBundled();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                delete(dir);
            }));
            bundled = store;
        }
        return bundled;
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: not worth failing a test for
        }
    }
}
