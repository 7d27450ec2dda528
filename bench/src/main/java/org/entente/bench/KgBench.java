package org.entente.bench;

import org.entente.loader.cli.DebugOption;
import org.entente.loader.cli.KgCli;
import org.entente.loader.cli.KgCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * The benchmark's command line, the main class of kg-bench.jar: {@code kg bench} and
 * {@code kg generate}. The launcher {@code ./kg} runs it for those two commands; they are not part
 * of the product (kg.jar).
 */
@Command(name = "kg", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = KgCommand.Version.class,
        description = "Entente's benchmark: a synthetic corpus, and kg measured against Jena's own tools.")
public final class KgBench {

    @Mixin
    DebugOption debug;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** kg bench and kg generate. */
    public static CommandLine commandLine() {
        return KgCli.of(new KgBench(), new BenchCommand(), new GenerateCommand());
    }

    /** Runs the command line in this JVM and captures its output (see {@link KgCli#capture}). */
    public static KgCli.Run capture(String... args) {
        return KgCli.capture(commandLine(), args);
    }
}
