package org.entente.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.loader.cli.KgCli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg extract}: its output, its exit codes, and bad inputs (one line, nothing written). */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path text(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOneLineError(Run r, int exit, String contains) {
        assertEquals(exit, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(contains), r.err());
    }

    @Test
    void draftsAFactsFileThatNamesTheText() throws Exception {
        Path t = text("dutch-jets.txt", "Dutch jets head east\n\nDutch troops arrived in Lithuania on Monday.\n");
        Path out = dir.resolve("dutch-jets.facts");
        Run r = Kg.capture("extract", t.toString(), "--published", "2022-01-26", "--output", out.toString());
        assertEquals(0, r.exit(), r.err());
        String facts = Files.readString(out);
        assertTrue(facts.contains("article: dutch-jets\n"), facts);
        assertTrue(facts.contains("title: Dutch jets head east\n"), facts);
        assertTrue(facts.contains("text: dutch-jets.txt\n"), facts);
        assertTrue(facts.contains("sender: NLD\n") && facts.contains("destination: LTU\n") && facts.contains("time: 2022-01-24\n"), facts);
    }

    @Test
    void writesJson() throws Exception {
        Path t = text("a.txt", "Headline\n\nDutch troops arrived in Lithuania on Monday.\n");
        Run r = Kg.capture("extract", t.toString(), "--format", "json", "--id", "my-id", "--title", "My title");
        assertEquals(0, r.exit(), r.err());
        org.apache.jena.atlas.json.JsonObject o = org.apache.jena.atlas.json.JSON.parse(r.out());
        assertEquals("my-id", o.get("article").getAsObject().get("id").getAsString().value());
    }

    @Test
    void aFactsFileNeedsThePublicationDate() throws Exception {
        Path t = text("a.txt", "Headline\n\nDutch troops arrived in Lithuania.\n");
        assertOneLineError(Kg.capture("extract", t.toString()), 2, "--published");
    }

    @Test
    void badInputsFailWithOneLineAndWriteNothing() throws Exception {
        Path out = dir.resolve("out.facts");
        String o = out.toString();
        assertOneLineError(Kg.capture("extract", dir.resolve("missing.txt").toString(), "--published", "2022-01-01", "--output", o), 2,
                "no such file");
        assertOneLineError(Kg.capture("extract", text("empty.txt", "").toString(), "--published", "2022-01-01", "--output", o), 1,
                "is empty");
        assertOneLineError(Kg.capture("extract", file("binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1}).toString(), "--published",
                "2022-01-01", "--output", o), 1, "binary.txt:1:");
        assertOneLineError(Kg.capture("extract", file("latin1.txt", "Caf\u00e9 troops".getBytes(StandardCharsets.ISO_8859_1)).toString(),
                "--published", "2022-01-01", "--output", o), 1, "is not valid UTF-8");
        byte[] big = new byte[(4 << 20) + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertOneLineError(Kg.capture("extract", file("big.txt", big).toString(), "--published", "2022-01-01", "--output", o), 1,
                "at most 4194304 bytes");
        assertOneLineError(Kg.capture("extract", text("a.txt", "x\n\ny\n").toString(), "--published", "2022-13-01", "--output", o), 2,
                "published '2022-13-01'");
        assertOneLineError(Kg.capture("extract", text("b.txt", "x\n\ny\n").toString(), "--published", "2022-01-01",
                "--output", dir.resolve("no/such/folder/x.facts").toString()), 2, "does not exist");
        assertOneLineError(Kg.capture("extract"), 2, "name the article");
        assertFalse(Files.exists(out), "nothing written");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".kg-extract-")), "no temporary file left");
        }
    }

    @Test
    void aLongLineAndATextWithoutEventsGiveADraftThatLoads() throws Exception {
        Path t = text("calm.txt", "A calm day\n\n" + "The weather was mild. ".repeat(455) + "\n");
        Path out = dir.resolve("calm.facts");
        Run r = Kg.capture("extract", t.toString(), "--published", "2022-01-24", "--output", out.toString());
        assertEquals(0, r.exit(), r.err());
        String facts = Files.readString(out);
        assertTrue(facts.contains("# no events found"), facts);
        // The loader's own mapper accepts it (kg load --article would, into a store with the bundled data).
        org.entente.loader.mapping.GraphNames graphs = new org.entente.loader.mapping.GraphNames(org.entente.ontology.IriScheme.defaultScheme());
        org.entente.loader.mapping.ArticleMapper.map(org.entente.loader.source.FactsReader.read(org.entente.loader.source.Input.of(out)),
                org.entente.loader.source.Input.of(t),
                org.entente.loader.mapping.Catalogue.of(org.entente.loader.BundledData.reference(), graphs.scheme()), graphs);
    }

    @Test
    void evaluatesAFolderAndWritesTheFiguresAsJson() throws Exception {
        text("one.txt", "Headline\n\nDutch troops arrived in Lithuania on Monday.\n");
        text("one.facts", "article: one\ntitle: Headline\ntext: one.txt\npublished: 2022-01-26\n\n[nl]\ntype: Deployment\n"
                + "label: Dutch troops arrive in Lithuania\nsender: NLD\ndestination: LTU\nasset: troops\nprogress: carried-out\n"
                + "time: 2022-01-24\nquote: Dutch troops arrived in Lithuania on Monday\n");
        Path report = dir.resolve("report.json");
        Run r = Kg.capture("extract", "--evaluate", dir.toString(), "--output", report.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Deployment"), r.out());
        org.apache.jena.atlas.json.JsonObject o = org.apache.jena.atlas.json.JSON.read(report.toString());
        assertEquals(1, o.get("overall").getAsObject().get("matched").getAsNumber().value().intValue(), r.out());
        assertEquals(0, o.get("invented").getAsArray().size(), r.out());
        assertOneLineError(Kg.capture("extract", "--evaluate", dir.resolve("nothing").toString()), 2, "no such folder");
    }
}
