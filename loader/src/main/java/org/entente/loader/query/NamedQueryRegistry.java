package org.entente.loader.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.entente.loader.StorageException;

/**
 * The named queries: every {@code .rq} file under {@code org/entente/queries/} on the class path
 * (the {@code queries} module packs them there), by name (the file name without {@code .rq}).
 */
public final class NamedQueryRegistry {
    /** Where the queries are on the class path. */
    public static final String LOCATION = "org/entente/queries/";

    private final Map<String, NamedQuery> queries;

    private NamedQueryRegistry(Map<String, NamedQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The queries found on the class path of this class's loader. */
    public static NamedQueryRegistry fromClasspath() {
        return fromClasspath(NamedQueryRegistry.class.getClassLoader());
    }

    public static NamedQueryRegistry fromClasspath(ClassLoader loader) {
        Map<String, NamedQuery> out = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection conn = (JarURLConnection) root.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        for (JarEntry e : Collections.list(jar.entries())) {
                            String n = e.getName();
                            if (n.startsWith(LOCATION) && n.endsWith(".rq") && n.indexOf('/', LOCATION.length()) < 0) {
                                try (InputStream in = jar.getInputStream(e)) {
                                    add(out, n.substring(LOCATION.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                } else if ("file".equals(root.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        for (Path p : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                            add(out, p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new StorageException("cannot read the named queries: " + e.getMessage(), e);
        }
        return new NamedQueryRegistry(out);
    }

    /** A registry of the given queries (for tests and tools). */
    public static NamedQueryRegistry of(List<NamedQuery> queries) {
        Map<String, NamedQuery> out = new TreeMap<>();
        queries.forEach(q -> out.put(q.name(), q));
        return new NamedQueryRegistry(out);
    }

    private static void add(Map<String, NamedQuery> out, String fileName, String text) {
        String name = fileName.substring(0, fileName.length() - ".rq".length());
        out.putIfAbsent(name, NamedQuery.parse(name, "queries/" + fileName, text));
    }

    /** The query of this name. */
    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** All queries, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }
}
