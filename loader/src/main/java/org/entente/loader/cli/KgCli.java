package org.entente.loader.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.entente.loader.KgException;

import picocli.CommandLine;

/**
 * Builds {@code kg} command lines: a root command with its subcommands, and the behaviour every
 * {@code kg} shell shares (an error is one line on standard error, exit code 2 for wrong
 * arguments and 1 for failures, a stack trace only with {@code --debug}). The loader's shell
 * ({@link Kg}), the product's {@code kg} (module server, which adds {@code serve}) and the
 * benchmark's are all built here, each where every one of its commands is visible.
 */
public final class KgCli {
    private KgCli() {}

    /** New instances of the loader's commands: load, validate, query, queries, export, stats, extract. */
    public static List<Object> loaderCommands() {
        return List.of(new LoadCommand(), new ValidateCommand(), new QueryCommand(), new QueriesCommand(), new ExportCommand(),
                new StatsCommand(), new ExtractCommand());
    }

    /** {@code kg}: the root options every command shares ({@link KgCommand}), the loader's commands, then the given ones. */
    public static CommandLine withLoaderCommands(Object... more) {
        CommandLine cli = new CommandLine(new KgCommand());
        loaderCommands().forEach(cli::addSubcommand);
        for (Object command : more) {
            cli.addSubcommand(command);
        }
        return configure(cli);
    }

    /** A command line of any root command and subcommands, with the behaviour every kg shell shares. */
    public static CommandLine of(Object root, Object... subcommands) {
        CommandLine cli = new CommandLine(root);
        for (Object command : subcommands) {
            cli.addSubcommand(command);
        }
        return configure(cli);
    }

    private static CommandLine configure(CommandLine cli) {
        cli.setExecutionExceptionHandler(KgCli::handle);
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("kg: " + ex.getMessage());
            err.println("Try 'kg " + subcommandPath(ex.getCommandLine()) + "--help' for more information.");
            return 2;
        });
        return cli;
    }

    /** What a run of a command line gave: its exit code and what it wrote to standard output and error. */
    public record Run(int exit, String out, String err) {}

    /**
     * Runs a command line in this JVM and captures what it writes, for programs that embed
     * {@code kg} (and for tests). System.out and System.err are not touched; standard input is empty.
     */
    public static Run capture(CommandLine cli, String... args) {
        return capture(cli, InputStream.nullInputStream(), args);
    }

    /** As {@link #capture(CommandLine, String...)}, with this as the commands' standard input. */
    public static Run capture(CommandLine cli, InputStream stdin, String... args) {
        if (cli.getCommand() instanceof KgCommand root) {
            root.setStandardInput(stdin);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return new Run(exit, out.toString(), err.toString());
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
