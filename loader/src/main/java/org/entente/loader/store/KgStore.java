package org.entente.loader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.loader.StorageException;

/**
 * The one owner of the TDB2 store: it opens and closes the database and runs every read and write
 * in a transaction. A write either commits completely or leaves the store exactly as it was.
 *
 * <p>A TDB2 directory can be open in one process at a time: opening a directory that another
 * process holds fails with {@link StoreLockedException}.
 */
public final class KgStore implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Path location;

    private KgStore(DatasetGraph dsg, Path location) {
        this.dsg = dsg;
        this.location = location;
        // Queries see the union of all named graphs as their default graph.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the TDB2 store in a directory. */
    public static KgStore open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StorageException("the store " + directory + " is not a directory");
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException("cannot create the store directory " + directory + ": " + e.getMessage(), e);
        }
        try {
            return new KgStore(DatabaseMgr.connectDatasetGraph(dir.toString()), directory);
        } catch (AlreadyLocked e) {
            throw new StoreLockedException(directory);
        } catch (RuntimeException e) {
            if (isLockProblem(e)) {
                throw new StoreLockedException(directory);
            }
            throw new StorageException("cannot open the store " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLockProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked
                    || (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("lock"))) {
                return true;
            }
        }
        return false;
    }

    /** A store in memory, with the same transactions, for tests and one-off runs. */
    public static KgStore inMemory() {
        return new KgStore(TDB2Factory.createDataset().asDatasetGraph(), null);
    }

    /** Runs an action in a read transaction. */
    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    /**
     * Runs an action that returns nothing in a read transaction, such as writing the whole store
     * to a client as it is read: the transaction, and so a consistent snapshot, lasts until the
     * action returns.
     */
    public void executeRead(Consumer<DatasetGraph> action) {
        Txn.executeRead(dsg, () -> action.accept(dsg));
    }

    /** Runs an action in one write transaction: it commits if the action returns, and aborts if it throws. */
    public <T> T write(Function<DatasetGraph, T> action) {
        return Txn.calculateWrite(dsg, () -> action.apply(dsg));
    }

    /** The names of the store's named graphs (read in a transaction). */
    public List<Node> graphNames() {
        return read(d -> {
            List<Node> names = new ArrayList<>();
            d.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /**
     * The dataset, for a server that manages its own transactions over it (Fuseki). Everyone else
     * goes through {@link #read}, {@link #executeRead} and {@link #write}.
     */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The store's directory, or null for a store in memory. */
    public Path location() {
        return location;
    }

    /** Closes the store and releases its directory. */
    @Override
    public void close() {
        if (location != null) {
            TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }
}
