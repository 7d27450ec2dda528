package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine a benchmark ran on, as it describes itself. */
final class Machine {
    private Machine() {}

    static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        m.put("memoryMb", mem == null ? null : Long.parseLong(mem.split("\\s+")[0]) / 1024);
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("osRelease", osRelease());
        m.put("java", System.getProperty("java.runtime.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        m.put("jena", jenaVersion());
        m.put("loadAverageAtStart", loadAverage());
        return m;
    }

    /** The 1-minute load average, or -1: the machine is shared, so the report records it around every run. */
    static double loadAverage() {
        try {
            String s = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8);
            return Double.parseDouble(s.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Jena's version from its Maven metadata (the shaded jar's manifest names the project's version instead). */
    static String jenaVersion() {
        try (var in = Machine.class.getClassLoader().getResourceAsStream("META-INF/maven/org.apache.jena/jena-core/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version");
            }
        } catch (IOException e) {
            // fall through
        }
        return org.apache.jena.Jena.VERSION;
    }

    private static String osRelease() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return null;
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                int c = line.indexOf(':');
                if (c > 0 && line.substring(0, c).strip().equals(key)) {
                    return line.substring(c + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return null;
    }
}
