package org.entente.bench;

import java.nio.file.Path;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Counts the quads and named graphs of a TDB2 directory with plain Jena (no project code), to check
 * that the stores the benchmark compares hold the same data. Usage: {@code CountQuads DIR REPORT-FILE}.
 */
public final class CountQuads {
    private CountQuads() {}

    public static void main(String[] args) {
        long[] c = count(Path.of(args[0]));
        Report r = new Report();
        r.put("quads", c[0]);
        r.put("graphs", c[1]);
        r.write(Path.of(args[1]));
        System.exit(0);
    }

    /** The quads and the named graphs of a TDB2 directory; the directory is released afterwards. */
    static long[] count(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            return Txn.calculateRead(dsg, () -> new long[] {Iter.count(dsg.find()), Iter.count(dsg.listGraphNodes())});
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
