package org.entente.loader.cli;

import java.io.InputStream;

import picocli.CommandLine;

/**
 * The loader's own {@code kg} shell: its commands (load, validate, query, queries, export, stats)
 * under the root options they share, so that the loader jobs run the same from this module. The
 * product's {@code kg} (kg.jar, module server) is the same with {@code serve} added.
 */
public final class Kg {
    private Kg() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The loader's command line. */
    public static CommandLine commandLine() {
        return KgCli.withLoaderCommands();
    }

    /** Runs the loader's command line in this JVM and captures its output (see {@link KgCli#capture}). */
    public static KgCli.Run capture(String... args) {
        return KgCli.capture(commandLine(), args);
    }

    /** As {@link #capture(String...)}, with this as standard input. */
    public static KgCli.Run capture(InputStream stdin, String... args) {
        return KgCli.capture(commandLine(), stdin, args);
    }
}
