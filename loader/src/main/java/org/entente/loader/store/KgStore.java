package org.entente.loader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.loader.StorageException;

/**
 * The one owner of the TDB2 store: it opens and closes the database and runs every read and write
 * in a transaction. A write either commits completely or leaves the store exactly as it was.
 *
 * <p>A TDB2 directory can be open in one process at a time: opening a directory that another
 * process holds fails with {@link StoreLockedException}.
 *
 * <p>An empty store on disk can also be filled by {@link #bulkWrite}, which sorts each index in
 * memory and writes it bottom up with Jena's B+tree packer (as Jena's xloader does), far faster
 * than a transaction's triple by triple adds, with the same all-or-nothing outcome
 * (docs/bulk-load.md).
 */
public final class KgStore implements AutoCloseable {
    /** TDB2's storage generations inside a store directory: {@code Data-0001}, {@code Data-0002}, ... */
    private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");

    /** Replaced only by a bulk write, which the owner's thread runs while nobody else holds the dataset. */
    private volatile DatasetGraph dsg;
    private final Path location;
    /** True once the dataset was handed to a server: a bulk write, which reopens the store, is then refused. */
    private volatile boolean shared;

    private KgStore(DatasetGraph dsg, Path location) {
        this.dsg = dsg;
        this.location = location;
        // Queries see the union of all named graphs as their default graph.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    private static DatasetGraph connect(Path dir, Path shown) {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (AlreadyLocked e) {
            throw new StoreLockedException(shown);
        } catch (RuntimeException e) {
            if (isLockProblem(e)) {
                throw new StoreLockedException(shown);
            }
            throw new StorageException("cannot open the store " + shown + ": " + e.getMessage(), e);
        }
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
        return new KgStore(connect(dir, directory), directory);
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
     * True if {@link #bulkWrite} can fill this store: it is on disk, holds no quad, and its dataset
     * was not handed to a server.
     */
    public boolean acceptsBulkWrite() {
        return location != null && !shared && read(DatasetGraph::isEmpty);
    }

    /**
     * Fills an empty store with the quads an action sends, all or nothing: the store either stays
     * empty or ends with every quad sent, also if the process is killed. The quads go to a
     * {@link BulkWriter}: a thread of its own gives the terms their NodeIds as they come; when the
     * action {@linkplain StreamRDF#finish finishes} the stream (or returns), it sorts each quad
     * index in memory and packs it bottom up with Jena's B+tree packer, as Jena's xloader does.
     *
     * <p>The node table and each index are committed by a transaction of their own, as in Jena's
     * bulk loaders, which cannot be aborted as one; so the writer never writes into the store's
     * data: it writes a new TDB2 storage generation,
     * {@code Data-NNNN-tmp} beside the current {@code Data-NNNN}, which TDB2 deletes when it opens
     * a store (a killed load leaves the store as it was). When the action has returned and the
     * loader has written every index, that directory is renamed to {@code Data-(NNNN+1)} in one
     * atomic step (TDB2 opens the highest generation, as after a compaction), the store is reopened
     * on it and the old, empty generation is deleted. If the action throws, the new generation is
     * deleted and the store is exactly as before.
     *
     * <p>The writer's thread works while the action runs on the caller's thread, so that the
     * action can compute (map, infer, validate) while the indexes are written: an action that
     * finishes the stream as soon as it has sent its last quad lets the indexes be built while it
     * goes on, and a {@linkplain BulkStream#mark mark} after the bulk of the quads lets it sort
     * those while the action computes the rest.
     *
     * @param action sends the quads to the stream it is given (quads only: a triple of the default
     *        graph is refused) and returns a result
     * @throws IllegalStateException if the store does not {@link #acceptsBulkWrite accept} a bulk write
     */
    public <T> T bulkWrite(Function<BulkStream, T> action) {
        if (!acceptsBulkWrite()) {
            throw new IllegalStateException("a bulk write needs an empty store on disk that no server holds");
        }
        Path dir = location.toAbsolutePath().normalize();
        Path current = currentGeneration(dir);
        String next = String.format(Locale.ROOT, "Data-%04d", generation(current) + 1);
        Path target = dir.resolve(next);
        Path tmp = dir.resolve(next + "-tmp");
        if (Files.exists(target) || Files.exists(tmp)) {
            throw new StorageException("cannot bulk-load the store " + location + ": " + (Files.exists(target) ? target : tmp).getFileName()
                    + " is in the way");
        }
        Location tmpLocation;
        try {
            Files.createDirectories(tmp);
            copyConfiguration(current, tmp);
            tmpLocation = Location.create(tmp);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StorageException("cannot create " + tmp + ": " + e.getMessage(), e);
        }
        T result;
        try {
            DatasetGraphTDB fresh = StoreConnection.connectCreate(tmpLocation).getDatasetGraphTDB();
            BulkWriter writer = new BulkWriter(fresh);
            try {
                result = action.apply(writer);
                writer.await();
            } catch (RuntimeException | Error e) {
                writer.abort();
                throw e;
            }
            StoreConnection.release(tmpLocation);
        } catch (RuntimeException | Error e) {
            try {
                StoreConnection.internalExpel(tmpLocation, true);
            } catch (RuntimeException ignored) {
                // The directory goes anyway.
            }
            deleteQuietly(tmp);
            throw e;
        }
        publish(dir, current, tmp, target);
        return result;
    }

    /** Renames the new generation into place, reopens the store on it and deletes the old one. */
    private void publish(Path dir, Path current, Path tmp, Path target) {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StorageException("cannot move the bulk-loaded data into the store " + location + ": " + e.getMessage(), e);
        }
        // From here the store on disk is the new one; this process switches to it.
        TDBInternal.expel(dsg);
        DatasetGraph reopened = connect(dir, location);
        reopened.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg = reopened;
        deleteQuietly(current);
    }

    private static Path currentGeneration(Path dir) {
        Path p = DatabaseOps.findStorageLocation(dir);
        if (p == null) {
            throw new StorageException("the store " + dir + " has no TDB2 storage directory");
        }
        return p;
    }

    private static int generation(Path storage) {
        Matcher m = GENERATION.matcher(storage.getFileName().toString());
        if (!m.matches()) {
            throw new StorageException("unexpected TDB2 storage directory " + storage);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The storage parameters and optimizer files of a generation, as TDB2's compaction copies them. */
    private static void copyConfiguration(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.equals("tdb.cfg") || name.endsWith(".opt")) {
                    Files.copy(f, to.resolve(name));
                }
            }
        }
    }

    private static void deleteQuietly(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // Left for TDB2 to clean (a -tmp generation) or harmless (an older generation).
        }
    }

    /**
     * The dataset, for a server that manages its own transactions over it (Fuseki). Everyone else
     * goes through {@link #read}, {@link #executeRead} and {@link #write}.
     */
    public DatasetGraph datasetGraph() {
        shared = true;
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
