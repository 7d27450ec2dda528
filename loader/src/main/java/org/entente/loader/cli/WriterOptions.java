package org.entente.loader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.entente.loader.UsageException;

import picocli.CommandLine.Option;

/**
 * The writer's credentials, {@code --user} and {@code --password-file}: the user that
 * {@code kg load --endpoint} writes as, and the one user that {@code kg serve} lets write. The
 * password itself is never an option (a process list would show it) and never printed.
 */
public final class WriterOptions {
    @Option(names = "--user", paramLabel = "NAME", description = "The writer's user name (or ENTENTE_USER).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file holding the writer's password (or ENTENTE_PASSWORD).")
    Path passwordFile;

    /** The --user value, or null. */
    public String user() {
        return user;
    }

    /** The --password-file value, or null. */
    public Path passwordFile() {
        return passwordFile;
    }

    /** Reads a password file: its content without the trailing line break. The password is never put in a message. */
    public static String readPassword(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\\r\\n]+$", "");
            if (s.isEmpty() || s.indexOf('\n') >= 0) {
                throw new UsageException("the password file " + file + " must hold the password on one line");
            }
            return s;
        } catch (NoSuchFileException e) {
            throw new UsageException("the password file " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read the password file " + file + ": " + e.getMessage());
        }
    }
}
