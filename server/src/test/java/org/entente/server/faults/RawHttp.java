package org.entente.server.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: request lines with {@code ..}, NUL or
 * raw control characters, any method name, any header, any body, a body cut short. (java.net.http
 * normalises or refuses much of that.) Every request says {@code Connection: close}; the response
 * is read to the end of the connection.
 */
public final class RawHttp {
    private RawHttp() {}

    /** A response: status, headers (names in lower case, values in order), body. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
        public Optional<String> header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends a request. {@code target} is sent as it is (a path with its query string).
     *
     * @param headers header lines "Name: value" (Host and Connection are added)
     * @param body    the body, or null; Content-Length is added unless a header gives it or
     *                Transfer-Encoding
     */
    public static Response send(int port, String method, String target, List<String> headers, byte[] body) throws IOException {
        return send(port, method, target, headers, body, body == null ? 0 : body.length);
    }

    /**
     * As {@link #send(int, String, String, List, byte[])}, but only the first {@code sendBytes}
     * bytes of the body are sent; then the client closes its side (a body cut short).
     */
    public static Response send(int port, String method, String target, List<String> headers, byte[] body, int sendBytes)
            throws IOException {
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        req.write((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
        boolean length = false;
        boolean chunked = false;
        List<String> all = new ArrayList<>(List.of("Host: 127.0.0.1:" + port, "Connection: close"));
        all.addAll(headers);
        for (String h : all) {
            String lower = h.toLowerCase(Locale.ROOT);
            length |= lower.startsWith("content-length:");
            chunked |= lower.startsWith("transfer-encoding:");
            req.write((h + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (body != null && !length && !chunked) {
            req.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        req.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(120_000);
            OutputStream out = s.getOutputStream();
            byte[] head = req.toByteArray();
            boolean isChunked = chunked;
            // The request is written by another thread while this one reads: a server may answer
            // and close before the whole body is sent (413 on the declared length), and the
            // answer must be read before the connection is reset.
            Thread writer = new Thread(() -> {
                try {
                    out.write(head);
                    if (body != null) {
                        if (isChunked) {
                            writeChunked(out, body, sendBytes);
                        } else {
                            out.write(body, 0, sendBytes);
                        }
                    }
                    out.flush();
                    if (body != null && sendBytes < body.length) {
                        s.shutdownOutput();
                    }
                } catch (IOException e) {
                    // The server stopped reading (it answered already): what it said is read below.
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            try {
                return read(s.getInputStream());
            } finally {
                try {
                    writer.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void writeChunked(OutputStream out, byte[] body, int sendBytes) throws IOException {
        int chunk = 8192;
        for (int off = 0; off < sendBytes; off += chunk) {
            int n = Math.min(chunk, sendBytes - off);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, off, n);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (sendBytes == body.length) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        try {
            for (int n; (n = in.read(buf)) >= 0;) {
                all.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("no complete response within 120 s; got: " + all.toString(StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            // A reset after the response (the server closed with unread request bytes): keep what came.
            if (all.size() == 0) {
                throw e;
            }
        }
        byte[] raw = all.toByteArray();
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("not an HTTP response: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static byte[] dechunk(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int eol = indexOf(b, i, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (eol < 0) {
                break;
            }
            String size = new String(b, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(b, eol + 2, Math.min(n, b.length - eol - 2));
            i = eol + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] a, byte[] what) {
        return indexOf(a, 0, what);
    }

    private static int indexOf(byte[] a, int from, byte[] what) {
        outer:
        for (int i = from; i <= a.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (a[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
