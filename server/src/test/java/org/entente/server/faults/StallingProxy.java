package org.entente.server.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on the loopback interface in front of a server, for killing a client while its
 * SPARQL Update is in flight: it passes HTTP/1.1 requests through one by one, and when a POST to
 * an {@code /update} endpoint comes, it forwards the request's head and only a given fraction of
 * its body, then says so ({@link #awaitStalled}) and holds the rest back. What happens next is
 * the test's choice: kill the client (the proxy then closes the connection to the server when the
 * client's side closes), or {@link #drop} the connection on both sides. Requests that ask to
 * upgrade to HTTP/2 are passed on without the upgrade headers, so the server answers in HTTP/1.1.
 */
final class StallingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;
    private final double fraction;
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile long stalledAt = -1;
    private volatile long bodyLength = -1;

    /**
     * @param target   the server's port on the loopback interface
     * @param fraction the share of an update's body to forward, in [0, 1), or a negative number to
     *                 forward every request whole
     */
    StallingProxy(int target, double fraction) throws IOException {
        this.target = target;
        this.fraction = fraction;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "stalling-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Waits until an update's body has been held back; true if it was within the time. */
    boolean awaitStalled(long seconds) throws InterruptedException {
        return stalled.await(seconds, TimeUnit.SECONDS);
    }

    /** How many bytes of the held-back update's body went to the server, and how long the body is. */
    String stalledAt() {
        return stalledAt + " of " + bodyLength + " bytes";
    }

    /** Closes every connection on both sides: the client and the server see the connection dropped. */
    void drop() {
        sockets.forEach(StallingProxy::quietClose);
    }

    @Override
    public void close() {
        quietClose(listener);
        drop();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                start(() -> requests(client, server));
                start(() -> copy(server, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void start(Runnable r) {
        Thread t = new Thread(r, "stalling-proxy-connection");
        t.setDaemon(true);
        t.start();
    }

    /** Client to server, request by request. */
    private void requests(Socket client, Socket server) {
        try (client; server) {
            InputStream in = client.getInputStream();
            OutputStream out = server.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                StringBuilder kept = new StringBuilder();
                long length = 0;
                boolean chunked = false;
                for (String line : head.split("\r\n")) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("upgrade:") || lower.startsWith("http2-settings:") || lower.startsWith("connection:")) {
                        continue;
                    }
                    if (lower.startsWith("content-length:")) {
                        length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                    }
                    if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    }
                    kept.append(line).append("\r\n");
                }
                kept.append("\r\n");
                out.write(kept.toString().getBytes(StandardCharsets.ISO_8859_1));
                String requestLine = head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n"));
                boolean update = requestLine.startsWith("POST ") && requestLine.split(" ")[1].contains("/update");
                if (chunked) {
                    in.transferTo(out); // not seen from Jena's client; passed through as it comes
                    return;
                }
                if (update && fraction >= 0) {
                    long forward = (long) (length * fraction);
                    copyN(in, out, forward);
                    out.flush();
                    bodyLength = length;
                    stalledAt = forward;
                    stalled.countDown();
                    // Hold the rest back until the client goes away (killed) or the test drops the connection.
                    byte[] sink = new byte[8192];
                    while (in.read(sink) >= 0) {
                        // discarded
                    }
                    return;
                }
                copyN(in, out, length);
                out.flush();
            }
        } catch (IOException e) {
            // the connection was closed on one side: close both (try-with-resources)
        }
    }

    /** The request's head up to the blank line, or null at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int state = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            b.write(c);
            state = (c == '\r' && (state == 0 || state == 2)) ? state + 1 : (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            if (state == 4) {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.substring(0, s.length() - 4);
            }
        }
    }

    private static void copyN(InputStream in, OutputStream out, long n) throws IOException {
        byte[] buf = new byte[8192];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n));
            if (r < 0) {
                throw new IOException("end of stream");
            }
            out.write(buf, 0, r);
            n -= r;
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // closed
        } finally {
            quietClose(from);
            quietClose(to);
        }
    }

    private static void quietClose(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
