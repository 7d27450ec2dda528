package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark step run as a child JVM ({@code java -cp CLASSPATH Probe REPORT MAIN ARGS}), so that
 * every side is measured alone: wall time from launch to exit, and peak resident memory, both as
 * the harness sees it (VmHWM of {@code /proc/PID/status}, polled) and as the child reports it at
 * exit through {@link Probe}. Output goes to a log file.
 */
final class Child {

    /** How a child ran. {@code report} holds the lines the child's own report file had, if it wrote one. */
    record Result(String name, int exit, long wallMillis, long peakRssKb, Map<String, String> probe, Map<String, String> report,
            Path log, double loadBefore, double loadAfter) {

        boolean ok() {
            return exit == 0;
        }

        long peakHeapMb() {
            return Long.parseLong(probe.getOrDefault("peakHeapBytes", "0")) / (1024 * 1024);
        }

        long gcMillis() {
            return Long.parseLong(probe.getOrDefault("gcMillis", "0"));
        }

        /** CPU time of the child (all threads), or -1 if it did not report it. */
        long cpuMillis() {
            return Long.parseLong(probe.getOrDefault("cpuMillis", "-1"));
        }
    }

    private final String classpath;
    private final List<String> jvmOptions;
    private final Path workDir;
    /** What the java command is run under, such as {@code taskset -c 1}; usually nothing. */
    private final List<String> launcher;

    Child(String classpath, List<String> jvmOptions, Path workDir) {
        this(classpath, jvmOptions, workDir, List.of());
    }

    private Child(String classpath, List<String> jvmOptions, Path workDir, List<String> launcher) {
        this.classpath = classpath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.workDir = workDir;
        this.launcher = List.copyOf(launcher);
    }

    /** The same children, with the java command run under this launcher (such as {@code taskset -c 1}). */
    Child under(List<String> launcher) {
        return new Child(classpath, jvmOptions, workDir, launcher);
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command line that runs a main class under the probe. */
    List<String> command(List<String> extraJvmOptions, Path probeFile, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>(launcher);
        cmd.add(javaBinary());
        cmd.addAll(jvmOptions);
        cmd.addAll(extraJvmOptions);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(Probe.class.getName());
        cmd.add(probeFile.toString());
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** Runs a main class to its end (or until the timeout, when it is killed and reported with exit -1). */
    Result run(String name, List<String> extraJvmOptions, String mainClass, List<String> args, Path reportFile, Duration timeout)
            throws IOException, InterruptedException {
        String slug = name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
        Path probeFile = workDir.resolve(slug + ".probe");
        Path log = workDir.resolve(slug + ".log");
        Files.deleteIfExists(probeFile);
        if (reportFile != null) {
            Files.deleteIfExists(reportFile);
        }
        ProcessBuilder pb = new ProcessBuilder(command(extraJvmOptions, probeFile, mainClass, args));
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        pb.directory(workDir.toFile());
        double loadBefore = Machine.loadAverage();
        long t0 = System.nanoTime();
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long polledPeak = 0;
        long deadline = t0 + timeout.toNanos();
        boolean done = false;
        while (!done) {
            Long hwm = Probe.procStatus(status).get("VmHWM");
            if (hwm != null) {
                polledPeak = Math.max(polledPeak, hwm);
            }
            done = p.waitFor(100, TimeUnit.MILLISECONDS);
            if (!done && System.nanoTime() > deadline) {
                p.destroyForcibly();
                p.waitFor();
                break;
            }
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        int exit = done ? p.exitValue() : -1;
        Map<String, String> probe = Report.read(probeFile);
        long peak = Math.max(polledPeak, Long.parseLong(probe.getOrDefault("VmHWMKb", "0")));
        Map<String, String> report = reportFile == null ? Map.of() : Report.read(reportFile);
        return new Result(name, exit, wall, peak, probe, report, log, loadBefore, Machine.loadAverage());
    }

    /**
     * Starts a long-running child (a server); the caller stops it. Without the probe, the child runs
     * the main class directly (its peak memory is then known only from polling).
     */
    Process start(String name, List<String> extraJvmOptions, String mainClass, List<String> args, boolean probe)
            throws IOException {
        String slug = name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
        List<String> cmd;
        if (probe) {
            cmd = command(extraJvmOptions, workDir.resolve(slug + ".probe"), mainClass, args);
        } else {
            cmd = new ArrayList<>();
            cmd.add(javaBinary());
            cmd.addAll(jvmOptions);
            cmd.addAll(extraJvmOptions);
            cmd.add("-cp");
            cmd.add(classpath);
            cmd.add(mainClass);
            cmd.addAll(args);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        pb.redirectOutput(workDir.resolve(slug + ".log").toFile());
        pb.directory(workDir.toFile());
        return pb.start();
    }

    /** The classpath of this JVM: the kg-bench.jar it runs from, or the test class path. */
    static String ownClasspath() {
        return System.getProperty("java.class.path");
    }
}
