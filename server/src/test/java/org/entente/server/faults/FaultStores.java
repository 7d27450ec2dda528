package org.entente.server.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.entente.loader.Loader;
import org.entente.loader.faults.StoreDirs;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;

/**
 * The stores of the server's fault suites, under {@code target/server-faults/}: one base store
 * with the bundled data, loaded once per test JVM and closed, and copies of it for each test.
 */
public final class FaultStores {
    private FaultStores() {}

    public static final GraphNames GRAPHS = new GraphNames(IriScheme.defaultScheme());
    public static final Path WORK = Path.of("target", "server-faults").toAbsolutePath();

    private static Path base;

    /** The base store (the bundled data), closed; never write to it, copy it. */
    public static synchronized Path base() {
        if (base == null) {
            try {
                Path dir = WORK.resolve("base");
                StoreDirs.delete(dir);
                Files.createDirectories(dir);
                try (KgStore store = KgStore.open(dir)) {
                    new Loader(store, GRAPHS).loadBundled();
                }
                base = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return base;
    }

    /** A fresh copy of the base store at target/server-faults/NAME (an older one there is deleted). */
    public static Path copy(String name) {
        try {
            Path dir = WORK.resolve(name);
            StoreDirs.delete(dir);
            StoreDirs.copy(base(), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Triples per named graph (and the default graph, if not empty, as "(default graph)"), in a read transaction. */
    public static Map<String, Long> counts(KgStore store) {
        return store.read(dsg -> {
            Map<String, Long> out = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining((Node g) -> out.put(g.getURI(), (long) dsg.getGraph(g).size()));
            long dflt = dsg.getDefaultGraph().size();
            if (dflt > 0) {
                out.put("(default graph)", dflt);
            }
            return out;
        });
    }
}
