package org.entente.loader.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ServiceLoader;

import org.entente.loader.KgException;

import picocli.CommandLine;

/** The {@code kg} command line. */
public final class Kg {
    private Kg() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 wrong arguments. */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    /** What a run of the command line gave: its exit code and what it wrote to standard output and error. */
    public record Run(int exit, String out, String err) {}

    /**
     * Runs the command line in this JVM and captures what it writes, for programs that embed
     * {@code kg} (and for tests). System.out and System.err are not touched.
     */
    public static Run capture(String... args) {
        CommandLine cli = commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The command line with every subcommand, including those of other modules. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KgCommand());
        for (KgPlugin plugin : ServiceLoader.load(KgPlugin.class)) {
            cli.addSubcommand(plugin.command());
        }
        cli.setExecutionExceptionHandler(Kg::handle);
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("kg: " + ex.getMessage());
            err.println("Try 'kg " + subcommandPath(ex.getCommandLine()) + "--help' for more information.");
            return 2;
        });
        return cli;
    }

    private static String subcommandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed != null && parsed.hasMatchedOption("--debug")
                || (parsed != null && parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        if (debug) {
            ex.printStackTrace(err);
        }
        if (ex instanceof KgException k) {
            err.println("kg: " + k.getMessage());
            return k.exitCode();
        }
        err.println("kg: internal error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + (debug ? "" : " (run with --debug for details)"));
        return 1;
    }
}
