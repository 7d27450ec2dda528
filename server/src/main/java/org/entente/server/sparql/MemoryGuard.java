package org.entente.server.sparql;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the SPARQL endpoint's running queries when the heap runs short, before the JVM runs out.
 *
 * <p>A query's time is bounded by the timeout, but not its memory: {@code ORDER BY}, {@code
 * GROUP BY}, {@code DISTINCT} or {@code GROUP_CONCAT} over a cross product of the store keeps
 * everything in memory, and one such anonymous query took a server with {@code -Xmx512m} to an
 * {@link OutOfMemoryError} in about 30 s, after which it answered nothing at all. The guard watches
 * the heap's old generation (a usage threshold, and a threshold on its size after a collection, at
 * {@code fraction} of its maximum); when either is passed, every query the endpoint was running
 * when it was passed is aborted (the client gets 503 with a message), their memory becomes
 * garbage, and the server goes on. The usage counts garbage, and notifications arrive late: so the
 * guard first collects, and stops nothing if the heap is then below the threshold, or while
 * queries it stopped before are still unwinding; queries that started after the notification
 * was raised are left alone. (Without this the query after a stopped one was stopped too.) Named queries, pages and dumps are bounded by construction and are not tracked.
 */
public final class MemoryGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryGuard.class);

    /** The default share of the old generation's maximum at which running queries are stopped. */
    public static final double DEFAULT_FRACTION = 0.75;

    /** The running queries, with the time each started (ms since the epoch). */
    private final Map<QueryExec, Long> running = new ConcurrentHashMap<>();
    private final Set<QueryExec> aborted = ConcurrentHashMap.newKeySet();
    private final NotificationListener listener = this::notified;
    private final NotificationEmitter emitter;
    private final String poolName;
    private final MemoryPoolMXBean pool;
    private final long threshold;

    public MemoryGuard(double fraction) {
        MemoryPoolMXBean pool = oldGeneration();
        NotificationEmitter e = null;
        long threshold = Long.MAX_VALUE;
        if (pool != null) {
            long max = pool.getUsage().getMax() > 0 ? pool.getUsage().getMax() : Runtime.getRuntime().maxMemory();
            threshold = (long) (max * fraction);
            if (pool.isUsageThresholdSupported()) {
                pool.setUsageThreshold(threshold);
            }
            pool.setCollectionUsageThreshold(threshold);
            e = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
            e.addNotificationListener(listener, null, null);
        }
        this.emitter = e;
        this.pool = pool;
        this.threshold = threshold;
        this.poolName = pool == null ? null : pool.getName();
    }

    /** The heap pool that holds long-lived objects, if this JVM's collector has one that can be watched. */
    private static MemoryPoolMXBean oldGeneration() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            String n = p.getName();
            if (p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()
                    && (n.contains("Old Gen") || n.contains("Tenured"))) {
                return p;
            }
        }
        return null;
    }

    /** Tracks a query while it runs; close the result when it is done. */
    public AutoCloseable track(QueryExec exec) {
        running.put(exec, System.currentTimeMillis());
        return () -> {
            running.remove(exec);
            aborted.remove(exec);
        };
    }

    /** True if the guard stopped this query (rather than the timeout). */
    public boolean stopped(QueryExec exec) {
        return aborted.contains(exec);
    }

    private void notified(Notification n, Object handback) {
        String type = n.getType();
        if (!MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(type)
                && !MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(type)) {
            return;
        }
        // Queries stopped before are still letting go of their memory: wait for them.
        if (!aborted.isEmpty()) {
            return;
        }
        // The usage counts garbage too, and notifications arrive late: collect, and stop queries
        // only if the memory is still taken, and only those that were running when it was.
        if (pool.getUsage().getUsed() >= threshold) {
            System.gc();
        }
        if (pool.getUsage().getUsed() < threshold) {
            return;
        }
        stopStartedBy(n.getTimeStamp());
    }

    /** Aborts every query the endpoint is running that started at or before {@code time} (ms since the epoch). */
    void stopStartedBy(long time) {
        int n = 0;
        for (Map.Entry<QueryExec, Long> e : running.entrySet()) {
            if (e.getValue() > time) {
                continue;
            }
            QueryExec q = e.getKey();
            aborted.add(q);
            try {
                q.abort();
                n++;
            } catch (RuntimeException ex) {
                LOG.warn("could not stop a query: {}", ex.toString());
            }
        }
        if (n > 0) {
            LOG.warn("The heap ({}) passed its threshold: stopped {} running SPARQL quer{}", poolName, n, n == 1 ? "y" : "ies");
        }
    }

    @Override
    public void close() {
        if (emitter != null) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
