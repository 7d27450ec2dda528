package org.entente.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.entente.loader.store.KgStore;
import org.entente.server.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg serve} as a separate process, as a user runs it: a store that another process holds is
 * refused in one line; SIGTERM stops the server and frees the store.
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aLockedStoreIsOneLineAndExitCode1() throws Exception {
        Path storeDir = dir.resolve("store");
        try (KgStore held = KgStore.open(storeDir)) {
            Process p = kg("serve", "--store", storeDir.toString(), "--port", "0").start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            List<String> err = lines(p.getErrorStream().readAllBytes());
            assertEquals(1, p.exitValue(), String.join("\n", err));
            List<String> kgLines = err.stream().filter(l -> l.startsWith("kg: ")).toList();
            assertEquals(1, kgLines.size(), String.join("\n", err));
            assertTrue(kgLines.get(0).contains("is in use by another process"), kgLines.get(0));
            assertFalse(err.stream().anyMatch(l -> l.contains("\tat ") || l.contains("Exception")), String.join("\n", err));
        }
    }

    @Test
    void sigtermStopsTheServerAndReleasesTheStore() throws Exception {
        Path storeDir = dir.resolve("store");
        // A store with one small graph, so that serve does not load the bundled data.
        try (KgStore store = KgStore.open(storeDir)) {
            store.write(dsg -> {
                dsg.getGraph(NodeFactory.createURI("https://example.org/g")).add(Triple.create(
                        NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                        NodeFactory.createLiteralString("o")));
                return null;
            });
        }
        Process p = kg("serve", "--store", storeDir.toString(), "--port", "0").redirectErrorStream(true).start();
        List<String> out = new ArrayList<>();
        String url = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Pattern endpoint = Pattern.compile("SPARQL endpoint\\s+(http://\\S+)");
            for (String line; (line = r.readLine()) != null;) {
                out.add(line);
                Matcher m = endpoint.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                    break;
                }
            }
            assertTrue(url != null, String.join("\n", out));
            assertEquals(200, Http.get(url + "?query=" + Http.enc("ASK { ?s ?p \"o\" }")).statusCode());

            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server did not stop");
        }
        // The store is free again.
        try (KgStore again = KgStore.open(storeDir)) {
            assertEquals(1, again.graphNames().size());
        }
    }

    private static ProcessBuilder kg(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Kg.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    private static List<String> lines(byte[] bytes) throws IOException {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
