package org.entente.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs another program's {@code main} in this JVM and, when the JVM exits (normally or through
 * {@code System.exit}), writes what it measured about itself to a file of {@code key=value} lines:
 * peak resident memory (VmHWM of {@code /proc/self/status}), wall time since the JVM started,
 * garbage collections and peak heap. The program under test is not changed: the wrapper only
 * adds a shutdown hook, so Jena's own commands run exactly as they do from their own scripts.
 *
 * <p>Usage: {@code java -cp kg-bench.jar org.entente.bench.Probe REPORT-FILE MAIN-CLASS ARGS...}
 */
public final class Probe {
    private Probe() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: Probe REPORT-FILE MAIN-CLASS [ARGS...]");
            System.exit(2);
        }
        Path report = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(report), "bench-probe"));
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What this JVM measured about itself. */
    static Map<String, String> measure() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("uptimeMillis", Long.toString(ManagementFactory.getRuntimeMXBean().getUptime()));
        Map<String, Long> status = procStatus(Path.of("/proc/self/status"));
        status.forEach((k, v) -> m.put(k + "Kb", Long.toString(v)));
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        m.put("gcCount", Long.toString(gcCount));
        m.put("gcMillis", Long.toString(gcMillis));
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        m.put("peakHeapBytes", Long.toString(peakHeap));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            // CPU time of the whole process (all threads, GC and JIT included): less sensitive than wall time to other
            // users of a shared machine.
            m.put("cpuMillis", Long.toString(os.getProcessCpuTime() / 1_000_000));
        }
        m.put("maxHeapBytes", Long.toString(Runtime.getRuntime().maxMemory()));
        return m;
    }

    private static void write(Path report) {
        StringBuilder sb = new StringBuilder();
        measure().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(report, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("bench probe: cannot write " + report + ": " + e.getMessage());
        }
    }

    /** VmHWM, VmRSS, RssAnon, RssFile (kB) of a {@code /proc/PID/status} file; empty where there is none. */
    static Map<String, Long> procStatus(Path status) {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                for (String key : new String[] {"VmHWM", "VmRSS", "RssAnon", "RssFile"}) {
                    if (line.startsWith(key + ":")) {
                        String v = line.substring(key.length() + 1).strip();
                        out.put(key, Long.parseLong(v.split("\\s+")[0]));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is gone: no figures.
        }
        return out;
    }
}
