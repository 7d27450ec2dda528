package org.entente.server.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request bodies of the SPARQL endpoints: at most {@code maxQueryBytes} for the query endpoint,
 * at most {@code maxUpdateBytes} for SPARQL Update and Graph Store writes, and always complete
 * before Fuseki sees them.
 *
 * <p>The body is read here, whole, before the request goes on: into memory, or into a temporary
 * file above {@link #IN_MEMORY} bytes (deleted when the request ends). A body above its limit is
 * refused with 413 as soon as the limit is passed, without reading the rest. A body that ends
 * before its {@code Content-Length} (the client went away, a proxy cut it) is refused with 400,
 * and nothing is executed. This matters for updates: Fuseki parses an update as a stream inside
 * the write transaction, and Jena's SPARQL parser takes a read error for the end of the input,
 * so a request cut between two operations ({@code DROP GRAPH <g> ; INSERT DATA ...}) used to
 * commit its first half. Reading first also means a slow upload no longer holds the store's one
 * write lock while it trickles in.
 *
 * <p>HTML form bodies ({@code application/x-www-form-urlencoded}) are decoded here, so the
 * request's parameters come from the buffered body. {@code multipart/form-data} uploads are
 * refused on these endpoints (415): clients send the RDF document itself.
 */
public final class RequestLimitsFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RequestLimitsFilter.class);

    /** Bodies up to this size stay in memory; bigger ones go to a temporary file. */
    public static final int IN_MEMORY = 1 << 20;
    /** The most parameters a form may have (as Jetty's default). */
    public static final int MAX_PARAMETERS = 1000;

    private final String queryPath;
    private final String updatePath;
    private final String gspPath;
    private final long maxQueryBytes;
    private final long maxUpdateBytes;

    /**
     * @param queryPath  the query endpoint, such as /kg/sparql
     * @param updatePath the update endpoint, such as /kg/update
     * @param gspPath    the Graph Store endpoint, such as /kg/data
     */
    public RequestLimitsFilter(String queryPath, String updatePath, String gspPath, long maxQueryBytes, long maxUpdateBytes) {
        this.queryPath = queryPath;
        this.updatePath = updatePath;
        this.gspPath = gspPath;
        this.maxQueryBytes = maxQueryBytes;
        this.maxUpdateBytes = maxUpdateBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String method = req.getMethod();
        boolean hasBody = req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
        long limit;
        String what;
        String setting;
        if (path.equals(queryPath)) {
            limit = maxQueryBytes;
            what = "a query";
            setting = "maxQueryBytes, ENTENTE_MAX_QUERY_BYTES";
        } else if (path.equals(updatePath) || ((path.equals(gspPath) || path.startsWith(gspPath + "/"))
                && !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method))) {
            limit = maxUpdateBytes;
            what = path.equals(updatePath) ? "an update" : "a Graph Store write";
            setting = "maxUpdateBytes, ENTENTE_MAX_UPDATE_BYTES";
        } else {
            chain.doFilter(req, res);
            return;
        }
        if (!hasBody) {
            chain.doFilter(req, res);
            return;
        }
        // The header itself: Jetty's getContentType() throws on a charset it does not know.
        String contentType = contentType(req);
        if (contentType.startsWith("multipart/")) {
            refuse(res, 415, "multipart/form-data is not accepted here: send the " + (limit == maxQueryBytes ? "query" : "update or RDF document")
                    + " itself as the request body, or as an application/x-www-form-urlencoded form");
            return;
        }
        long declared = req.getContentLengthLong();
        if (declared > limit) {
            refuse(res, 413, "the request body has " + declared + " bytes; " + what + " may have at most " + limit
                    + " bytes on this server (setting " + setting + ")");
            return;
        }
        Body body;
        try {
            body = Body.read(req.getInputStream(), limit, declared);
        } catch (TooLarge e) {
            refuse(res, 413, "the request body has more than " + limit + " bytes; " + what + " may have at most " + limit
                    + " bytes on this server (setting " + setting + ")");
            return;
        } catch (IOException e) {
            LOG.warn("{} {}: the request body could not be read completely ({}); nothing was done", method, path, e.getMessage());
            refuse(res, 400, "the request body ended before it was complete (" + oneLine(e.getMessage()) + "); nothing was done");
            return;
        }
        try {
            BufferedRequest wrapped;
            try {
                wrapped = new BufferedRequest(req, body, contentType);
            } catch (IllegalArgumentException e) {
                refuse(res, 400, e.getMessage());
                return;
            }
            chain.doFilter(wrapped, res);
        } finally {
            body.delete();
        }
    }

    /** The Content-Type header in lower case, or "" (read as sent: Jetty's getContentType() throws on an unknown charset). */
    static String contentType(HttpServletRequest req) {
        String h = req.getHeader("Content-Type");
        return h == null ? "" : h.strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type, or null. */
    static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring("charset=".length()).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    static void refuse(HttpServletResponse res, int status, String message) throws IOException {
        if (res.isCommitted()) {
            return;
        }
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Connection", "close");
        byte[] b = (message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(b.length);
        try (OutputStream out = res.getOutputStream()) {
            out.write(b);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "connection closed" : s.replaceAll("\\s+", " ").strip();
    }

    /** Thrown when a body passes its limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A complete request body, in memory or in a temporary file. */
    static final class Body {
        private final byte[] bytes;
        private final Path file;
        private final long length;

        private Body(byte[] bytes, Path file, long length) {
            this.bytes = bytes;
            this.file = file;
            this.length = length;
        }

        /**
         * Reads a whole body.
         *
         * @param declared the Content-Length, or -1
         * @throws TooLarge    if it has more than {@code limit} bytes
         * @throws IOException if it ends before {@code declared} bytes, or cannot be read
         */
        static Body read(InputStream in, long limit, long declared) throws IOException {
            byte[] buf = new byte[(int) Math.min(IN_MEMORY, declared > 0 ? declared : 8192)];
            int n = 0;
            Path file = null;
            OutputStream out = null;
            long total = 0;
            try {
                byte[] chunk = new byte[8192];
                for (int r; (r = in.read(chunk)) >= 0;) {
                    total += r;
                    if (total > limit) {
                        throw new TooLarge();
                    }
                    if (out == null && n + r > IN_MEMORY) {
                        file = Files.createTempFile("entente-upload-", ".body");
                        out = Files.newOutputStream(file);
                        out.write(buf, 0, n);
                    }
                    if (out != null) {
                        out.write(chunk, 0, r);
                    } else {
                        if (n + r > buf.length) {
                            buf = java.util.Arrays.copyOf(buf, Math.min(IN_MEMORY, Math.max(buf.length * 2, n + r)));
                        }
                        System.arraycopy(chunk, 0, buf, n, r);
                        n += r;
                    }
                }
                if (declared >= 0 && total != declared) {
                    throw new IOException(total + " of " + declared + " bytes received");
                }
                if (out != null) {
                    out.close();
                    out = null;
                    Body b = new Body(null, file, total);
                    file = null;
                    return b;
                }
                return new Body(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n), null, n);
            } finally {
                if (out != null) {
                    out.close();
                }
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
        }

        InputStream open() throws IOException {
            return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
        }

        byte[] bytes() throws IOException {
            return bytes != null ? bytes : Files.readAllBytes(file);
        }

        long length() {
            return length;
        }

        void delete() {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("cannot delete the temporary file {}: {}", file, e.getMessage());
                }
            }
        }
    }

    /** The request with its body read: the stream, and for a form its parameters, come from the buffer. */
    static final class BufferedRequest extends HttpServletRequestWrapper {
        private final Body body;
        private final Map<String, String[]> parameters;
        private final String charset;
        private ServletInputStream stream;
        private BufferedReader reader;

        /** @param contentType the Content-Type header, in lower case, or "" */
        BufferedRequest(HttpServletRequest req, Body body, String contentType) throws IOException {
            super(req);
            this.body = body;
            this.charset = charsetOf(contentType);
            Charset cs = charset(charset);
            if (contentType.startsWith("application/x-www-form-urlencoded")) {
                Map<String, List<String>> p = new LinkedHashMap<>();
                decode(req.getQueryString(), StandardCharsets.UTF_8, p);
                decode(new String(body.bytes(), StandardCharsets.ISO_8859_1), cs, p);
                Map<String, String[]> out = new LinkedHashMap<>();
                p.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
                this.parameters = Collections.unmodifiableMap(out);
            } else {
                this.parameters = null;
            }
        }

        private static Charset charset(String name) {
            if (name == null) {
                return StandardCharsets.UTF_8;
            }
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("the form's charset '" + name + "' is not supported; send UTF-8");
            }
        }

        /** Decodes a=b&c=d (the body as Latin-1 text: every byte one char; percent escapes in the given charset). */
        private static void decode(String s, Charset cs, Map<String, List<String>> into) {
            if (s == null || s.isEmpty()) {
                return;
            }
            for (String pair : s.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    k = URLDecoder.decode(new String(k.getBytes(StandardCharsets.ISO_8859_1), cs), cs);
                    v = URLDecoder.decode(new String(v.getBytes(StandardCharsets.ISO_8859_1), cs), cs);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the form is not valid application/x-www-form-urlencoded: "
                            + oneLine(e.getMessage()));
                }
                into.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                if (into.size() > MAX_PARAMETERS) {
                    throw new IllegalArgumentException("the form has more than " + MAX_PARAMETERS + " parameters");
                }
            }
        }

        @Override
        public String getCharacterEncoding() {
            return charset;
        }

        @Override
        public String getContentType() {
            return super.getHeader("Content-Type");
        }

        /** The same stream every time (as the servlet API has it): Fuseki asks again to drain it after an error. */
        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) {
                throw new IllegalStateException("getReader() has already been called");
            }
            if (stream == null) {
                stream = open();
            }
            return stream;
        }

        private ServletInputStream open() throws IOException {
            InputStream in = body.open();
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = in.read(b, off, len);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read; no asynchronous reading");
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                if (stream != null) {
                    throw new IllegalStateException("getInputStream() has already been called");
                }
                reader = new BufferedReader(new InputStreamReader(open(), charset(charset)));
            }
            return reader;
        }

        @Override
        public String getParameter(String name) {
            if (parameters == null) {
                return super.getParameter(name);
            }
            String[] v = parameters.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters == null ? super.getParameterMap() : parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            if (parameters == null) {
                return super.getParameterValues(name);
            }
            String[] v = parameters.get(name);
            return v == null ? null : v.clone();
        }
    }
}
