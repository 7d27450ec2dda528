package org.entente.loader.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import picocli.CommandLine;

/** Checks of a kg help text, shared by the tests of every kg shell. */
public final class HelpText {
    private HelpText() {}

    /**
     * The help of a root command lists every subcommand with the whole of its summary (the first
     * element of its description, one sentence), wrapped or not, never cut.
     */
    public static void assertEveryCommandSummarised(CommandLine root, String help) {
        String flat = help.replaceAll("\\s+", " ");
        Map<String, CommandLine> commands = root.getSubcommands();
        assertTrue(!commands.isEmpty(), "the root has commands");
        for (Map.Entry<String, CommandLine> c : commands.entrySet()) {
            String summary = c.getValue().getCommandSpec().usageMessage().description()[0];
            assertTrue(summary.endsWith(".") && summary.length() > 20, "a sentence: " + summary);
            assertTrue(flat.contains(" " + c.getKey() + " " + summary + " ") || flat.endsWith(" " + c.getKey() + " " + summary),
                    "'" + c.getKey() + "' with its whole summary '" + summary + "' in:\n" + help);
        }
    }
}
