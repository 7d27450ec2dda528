package org.entente.loader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.cli.KgCli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kg command line, run in process against a store in a temporary directory. */
class KgCliTest {

    @TempDir
    static Path dir;

    static Path store;

    static Run kg(String... args) {
        return Kg.capture(args);
    }

    static Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (var in = KgCliTest.class.getResourceAsStream("/facts/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    /** The named queries are another module's; here they are run as files of the repository. */
    static String rq(String name) {
        return Path.of("..", "queries", name + ".rq").toString();
    }

    @BeforeAll
    static void load() {
        store = dir.resolve("store");
        Run r = kg("load", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("graph/article/nato-second-life"), r.out());
    }

    @Test
    void answersTheCompetencyQuestionFromTheCommandLine() {
        Run today = kg("query", rq("nato-members-bordering-russia"), "--store", store.toString(), "--format", "csv");
        assertEquals(0, today.exit(), today.err());
        assertEquals(List.of("state,name,memberSince",
                "https://w3id.org/entente/id/state/EST,Estonia,2004-03-29",
                "https://w3id.org/entente/id/state/FIN,Finland,2023-04-04",
                "https://w3id.org/entente/id/state/LVA,Latvia,2004-03-29",
                "https://w3id.org/entente/id/state/LTU,Lithuania,2004-03-29",
                "https://w3id.org/entente/id/state/NOR,Norway,1949-08-24",
                "https://w3id.org/entente/id/state/POL,Poland,1999-03-12"), today.out().lines().toList());
        Run before = kg("query", rq("nato-members-bordering-russia"), "--as-of", "2022-01-25", "--store", store.toString(),
                "--format", "json");
        assertEquals(0, before.exit(), before.err());
        assertTrue(before.out().contains("\"Poland\"") && !before.out().contains("Finland"), before.out());
    }

    /** What --format table shows: labels and plain values, not RDF syntax. */
    @Test
    void theTableShowsLabelsAndPlainValues() {
        Run r = kg("query", rq("nato-members-bordering-russia"), "--as-of", "2022-01-25", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(
                "---------------------------------------",
                "| state     | name      | memberSince |",
                "=======================================",
                "| Estonia   | Estonia   | 2004-03-29  |",
                "| Latvia    | Latvia    | 2004-03-29  |",
                "| Lithuania | Lithuania | 2004-03-29  |",
                "| Norway    | Norway    | 1949-08-24  |",
                "| Poland    | Poland    | 1999-03-12  |",
                "---------------------------------------"), r.out().lines().toList());

        // An IRI without a label: prefixed if a standard prefix fits, else whole; literals without quotes,
        // datatypes or language tags; an IRI with a label (the class State), its English label; no line breaks.
        Run values = kg("query", "--store", store.toString(), "--sparql", "SELECT ?x ?y WHERE { VALUES (?x ?y) { "
                + "(<https://w3id.org/entente/id/no/such/thing> \"Norge\"@no) (<http://example.org/x> 42) "
                + "(<https://w3id.org/entente/ontology#State> \"two\\nlines\") (<https://w3id.org/entente/id/state/NOR> UNDEF) } }");
        assertEquals(0, values.exit(), values.err());
        assertEquals(List.of(
                "--------------------------------------",
                "| x                      | y         |",
                "======================================",
                "| kg:no/such/thing       | Norge     |",
                "| <http://example.org/x> | 42        |",
                "| state                  | two lines |",
                "| Norway                 |           |",
                "--------------------------------------"), values.out().lines().toList());
    }

    /** Like Jena's arq: any SPARQL file, standard input, or the text itself. */
    @Test
    void anyQueryRunsFromAFileStandardInputOrTheCommandLine() throws IOException {
        String text = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?name WHERE { <https://w3id.org/entente/id/state/NOR> rdfs:label ?name FILTER (lang(?name) = \"en\") }\n";
        List<String> norway = List.of("name", "Norway");

        Path plain = dir.resolve("norway.sparql");
        Files.writeString(plain, text);
        Run file = kg("query", plain.toString(), "--store", store.toString(), "--format", "csv");
        assertEquals(0, file.exit(), file.err());
        assertEquals(norway, file.out().lines().toList());

        Run stdin = Kg.capture(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "query", "-", "--store", store.toString(), "--format", "csv");
        assertEquals(0, stdin.exit(), stdin.err());
        assertEquals(norway, stdin.out().lines().toList());

        Run inline = kg("query", "--sparql", text, "--store", store.toString(), "--format", "csv");
        assertEquals(0, inline.exit(), inline.err());
        assertEquals(file.out(), inline.out(), "the same bytes, whichever way the query comes");

        // A user's file may declare parameters in a header without a title.
        Path withParam = dir.resolve("members.rq");
        Files.writeString(withParam, "# param asOf: date, required. The day.\n"
                + "PREFIX ent: <https://w3id.org/entente/ontology#>\n"
                + "SELECT (COUNT(DISTINCT ?state) AS ?members) WHERE { ?m a ent:Membership ; ent:member ?state ; "
                + "ent:organisation/ent:acronym \"NATO\" ; ent:startDate ?start . FILTER (?start <= ?asOf) "
                + "OPTIONAL { ?m ent:endDate ?end } FILTER (!BOUND(?end) || ?end >= ?asOf) }\n");
        Run members = kg("query", withParam.toString(), "--as-of", "1990-01-01", "--store", store.toString(), "--format", "csv");
        assertEquals(0, members.exit(), members.err());
        assertEquals(List.of("members", "16"), members.out().lines().toList(), "NATO had 16 members in 1990");
        Run missing = kg("query", withParam.toString(), "--store", store.toString());
        assertEquals(2, missing.exit());
        assertEquals("kg: parameter 'asOf' is required: a date YYYY-MM-DD or 'today'\n", missing.err());
    }

    /** No query, two queries, or a query that is not one: a one-line error, exit code 2. */
    @Test
    void aQueryNotGivenOrNotValidIsOneLineAndExitCode2() {
        Run none = kg("query", "--store", store.toString());
        assertEquals(2, none.exit());
        assertEquals("kg: no query given: give a named query (see 'kg queries'), a SPARQL file, - for standard input, "
                + "or --sparql TEXT\n", none.err());

        Run two = kg("query", "evacuations", "--sparql", "ASK {}", "--store", store.toString());
        assertEquals(2, two.exit());
        assertEquals("kg: give one query: 'evacuations' or --sparql TEXT, not both\n", two.err());

        Run syntax = kg("query", "--sparql", "SELEKT * WHERE { ?s ?p ?o }", "--store", store.toString());
        assertEquals(2, syntax.exit());
        assertEquals(1, syntax.err().lines().count(), syntax.err());
        assertTrue(syntax.err().startsWith("kg: --sparql:1: SPARQL syntax error: "), syntax.err());

        Run update = kg("query", "--sparql", "DROP ALL", "--store", store.toString());
        assertEquals(2, update.exit());
        assertEquals("kg: --sparql:1: is a SPARQL update, not a query; kg query only reads the store\n", update.err());

        Run empty = Kg.capture(new ByteArrayInputStream(new byte[0]), "query", "-", "--store", store.toString());
        assertEquals(2, empty.exit());
        assertEquals("kg: standard input holds no query\n", empty.err());
    }

    @Test
    void userErrorsPrintOneLineAndTheRightExitCode() throws IOException {
        Run unknown = kg("query", "no-such-query", "--store", store.toString());
        assertEquals(2, unknown.exit());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().startsWith("kg: unknown query 'no-such-query'; the named queries are ["), unknown.err());

        Run badDate = kg("query", rq("nato-members-bordering-russia"), "--as-of", "2022-13-01", "--store", store.toString());
        assertEquals(2, badDate.exit());
        assertEquals("kg: parameter 'asOf' is '2022-13-01'; expected a date YYYY-MM-DD or 'today'\n", badDate.err());

        Run missing = kg("load", "--article", dir.resolve("nope.txt").toString(), "--facts", dir.resolve("nope.facts").toString(),
                "--store", store.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().matches("kg: .*nope.facts: no such file\\n"), missing.err());

        Path text = resource("sweden.txt");
        Path facts = dir.resolve("made-up.facts");
        Files.writeString(facts, Files.readString(resource("sweden.facts"))
                .replace("quote: Sweden became the 32nd member", "quote: Sweden became the 33rd member"));
        String before = kg("stats", "--store", store.toString()).out();
        Run bad = kg("load", "--article", text.toString(), "--facts", facts.toString(), "--store", store.toString());
        assertEquals(1, bad.exit());
        assertEquals("kg: " + facts + ":14: quote not found in the text: \"Sweden became the 33rd member of NATO on 7 March 2024\"\n",
                bad.err());
        assertEquals(before, kg("stats", "--store", store.toString()).out(), "the store is unchanged");

        Run wrongOption = kg("query", "evacuations", "--frobnicate", "--store", store.toString());
        assertEquals(2, wrongOption.exit());
        assertTrue(wrongOption.err().startsWith("kg: Unknown option: '--frobnicate'"), wrongOption.err());
    }

    @Test
    void theHelpListsEveryCommandWithItsWholeSummary() {
        Run help = kg("--help");
        assertEquals(0, help.exit(), help.err());
        HelpText.assertEveryCommandSummarised(Kg.commandLine(), help.out());
        // Picocli lists the first line of a description: it was half a sentence, "... into the store,".
        assertTrue(help.out().replaceAll("\\s+", " ").contains(
                "load Loads the bundled data, an article or a folder of articles into the store or a running server."), help.out());
        assertEquals(List.of("load", "validate", "query", "queries", "export", "stats", "extract"), List.copyOf(Kg.commandLine().getSubcommands().keySet()));
    }

    @Test
    void validatesExportsAndCounts() throws IOException {
        Run v = kg("validate", "--store", store.toString());
        assertEquals(0, v.exit(), v.out());
        assertTrue(v.out().startsWith("The store conforms to the SHACL shapes"), v.out());

        Path dump = dir.resolve("dump.nq");
        assertEquals(0, kg("export", "--format", "nq", "--output", dump.toString(), "--store", store.toString()).exit());
        DatasetGraph parsed = RDFDataMgr.loadDatasetGraph(dump.toString());
        Run stats = kg("stats", "--store", store.toString());
        String total = stats.out().lines().filter(l -> l.strip().startsWith("total")).findFirst().orElseThrow();
        assertEquals(Long.parseLong(total.replaceAll("[^0-9]", "")), parsed.stream().count());
    }

    @Test
    void aStoreHeldByAnotherProcessIsReportedClearly() throws Exception {
        Path held = dir.resolve("held");
        assertEquals(0, kg("load", "--quiet", "--store", held.toString()).exit());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), held.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && !line.equals("holding")) {
                // wait until the other process holds the store
            }
            Run locked = kg("query", rq("evacuations"), "--store", held.toString());
            assertEquals(1, locked.exit());
            assertEquals("kg: the store " + held + " is in use by another process (a running 'kg serve'?). Stop that process, "
                    + "use another --store, or load into the running server with 'kg load --endpoint URL'\n", locked.err());
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // Once the other process has gone, the store opens again.
        assertEquals(0, kg("query", rq("evacuations"), "--store", held.toString()).exit());
    }
}
