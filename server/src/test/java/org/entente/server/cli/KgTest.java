package org.entente.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.loader.cli.HelpText;
import org.entente.loader.cli.KgCli;
import org.junit.jupiter.api.Test;

/** kg.jar's command line: every command of the loader, and serve; nothing of the benchmark. */
class KgTest {

    @Test
    void theHelpListsEveryCommandWithItsWholeSummary() {
        KgCli.Run help = Kg.capture("--help");
        assertEquals(0, help.exit(), help.err());
        HelpText.assertEveryCommandSummarised(Kg.commandLine(), help.out());
        assertEquals(List.of("load", "validate", "query", "queries", "export", "stats", "extract", "serve"),
                List.copyOf(Kg.commandLine().getSubcommands().keySet()));
        assertTrue(help.out().replaceAll("\\s+", " ").contains(
                "serve Serves the store over HTTP: the SPARQL endpoint, the web form, the JSON API and Linked Data."), help.out());
    }

    @Test
    void everyCommandHasTheSharedOptionsAndHelp() {
        for (String command : List.of("load", "query", "serve")) {
            KgCli.Run help = Kg.capture(command, "--help");
            assertEquals(0, help.exit(), command + ": " + help.err());
            for (String option : List.of("--store", "--base-iri", "--debug", "--help", "--version")) {
                assertTrue(help.out().contains(option), command + " --help lacks " + option + ":\n" + help.out());
            }
        }
        KgCli.Run unknown = Kg.capture("bench");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("kg: Unmatched argument at index 0: 'bench'"), unknown.err());
    }
}
