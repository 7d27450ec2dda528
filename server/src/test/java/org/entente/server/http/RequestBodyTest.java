package org.entente.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestBodyTest {

    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    @TempDir
    Path folder;

    Set<Path> uploads() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new HashSet<>(files.toList());
        }
    }

    @Test
    void aSmallBodyStaysInMemory() throws IOException {
        byte[] in = bytes(20_000);
        RequestBody body = RequestBody.read(new ByteArrayInputStream(in), 1 << 20, in.length);
        assertTrue(body.inMemory());
        assertEquals(in.length, body.length());
        assertArrayEquals(in, body.bytes());
        assertArrayEquals(in, body.open().readAllBytes());
        assertArrayEquals(in, body.open().readAllBytes(), "every open() starts again");
    }

    @Test
    void aBodyWithoutContentLengthIsReadToItsEnd() throws IOException {
        byte[] in = bytes(50_000);
        RequestBody body = RequestBody.read(new ByteArrayInputStream(in), 1 << 20, -1);
        assertArrayEquals(in, body.bytes());
        assertArrayEquals(new byte[0], RequestBody.read(new ByteArrayInputStream(new byte[0]), 10, -1).bytes());
    }

    @Test
    void aBigBodyGoesToATemporaryFileThatDeleteRemoves() throws IOException {
        byte[] in = bytes(RequestBody.IN_MEMORY + 300_000);
        RequestBody body = RequestBody.read(new ByteArrayInputStream(in), 8L << 20, in.length, folder);
        assertFalse(body.inMemory());
        assertEquals(in.length, body.length());
        assertArrayEquals(in, body.open().readAllBytes());
        Set<Path> created = uploads();
        assertEquals(1, created.size(), created.toString());
        assertTrue(created.iterator().next().getFileName().toString().startsWith("entente-upload-"));
        body.delete();
        assertFalse(Files.exists(created.iterator().next()));
    }

    @Test
    void aBodyPastItsLimitIsRefusedWithoutReadingTheRest() throws IOException {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'x');
                read[0] += len;
                return len;
            }
        };
        assertThrows(RequestBody.TooLarge.class, () -> RequestBody.read(endless, 3L << 20, -1, folder));
        assertTrue(read[0] <= (3 << 20) + 8192, "stops at the limit: " + read[0]);
        assertEquals(Set.of(), uploads(), "no temporary file left behind");
        assertThrows(RequestBody.TooLarge.class, () -> RequestBody.read(new ByteArrayInputStream(bytes(101)), 100, -1));
        assertEquals(100, RequestBody.read(new ByteArrayInputStream(bytes(100)), 100, -1).length());
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAnError() {
        IOException e = assertThrows(IOException.class,
                () -> RequestBody.read(new ByteArrayInputStream(bytes(500)), 1 << 20, 800));
        assertFalse(e instanceof RequestBody.TooLarge);
        assertEquals("500 of 800 bytes received", e.getMessage());
    }

    @Test
    void aReadErrorIsPassedOn() {
        InputStream broken = new FilterInputStream(new ByteArrayInputStream(bytes(10_000))) {
            int n;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (n++ > 0) {
                    throw new IOException("connection reset");
                }
                return super.read(b, off, Math.min(len, 100));
            }
        };
        IOException e = assertThrows(IOException.class, () -> RequestBody.read(broken, 1 << 20, 10_000));
        assertEquals("connection reset", e.getMessage());
    }
}
