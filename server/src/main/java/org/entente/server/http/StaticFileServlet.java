package org.entente.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The site's static files, from the class-path folder {@value #ROOT}: {@code /} (and
 * {@code /index.html}) is the web form's page, {@code /assets/*} is what it loads (scripts,
 * CodeMirror, map data) and the style sheet and icon of every page. The server maps this one
 * servlet to exactly those paths, so it can never shadow the SPARQL endpoint, the API or the
 * Linked Data paths.
 *
 * <p>Each file is read once and kept in memory with its {@linkplain EntityTags entity tag}; the
 * files are part of the jar and cannot change while the server runs. Every answer has
 * {@code Cache-Control: no-cache} and the tag: a browser revalidates each file on each use and
 * gets 304 without a body while it has the current one. (A long {@code max-age} would need
 * versioned URLs, and the page's URLs and its modules' relative imports are not versioned: a
 * cached file would outlive an upgrade of the server.) Every answer, 304 and 404 included,
 * carries the {@linkplain SecurityHeaders security headers}: the site's strict CSP and nosniff.
 * Only plain relative names with a known extension are served.
 */
public final class StaticFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Where the files are on the class path. */
    public static final String ROOT = "org/entente/server/web/";
    /** The paths of the assets on the server. */
    public static final String ASSETS = "/assets/";
    /** The cache rule of every static file: revalidate with the entity tag on every use. */
    static final String CACHE_CONTROL = "no-cache";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    /** The media type of each extension served. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("rq", "application/sparql-query"),
            Map.entry("ttl", "text/turtle; charset=utf-8"));

    /** A file: its bytes, media type and entity tag. */
    record StaticFile(byte[] bytes, String contentType, String etag) {}

    private final transient ClassLoader loader;
    private final transient Map<String, Optional<StaticFile>> files = new ConcurrentHashMap<>();

    public StaticFileServlet() {
        this(StaticFileServlet.class.getClassLoader());
    }

    StaticFileServlet(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        SecurityHeaders.page(res);
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Optional<StaticFile> file = resourceName(path).flatMap(this::file);
        if (file.isEmpty()) {
            Responses.send(res, 404, "text/plain; charset=utf-8", "404 Not Found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        StaticFile f = file.get();
        res.setHeader("ETag", f.etag());
        res.setHeader("Cache-Control", CACHE_CONTROL);
        if (EntityTags.notModified(req, f.etag())) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Responses.send(res, 200, f.contentType(), f.bytes());
    }

    /** The file under {@link #ROOT}, read once; empty if there is none. */
    private Optional<StaticFile> file(String name) {
        return files.computeIfAbsent(name, n -> {
            try (InputStream in = loader.getResourceAsStream(ROOT + n)) {
                if (in == null) {
                    return Optional.empty();
                }
                byte[] bytes = in.readAllBytes();
                return Optional.of(new StaticFile(bytes, TYPES.get(extension(n)), EntityTags.of(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ROOT + n, e);
            }
        });
    }

    /**
     * The resource under {@link #ROOT} for a request path (not decoded): {@code index.html} for
     * {@code /} and {@code /index.html}, {@code assets/NAME} for {@code /assets/NAME} if NAME is a
     * plain relative file name with a known extension; empty for anything else.
     */
    static Optional<String> resourceName(String path) {
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            return Optional.of("index.html");
        }
        if (path.equals("/review")) {
            return Optional.of("review.html");
        }
        if (!path.startsWith(ASSETS)) {
            return Optional.empty();
        }
        String name = path.substring(ASSETS.length());
        if (!NAME.matcher(name).matches() || name.contains("..") || !TYPES.containsKey(extension(name))) {
            return Optional.empty();
        }
        return Optional.of(ASSETS.substring(1) + name);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
