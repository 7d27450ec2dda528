package org.entente.loader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.entente.loader.StorageException;
import org.entente.loader.UsageException;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command, {@code kg}, and the options every subcommand shares (a subcommand reaches them
 * through a {@code @ParentCommand KgCommand} field). Its subcommands are added by {@link KgCli}.
 */
@Command(name = "kg", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = KgCommand.Version.class,
        description = "Entente: a knowledge graph of states, alliances, treaties and military deployments.")
public final class KgCommand {

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:ENTENTE_STORE:-store}",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}; environment: ENTENTE_STORE).")
    Path store;

    @Option(names = "--base-iri", scope = ScopeType.INHERIT, paramLabel = "IRI",
            defaultValue = "${env:ENTENTE_BASE_IRI:-" + IriScheme.DEFAULT_BASE + "}",
            description = "The base IRI of the entities the data mints (default: ${DEFAULT-VALUE}; environment: ENTENTE_BASE_IRI).")
    String baseIri;

    @Mixin
    DebugOption debug;

    private InputStream standardInput = System.in;

    /** The graph names under the configured base IRI. */
    public GraphNames graphs() {
        try {
            return new GraphNames(IriScheme.of(baseIri));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--base-iri: " + e.getMessage());
        }
    }

    /**
     * Opens the configured store to write to it, creating it in a new or empty folder; never in a
     * file, nor in a folder that holds other things (TDB2 would add its files to them).
     */
    public KgStore openStore() {
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new UsageException("the store " + store + " is a file, not a folder");
        }
        if (Files.isDirectory(store) && !isStore(store) && !isEmpty(store)) {
            throw new UsageException(store + " is not a store and not empty; kg load creates a store only in a new or empty folder");
        }
        return KgStore.open(store);
    }

    /**
     * Opens the configured store to read it: it must be there. Opening a missing or foreign folder
     * would create an empty store in it, and a mistyped --store would answer every query with
     * nothing, exit code 0.
     */
    public KgStore openExistingStore() {
        if (!Files.exists(store)) {
            throw new UsageException("there is no store at " + store + "; create one with 'kg load --store " + store + "'");
        }
        if (!Files.isDirectory(store)) {
            throw new UsageException("the store " + store + " is a file, not a folder");
        }
        if (!isStore(store)) {
            throw new UsageException(store + " is not a store: it holds no TDB2 database");
        }
        return KgStore.open(store);
    }

    /** True if the folder holds a TDB2 database (a Data-NNNN folder). */
    private static boolean isStore(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-[0-9]{4}"));
        } catch (IOException e) {
            throw new StorageException("cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** True if the folder is empty but for a lock file that a store left behind. */
    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> p.getFileName().toString().equals("tdb.lock"));
        } catch (IOException e) {
            throw new StorageException("cannot read the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path store() {
        return store;
    }

    /** The --base-iri value (or its default), unchecked. */
    public String baseIri() {
        return baseIri;
    }

    /** What the commands read as standard input ({@code kg query -}). */
    public InputStream standardInput() {
        return standardInput;
    }

    /** Sets the commands' standard input (System.in unless a program that embeds kg gives another). */
    public void setStandardInput(InputStream in) {
        this.standardInput = in;
    }

    /** The version from the jar's manifest. */
    public static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KgCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kg (Entente) " + (v == null ? "development build" : v)};
        }
    }
}
