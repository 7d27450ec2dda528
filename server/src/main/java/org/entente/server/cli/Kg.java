package org.entente.server.cli;

import java.io.InputStream;

import org.entente.loader.cli.KgCli;

import picocli.CommandLine;

/** {@code kg}, the product's command line and the main class of kg.jar: the loader's commands and {@code serve}. */
public final class Kg {
    private Kg() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Every command of kg.jar. */
    public static CommandLine commandLine() {
        return KgCli.withLoaderCommands(new ServeCommand());
    }

    /** Runs kg in this JVM and captures its output (see {@link KgCli#capture}). */
    public static KgCli.Run capture(String... args) {
        return KgCli.capture(commandLine(), args);
    }

    /** As {@link #capture(String...)}, with this as standard input. */
    public static KgCli.Run capture(InputStream stdin, String... args) {
        return KgCli.capture(commandLine(), stdin, args);
    }
}
