package org.entente.loader.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.entente.loader.StorageException;

/**
 * Writes the quads of a new, empty TDB2 storage the way Jena's xloader builds its indexes: each
 * quad index is sorted in memory and written bottom up by Jena's B+tree packer
 * ({@link BPlusTreeRewriter#packIntoBPlusTree}) instead of record by record; the node table is
 * written by TDB2's own node table, once per distinct term. Part of {@link KgStore}, which alone
 * creates one, for {@link KgStore#bulkWrite}.
 *
 * <p>The caller's thread only batches quads: a thread of the writer ({@code kg-index-writer})
 * gives each term its NodeId as the batches arrive and keeps the quads as NodeIds in one array.
 * When the caller {@linkplain #finish finishes} the data, that thread sorts the array into the
 * order of each quad index in turn and packs it, while the caller goes on (with SHACL validation).
 * Each part is committed by a transaction of its own, on a coordinator of its own, as Jena's bulk
 * loaders do; so the storage is complete only when {@link #await} returns, and is thrown away
 * (by {@link KgStore}) if anything fails.
 *
 * <p>Quads only: a triple of the default graph is refused (the store keeps every triple in a named graph).
 */
final class BulkWriter implements StreamRDF {
    private static final int BATCH = 10_000;
    private static final Quad[] END = new Quad[0];

    private final DatasetGraphTDB storage;
    private final BlockingQueue<Quad[]> queue = new ArrayBlockingQueue<>(16);
    private final Thread thread;
    private Quad[] batch = new Quad[BATCH];
    private int inBatch;
    private boolean finished;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private long quads;

    BulkWriter(DatasetGraphTDB storage) {
        this.storage = storage;
        this.thread = new Thread(this::run, "kg-index-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void start() {
    }

    @Override
    public void triple(Triple triple) {
        throw new IllegalArgumentException("the bulk writer stores quads only, not the default graph's triple " + triple);
    }

    @Override
    public void quad(Quad quad) {
        if (finished) {
            throw new IllegalStateException("the bulk writer's data has ended");
        }
        if (quad.isDefaultGraph()) {
            triple(quad.asTriple());
        }
        batch[inBatch++] = quad;
        if (inBatch == BATCH) {
            hand(batch);
            batch = new Quad[BATCH];
            inBatch = 0;
        }
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    /**
     * Ends the data: the writer's thread then builds the indexes. Returns at once; {@link #await}
     * waits for the indexes. Calling it again does nothing.
     */
    @Override
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        hand(Arrays.copyOf(batch, inBatch));
        batch = null;
        hand(END);
    }

    /**
     * Waits until every index is written and committed.
     *
     * @return how many quads were written
     * @throws StorageException if writing failed
     */
    long await() {
        finish();
        join();
        if (failure != null) {
            throw new StorageException("the bulk write failed: " + failure.getMessage(), failure);
        }
        return quads;
    }

    /** Stops the writer's thread after an error of the caller; what it wrote is to be thrown away. */
    void abort() {
        aborted = true;
        thread.interrupt();
        join();
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void hand(Quad[] b) {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || !thread.isAlive()) {
                    throw new StorageException("the bulk write failed: " + (failure == null ? "its thread ended" : failure.getMessage()), failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while writing the store", e);
        }
        if (failure != null) {
            throw new StorageException("the bulk write failed: " + failure.getMessage(), failure);
        }
    }

    private void run() {
        try {
            LongTuples tuples = nodeIds();
            if (!aborted) {
                buildIndexes(tuples);
            }
        } catch (Throwable e) {
            if (!aborted) {
                failure = e;
            }
        }
    }

    /** Gives each term its NodeId, in one transaction of the node table, and keeps the quads as NodeIds. */
    private LongTuples nodeIds() throws InterruptedException {
        NodeTable nodeTable = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodeTable);
        CoLib.start(coordinator);
        Transaction txn = coordinator.begin(TxnType.WRITE);
        LongTuples tuples = new LongTuples(4);
        Map<Node, Long> ids = new HashMap<>();
        byte[] bytes = new byte[NodeId.SIZE];
        long[] row = new long[4];
        try {
            while (true) {
                Quad[] b = queue.take();
                if (b == END) {
                    break;
                }
                for (Quad q : b) {
                    row[0] = id(q.getGraph(), nodeTable, ids, bytes);
                    row[1] = id(q.getSubject(), nodeTable, ids, bytes);
                    row[2] = id(q.getPredicate(), nodeTable, ids, bytes);
                    row[3] = id(q.getObject(), nodeTable, ids, bytes);
                    tuples.add(row);
                }
            }
            txn.commit();
        } catch (RuntimeException | InterruptedException | Error e) {
            txn.abort();
            throw e;
        } finally {
            txn.end();
        }
        return tuples;
    }

    private static long id(Node n, NodeTable nodeTable, Map<Node, Long> ids, byte[] bytes) {
        Long known = ids.get(n);
        if (known != null) {
            return known;
        }
        NodeId id = nodeTable.getAllocateNodeId(n);
        NodeIdFactory.set(id, bytes, 0);
        long x = Bytes.getLong(bytes, 0);
        ids.put(n, x);
        return x;
    }

    /** Sorts the quads into each quad index's order and packs the index, one transaction per index. */
    private void buildIndexes(LongTuples tuples) {
        long[] sorted = new long[tuples.size() * 4];
        for (TupleIndex index : storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (aborted) {
                return;
            }
            int[] columns = columns(index.getName());
            tuples.permuteInto(sorted, columns);
            int n = TupleSort.sortDistinct(sorted, tuples.size(), 4);
            quads = n;
            pack(index, sorted, n);
        }
    }

    /** Where each column of an index comes from in a quad's G, S, P, O. */
    private static int[] columns(String indexName) {
        String primary = "GSPO";
        if (indexName.length() != 4) {
            throw new IllegalStateException("not a quad index: " + indexName);
        }
        int[] c = new int[4];
        for (int i = 0; i < 4; i++) {
            c[i] = primary.indexOf(indexName.charAt(i));
            if (c[i] < 0) {
                throw new IllegalStateException("unexpected index " + indexName);
            }
        }
        return c;
    }

    private static void pack(TupleIndex index, long[] sorted, int n) {
        BPlusTree bpt = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = bpt.getRecordFactory();
        BPlusTreeParams params = bpt.getParams();
        BlockMgr nodes = bpt.getNodeManager().getBlockMgr();
        BlockMgr records = bpt.getRecordsMgr().getBlockMgr();
        BufferChannel state = bpt.getStateManager().getBufferChannel();
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(new Records(sorted, n, factory), params, factory, state, nodes, records));
    }

    /** The records of a sorted tuple array: each tuple's longs as big-endian bytes. */
    private static final class Records implements Iterator<Record> {
        private final long[] sorted;
        private final int n;
        private final RecordFactory factory;
        private int next;

        Records(long[] sorted, int n, RecordFactory factory) {
            this.sorted = sorted;
            this.n = n;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            return next < n;
        }

        @Override
        public Record next() {
            if (next >= n) {
                throw new NoSuchElementException();
            }
            byte[] key = new byte[32];
            int base = next * 4;
            for (int k = 0; k < 4; k++) {
                Bytes.setLong(sorted[base + k], key, k * 8);
            }
            next++;
            return factory.create(key);
        }
    }

    /** A growing array of fixed-width tuples of longs. */
    private static final class LongTuples {
        private final int width;
        private final List<long[]> chunks = new ArrayList<>();
        private static final int CHUNK = 1 << 16;
        private long[] current;
        private int used;
        private int size;

        LongTuples(int width) {
            this.width = width;
        }

        void add(long[] row) {
            if (current == null || used == CHUNK) {
                current = new long[CHUNK * width];
                chunks.add(current);
                used = 0;
            }
            System.arraycopy(row, 0, current, used * width, width);
            used++;
            size++;
        }

        int size() {
            return size;
        }

        /** Copies every tuple into {@code out}, column {@code i} of each taken from column {@code columns[i]}. */
        void permuteInto(long[] out, int[] columns) {
            int o = 0;
            int left = size;
            for (long[] chunk : chunks) {
                int rows = Math.min(left, CHUNK);
                for (int r = 0; r < rows; r++) {
                    int base = r * width;
                    for (int i = 0; i < width; i++) {
                        out[o++] = chunk[base + columns[i]];
                    }
                }
                left -= rows;
            }
        }
    }
}
