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
import org.apache.jena.dboe.base.file.BinaryDataFile;
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
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.store.Hash;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetable.TReadAppendFileTransport;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;
import org.entente.loader.StorageException;

/**
 * Writes the quads of a new, empty TDB2 storage the way Jena's xloader builds its indexes: each
 * quad index is sorted in memory and written bottom up by Jena's B+tree packer
 * ({@link BPlusTreeRewriter#packIntoBPlusTree}) instead of record by record, and so is the node
 * table's index from hashes to NodeIds, after each distinct term is appended once to the node data file. Part of {@link KgStore}, which alone
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
final class BulkWriter implements BulkStream {
    private static final int BATCH = 10_000;
    private static final Quad[] END = new Quad[0];
    private static final Quad[] MARK = new Quad[0];

    private final DatasetGraphTDB storage;
    private final BlockingQueue<Quad[]> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private Quad[] batch = new Quad[BATCH];
    private int inBatch;
    private boolean finished;
    private boolean marked;
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
     * The quads sent so far are sorted, index by index, on the writer's thread as soon as it has
     * their NodeIds; at the end only the quads sent after the mark are sorted, and the two sorted
     * runs are merged as they are packed.
     */
    @Override
    public void mark() {
        if (finished || marked) {
            return;
        }
        marked = true;
        hand(Arrays.copyOf(batch, inBatch));
        batch = new Quad[BATCH];
        inBatch = 0;
        hand(MARK);
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

    /**
     * Gives each term its NodeId and keeps the quads as NodeIds, in one transaction of the node
     * table. As Jena's xloader builds a node table: a term that TDB2 stores as a value gets its
     * inline NodeId; any other is appended once to the node data file in the encoding of
     * {@link NodeTableTRDF} (its position is its NodeId), and its hash is kept; at the end the
     * hashes are sorted and packed into the node table's hash-to-NodeId B+tree.
     */
    private LongTuples nodeIds() throws InterruptedException {
        NodeTable nodeTable = storage.getQuadTable().getNodeTupleTable().getNodeTable();
        if (!(nodeTable.baseNodeTable() instanceof NodeTableTRDF base)) {
            throw new IllegalStateException("unexpected TDB2 node table " + nodeTable.baseNodeTable().getClass().getName());
        }
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodeTable);
        CoLib.start(coordinator);
        Transaction txn = coordinator.begin(TxnType.WRITE);
        LongTuples tuples = new LongTuples(4);
        try {
            Terms terms = new Terms(base);
            long[] row = new long[4];
            while (true) {
                Quad[] b = queue.take();
                if (b == END) {
                    break;
                }
                if (b == MARK) {
                    if (runs == null) {
                        markedSize = tuples.size();
                        runs = sortRuns(tuples, 0, markedSize);
                    }
                    continue;
                }
                for (Quad q : b) {
                    row[0] = terms.id(q.getGraph());
                    row[1] = terms.id(q.getSubject());
                    row[2] = terms.id(q.getPredicate());
                    row[3] = terms.id(q.getObject());
                    tuples.add(row);
                }
            }
            if (!aborted) {
                terms.packIndex();
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

    /** The terms of this write: their NodeIds (as TDB2 writes them, 8 big-endian bytes read as a long) and the node table's records. */
    private static final class Terms {
        private final NodeTableTRDF table;
        private final BinaryDataFile data;
        private final TProtocol protocol;
        private final Map<Node, Long> ids = new HashMap<>();
        /** The NodeId of each hash written, keyed by the hash's two halves. */
        private final Map<Hash128, Long> byHash = new HashMap<>();
        /** Rows of (hash high, hash low, NodeId): the node table index's records. */
        private final LongTuples records = new LongTuples(3);
        private final Hash hash = new Hash(SystemTDB.LenNodeHash);
        private final byte[] bytes = new byte[NodeId.SIZE];
        private final long[] record = new long[3];

        Terms(NodeTableTRDF table) {
            if (SystemTDB.LenNodeHash != 16) {
                throw new IllegalStateException("unexpected TDB2 node hash length " + SystemTDB.LenNodeHash);
            }
            this.table = table;
            this.data = table.getData();
            this.protocol = TRDF.protocol(new TReadAppendFileTransport(data));
        }

        long id(Node n) {
            Long known = ids.get(n);
            if (known != null) {
                return known;
            }
            long x;
            NodeId inline = NodeIdInline.inline(n);
            if (inline != null) {
                x = encode(inline);
            } else {
                NodeLib.setHash(hash, n);
                byte[] h = hash.getBytes();
                Hash128 key = new Hash128(Bytes.getLong(h, 0), Bytes.getLong(h, 8));
                Long same = byHash.get(key);
                if (same != null) {
                    x = same;
                } else {
                    // As NodeTableTRDF.writeNodeToTable: the term's position in the data file is its NodeId.
                    long position = data.length();
                    try {
                        ThriftConvert.convert(n, true).write(protocol);
                    } catch (TException e) {
                        throw new StorageException("cannot write the term " + n + " to the node table: " + e.getMessage(), e);
                    }
                    x = encode(NodeIdFactory.createPtr(position));
                    byHash.put(key, x);
                    record[0] = key.high();
                    record[1] = key.low();
                    record[2] = x;
                    records.add(record);
                }
            }
            ids.put(n, x);
            return x;
        }

        private long encode(NodeId id) {
            NodeIdFactory.set(id, bytes, 0);
            return Bytes.getLong(bytes, 0);
        }

        /** Sorts the hash records and packs them into the node table's B+tree (hash to NodeId), then syncs the data file. */
        void packIndex() {
            long[] sorted = new long[records.size() * 3];
            records.permuteInto(sorted, 0, records.size(), new int[] {0, 1, 2});
            int n = TupleSort.sortDistinct(sorted, records.size(), 3);
            BPlusTree bpt = (BPlusTree) table.getIndex();
            RecordFactory factory = bpt.getRecordFactory();
            Iterator<Record> it = new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < n;
                }

                @Override
                public Record next() {
                    if (next >= n) {
                        throw new NoSuchElementException();
                    }
                    byte[] key = new byte[16];
                    byte[] value = new byte[NodeId.SIZE];
                    Bytes.setLong(sorted[next * 3], key, 0);
                    Bytes.setLong(sorted[next * 3 + 1], key, 8);
                    Bytes.setLong(sorted[next * 3 + 2], value, 0);
                    next++;
                    return factory.create(key, value);
                }
            };
            BPlusTree packed = BPlusTreeRewriter.packIntoBPlusTree(it, bpt.getParams(), factory, bpt.getStateManager().getBufferChannel(),
                    bpt.getNodeManager().getBlockMgr(), bpt.getRecordsMgr().getBlockMgr());
            packed.sync();
            data.sync();
        }
    }

    private record Hash128(long high, long low) {}

    /** The quads up to the mark, sorted for each quad index (by index name), or null before a mark. */
    private Map<String, Run> runs;
    /** How many quads were sent before the mark. */
    private int markedSize;

    /** A sorted run of distinct tuples for one index: the first {@code size} tuples of {@code tuples}. */
    private record Run(long[] tuples, int size) {}

    /** Sorts the tuples {@code from} to {@code to} into each quad index's order. */
    private Map<String, Run> sortRuns(LongTuples tuples, int from, int to) {
        Map<String, Run> out = new HashMap<>();
        for (TupleIndex index : quadIndexes()) {
            if (aborted) {
                break;
            }
            out.put(index.getName(), sortRun(tuples, from, to, index));
        }
        return out;
    }

    private static Run sortRun(LongTuples tuples, int from, int to, TupleIndex index) {
        long[] sorted = new long[(to - from) * 4];
        tuples.permuteInto(sorted, from, to, columns(index.getName()));
        return new Run(sorted, TupleSort.sortDistinct(sorted, to - from, 4));
    }

    private TupleIndex[] quadIndexes() {
        return storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
    }

    /**
     * Sorts the quads into each quad index's order and packs the index, one transaction per index:
     * the quads sent after the mark are sorted now and merged with the run sorted at the mark.
     */
    private void buildIndexes(LongTuples tuples) {
        int from = runs == null ? 0 : markedSize;
        for (TupleIndex index : quadIndexes()) {
            if (aborted) {
                return;
            }
            Run late = sortRun(tuples, from, tuples.size(), index);
            Run early = runs == null ? new Run(new long[0], 0) : runs.remove(index.getName());
            BPlusTree bpt = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
            Merge merge = new Merge(early, late, bpt.getRecordFactory());
            BlockMgr nodes = bpt.getNodeManager().getBlockMgr();
            BlockMgr records = bpt.getRecordsMgr().getBlockMgr();
            BufferChannel state = bpt.getStateManager().getBufferChannel();
            CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(merge, bpt.getParams(), bpt.getRecordFactory(), state, nodes,
                    records));
            quads = merge.count;
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

    /**
     * The records of an index from two sorted runs of distinct tuples, in order, each tuple once
     * (one that is in both runs is written once): each tuple's longs as big-endian bytes.
     */
    private static final class Merge implements Iterator<Record> {
        private final Run a;
        private final Run b;
        private final RecordFactory factory;
        private int i;
        private int j;
        int count;

        Merge(Run a, Run b, RecordFactory factory) {
            this.a = a;
            this.b = b;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            return i < a.size() || j < b.size();
        }

        @Override
        public Record next() {
            long[] from;
            int at;
            if (i >= a.size()) {
                if (j >= b.size()) {
                    throw new NoSuchElementException();
                }
                from = b.tuples();
                at = j++;
            } else if (j >= b.size()) {
                from = a.tuples();
                at = i++;
            } else {
                int c = TupleSort.compare(a.tuples(), i, b.tuples(), j, 4);
                if (c <= 0) {
                    from = a.tuples();
                    at = i++;
                    if (c == 0) {
                        j++;
                    }
                } else {
                    from = b.tuples();
                    at = j++;
                }
            }
            byte[] key = new byte[32];
            int base = at * 4;
            for (int k = 0; k < 4; k++) {
                Bytes.setLong(from[base + k], key, k * 8);
            }
            count++;
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

        /** Copies the tuples {@code from} to {@code to} into {@code out}, column {@code i} of each taken from column {@code columns[i]}. */
        void permuteInto(long[] out, int from, int to, int[] columns) {
            int o = 0;
            for (int t = from; t < to; t++) {
                long[] chunk = chunks.get(t / CHUNK);
                int base = (t % CHUNK) * width;
                for (int i = 0; i < width; i++) {
                    out[o++] = chunk[base + columns[i]];
                }
            }
        }
    }
}
