package org.entente.server.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.server.cli.Kg;

/**
 * {@code kg serve} as a real child JVM, as a user runs it ({@code java -cp <the test class path>
 * org.entente.server.cli.Kg serve --port 0 --localhost ...}). Its standard output and error go to
 * one file (a pipe loses what a killed child wrote last); the port is read from the line
 * {@code SPARQL endpoint  http://localhost:PORT/kg/sparql}.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint\\s+http://localhost:(\\d+)/kg/sparql");

    private final Process process;
    private final Path log;
    private final long t0;
    private int port = -1;

    private ServerProcess(Process process, Path log, long t0) {
        this.process = process;
        this.log = log;
        this.t0 = t0;
    }

    /**
     * Starts {@code kg serve --port 0 --localhost --store STORE ARGS...} and waits until it answers.
     *
     * @param jvmOptions options of the child JVM, such as -Xmx512m
     * @param env        extra environment variables (such as ENTENTE_PASSWORD)
     */
    public static ServerProcess start(Path store, Path log, List<String> jvmOptions, List<String> args, Map<String, String> env)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Kg.class.getName(),
                "serve", "--port", "0", "--localhost", "--store", store.toString()));
        cmd.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ENTENTE_"));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        ServerProcess s = new ServerProcess(pb.start(), log, t0);
        s.awaitPort(180);
        return s;
    }

    /**
     * Starts {@code kg ARGS...} as a client in a child JVM (such as {@code kg load --endpoint}), its
     * output to a log file; the caller waits for it or kills it.
     */
    public static Process client(List<String> args, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Kg.class.getName()));
        cmd.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ENTENTE_"));
        return pb.start();
    }

    private void awaitPort(int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Matcher m = ENDPOINT.matcher(output());
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("kg serve exited with " + process.exitValue() + " before it listened:\n" + output());
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("kg serve did not listen within " + seconds + " s:\n" + output());
    }

    /** The server's root on the loopback interface, such as http://127.0.0.1:41234/ */
    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    /** Milliseconds since the child was started. */
    public long elapsedMillis() {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** SIGKILL, and wait for the process to be gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM (a clean shutdown that closes the store), and wait; SIGKILL after 60 s. */
    public void stop() {
        process.destroy();
        if (!waitFor()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Everything the child has written so far (standard output and error). */
    public String output() {
        try {
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
