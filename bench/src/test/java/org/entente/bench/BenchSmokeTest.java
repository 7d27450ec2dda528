package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.entente.loader.cli.KgCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg bench} at a tiny scale, with real child JVMs: it must produce a well-formed Markdown
 * table and JSON file. Checks the plumbing, never the timings.
 */
class BenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    void smokeScaleWritesTableAndJson() throws Exception {
        KgCli.Run run = KgBench.capture("bench", "--scale", "smoke", "--output", dir.toString(), "--timeout", "300");
        assertEquals(0, run.exit(), run.out() + "\n" + run.err());
        String out = run.out();

        Path md = dir.resolve("bench-smoke.md");
        Path json = dir.resolve("bench-smoke.json");
        assertTrue(Files.isRegularFile(md), out);
        assertTrue(Files.isRegularFile(json), out);

        String table = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(table.contains("| step | quads | wall s | quads/s | CPU s | peak RSS MB |"), table);
        assertTrue(table.contains("| kg load --articles: bundled data + corpus |"), table);
        assertTrue(table.contains("| tdb2.tdbloader --loader=phased |"), table);
        assertTrue(table.contains("| clients | requests | errors | median ms | p95 ms | requests/s |"), table);
        for (String line : table.lines().filter(l -> l.startsWith("| ")).toList()) {
            assertTrue(line.endsWith("|"), "a table row: " + line);
        }

        JsonObject j = JSON.read(json.toString());
        JsonObject machine = j.get("machine").getAsObject();
        assertTrue(machine.get("cores").getAsNumber().value().intValue() >= 1);
        assertTrue(machine.hasKey("memoryMb") && machine.hasKey("java") && machine.hasKey("os"));
        JsonArray loads = j.get("loads").getAsArray();
        assertTrue(loads.size() >= 3, loads.toString());
        for (var row : loads) {
            assertEquals(0, row.getAsObject().get("exit").getAsNumber().value().intValue(), row.toString());
        }
        // The same quads in both stores: the harness counts them and reports any difference.
        long kgQuads = loads.get(0).getAsObject().get("quads").getAsNumber().value().longValue();
        long jenaQuads = loads.get(loads.size() - 1).getAsObject().get("quads").getAsNumber().value().longValue();
        assertTrue(kgQuads > 18_000, "the reference data at least");
        assertEquals(kgQuads, jenaQuads);
        assertEquals(0, j.get("problems").getAsArray().size(), j.get("problems").toString());
        JsonArray targets = j.get("queries").getAsObject().get("targets").getAsArray();
        assertEquals(2, targets.size(), "plain Fuseki and kg serve");
        assertEquals(4, j.get("queries").getAsObject().get("order").getAsArray().size(), "two rounds: A B B A");
        for (var t : targets) {
            assertEquals(2, t.getAsObject().get("rounds").getAsNumber().value().intValue(), t.toString());
            assertEquals(2, t.getAsObject().get("runs").getAsArray().size(), t.toString());
            assertTrue(t.getAsObject().get("latency").getAsObject().get("perQuery").getAsObject().hasKey("bench-two-hop"), t.toString());
        }
        assertTrue(table.contains("## kg serve against plain Fuseki"), table);

        // The growth rows: one store at this scale (no bundled-only one), three operations, all four ways measured.
        assertTrue(table.contains("## Growth: one article added, replaced, removed"), table);
        assertTrue(table.contains("| store | quads | operation | local API ms | ÷ | local kg s | ÷ | endpoint API ms | ÷ | endpoint kg s | ÷ |"), table);
        JsonArray growth = j.get("growth").getAsObject().get("rows").getAsArray();
        assertEquals(3, growth.size(), growth.toString());
        for (var row : growth) {
            for (String mode : new String[] {"localApi", "localCli", "remoteApi", "remoteCli"}) {
                JsonObject m = row.getAsObject().get(mode).getAsObject();
                assertEquals(1, m.get("millis").getAsArray().size(), row.toString());
                assertEquals(1.0, m.get("overBundledOnly").getAsNumber().value().doubleValue(), 1e-9, "its own baseline here");
            }
        }
        // The extraction speed row, on two articles.
        assertTrue(table.contains("## Extraction speed (kg extract's Extractor)"), table);
        JsonObject extraction = j.get("extraction").getAsObject();
        assertEquals(2, extraction.get("articles").getAsNumber().value().intValue(), extraction.toString());
        assertTrue(extraction.get("articlesPerSecond").getAsNumber().value().doubleValue() > 0, extraction.toString());
        assertTrue(extraction.get("draftedFacts").getAsNumber().value().longValue() > 0, "the dev texts have events");
    }
}
