package org.entente.loader.cli;

import picocli.CommandLine.Option;

/** {@code -q, --quiet}, for the commands that report what they do as they go. */
public final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    public boolean quiet() {
        return quiet;
    }
}
