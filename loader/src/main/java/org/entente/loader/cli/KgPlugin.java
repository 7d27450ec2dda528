package org.entente.loader.cli;

/**
 * A subcommand that another module adds to {@code kg} (the server adds {@code serve}), found with
 * {@link java.util.ServiceLoader}. The command object is a picocli {@code @Command}; it can reach
 * the shared options through a {@code @ParentCommand KgCommand} field.
 */
public interface KgPlugin {
    /** A new instance of the picocli command. */
    Object command();
}
