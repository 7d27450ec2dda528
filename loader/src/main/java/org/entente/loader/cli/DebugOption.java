package org.entente.loader.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --debug}, which every kg command takes from its root: print the stack trace of an error. */
public final class DebugOption {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;
}
