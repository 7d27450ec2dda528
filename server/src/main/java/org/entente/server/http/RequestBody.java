package org.entente.server.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request body read completely: in memory up to {@link #IN_MEMORY} bytes, above that in a
 * temporary file, which {@link #delete} removes when the request ends.
 */
final class RequestBody {
    private static final Logger LOG = LoggerFactory.getLogger(RequestBody.class);

    /** Bodies up to this size stay in memory; bigger ones go to a temporary file. */
    static final int IN_MEMORY = 1 << 20;
    private static final String PREFIX = "entente-upload-";

    /** Thrown when a body passes its limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private final byte[] bytes;
    private final Path file;
    private final long length;

    private RequestBody(byte[] bytes, Path file, long length) {
        this.bytes = bytes;
        this.file = file;
        this.length = length;
    }

    /**
     * Reads a whole body, stopping as soon as it passes the limit.
     *
     * @param declared the Content-Length, or -1
     * @throws TooLarge    if it has more than {@code limit} bytes
     * @throws IOException if it ends before {@code declared} bytes, or cannot be read
     */
    static RequestBody read(InputStream in, long limit, long declared) throws IOException {
        return read(in, limit, declared, null);
    }

    /** {@link #read(InputStream, long, long)} with the temporary file in a folder (null: the system's). */
    static RequestBody read(InputStream in, long limit, long declared, Path folder) throws IOException {
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
                    file = folder == null ? Files.createTempFile(PREFIX, ".body") : Files.createTempFile(folder, PREFIX, ".body");
                    out = Files.newOutputStream(file);
                    out.write(buf, 0, n);
                }
                if (out != null) {
                    out.write(chunk, 0, r);
                } else {
                    if (n + r > buf.length) {
                        buf = Arrays.copyOf(buf, Math.min(IN_MEMORY, Math.max(buf.length * 2, n + r)));
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
                RequestBody b = new RequestBody(null, file, total);
                file = null;
                return b;
            }
            return new RequestBody(n == buf.length ? buf : Arrays.copyOf(buf, n), null, n);
        } finally {
            if (out != null) {
                out.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** A new stream of the body, from its start. */
    InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    byte[] bytes() throws IOException {
        return bytes != null ? bytes : Files.readAllBytes(file);
    }

    long length() {
        return length;
    }

    /** True if the body is in memory, false if it is in a temporary file. */
    boolean inMemory() {
        return bytes != null;
    }

    /** Removes the temporary file, if there is one. */
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
