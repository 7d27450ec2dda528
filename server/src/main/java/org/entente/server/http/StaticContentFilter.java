package org.entente.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.server.ld.Layout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the web form: the class-path resources under {@code org/entente/server/web/} at the
 * root of the server ({@code /} is {@code index.html}). Only GET and HEAD of a file with a known
 * extension are served; everything else, and every path under a reserved prefix (the SPARQL
 * endpoint, the API, the Linked Data paths), goes on down the chain untouched, so the web form
 * can never shadow them. HTML files are sent with the site's Content-Security-Policy
 * ({@link Layout#CSP}): the web form keeps all script and style in files under {@code /assets/}.
 */
public final class StaticContentFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Where the files are on the class path. */
    public static final String ROOT = "org/entente/server/web/";

    /** Paths that belong to other parts of the server. */
    public static final List<String> RESERVED = List.of("/kg", "/api", "/id", "/ontology", "/.well-known", "/dumps", "/$");

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

    private final ClassLoader loader;

    public StaticContentFilter() {
        this(StaticContentFilter.class.getClassLoader());
    }

    public StaticContentFilter(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(req, res);
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String resource = resourceName(path);
        URL url = resource == null ? null : loader.getResource(ROOT + resource);
        if (url == null) {
            chain.doFilter(req, res);
            return;
        }
        URLConnection conn = url.openConnection();
        conn.setUseCaches(false);
        long length = conn.getContentLengthLong();
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType(TYPES.get(extension(resource)));
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Cache-Control", "no-cache");
        if (resource.endsWith(".html")) {
            // The same strict policy as every other page of the site: scripts, styles, data and
            // images from this server only, no inline script or style, no framing.
            res.setHeader("Content-Security-Policy", Layout.CSP);
            res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            res.setHeader("X-Frame-Options", "DENY");
        }
        if (length >= 0) {
            res.setContentLengthLong(length);
        }
        try (InputStream in = conn.getInputStream()) {
            if ("GET".equals(method)) {
                OutputStream out = res.getOutputStream();
                in.transferTo(out);
            }
        }
    }

    /**
     * The resource under {@link #ROOT} for a request path, or null if the path is reserved, is not
     * a plain relative file name, or has an unknown extension.
     */
    static String resourceName(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return "index.html";
        }
        for (String prefix : RESERVED) {
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".")) {
                return null;
            }
        }
        String name = path.substring(1);
        if (name.endsWith("/")) {
            name = name + "index.html";
        }
        if (!name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*") || name.contains("..")) {
            return null;
        }
        return TYPES.containsKey(extension(name)) ? name : null;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
