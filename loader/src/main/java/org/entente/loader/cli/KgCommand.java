package org.entente.loader.cli;

import java.nio.file.Path;

import org.entente.loader.UsageException;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.store.KgStore;
import org.entente.ontology.IriScheme;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command, {@code kg}, and the options every subcommand shares. */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = KgCommand.Version.class,
        description = "Entente: a knowledge graph of states, alliances, treaties and military deployments.",
        subcommands = {LoadCommand.class, ValidateCommand.class, QueryCommand.class, QueriesCommand.class,
            ExportCommand.class, StatsCommand.class, GenerateCommand.class})
public final class KgCommand {

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:ENTENTE_STORE:-store}",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}; environment: ENTENTE_STORE).")
    Path store;

    @Option(names = "--base-iri", scope = ScopeType.INHERIT, paramLabel = "IRI",
            defaultValue = "${env:ENTENTE_BASE_IRI:-" + IriScheme.DEFAULT_BASE + "}",
            description = "The base IRI of the entities the data mints (default: ${DEFAULT-VALUE}; environment: ENTENTE_BASE_IRI).")
    String baseIri;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    /** The graph names under the configured base IRI. */
    public GraphNames graphs() {
        try {
            return new GraphNames(IriScheme.of(baseIri));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--base-iri: " + e.getMessage());
        }
    }

    /** Opens the configured store. */
    public KgStore openStore() {
        return KgStore.open(store);
    }

    public Path store() {
        return store;
    }

    public boolean debug() {
        return debug;
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
