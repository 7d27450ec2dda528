package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.loader.cli.HelpText;
import org.entente.loader.cli.KgCli;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** kg-bench.jar's command line: bench and generate, which the launcher lists after kg.jar's help. */
class KgBenchTest {

    @Test
    void theHelpListsBothCommandsWithTheirWholeSummary() {
        KgCli.Run help = KgBench.capture("--help");
        assertEquals(0, help.exit(), help.err());
        HelpText.assertEveryCommandSummarised(KgBench.commandLine(), help.out());
        assertEquals(List.of("bench", "generate"), List.copyOf(KgBench.commandLine().getSubcommands().keySet()));
    }

    /** ./kg --help prints kg.jar's help, then these two commands, as the launcher spells them: the same summaries. */
    @Test
    void theLauncherListsTheSameSummaries() throws IOException {
        String launcher = Files.readString(Path.of("..", "kg"), StandardCharsets.UTF_8);
        for (Map.Entry<String, CommandLine> c : KgBench.commandLine().getSubcommands().entrySet()) {
            String line = "  " + String.format("%-10s", c.getKey()) + c.getValue().getCommandSpec().usageMessage().description()[0] + "\n";
            assertTrue(launcher.contains(line), "the launcher lists " + line);
        }
    }

    @Test
    void aBadOptionIsOneLineAndExitCode2() {
        KgCli.Run r = KgBench.capture("generate", "--articles", "-1", "--output", "nowhere");
        assertEquals(2, r.exit(), r.err());
        assertEquals("kg: --articles must be 0 or more, not -1\n", r.err());
    }
}
