package org.entente.loader.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies and deletes store directories. */
public final class StoreDirs {
    private StoreDirs() {}

    private static final int BLOCK = 64 * 1024;

    /**
     * Copies a closed store directory, leaving the blocks that are all zeros as holes: TDB2
     * allocates its index files 8 MB at a time and a fresh store is mostly holes, so a plain copy
     * would write some 300 MB where this writes a few.
     */
    public static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.toList();
        }
        for (Path src : files) {
            Path dst = to.resolve(from.relativize(src).toString());
            if (Files.isDirectory(src)) {
                Files.createDirectories(dst);
                continue;
            }
            long size = Files.size(src);
            try (FileChannel in = FileChannel.open(src, StandardOpenOption.READ);
                    FileChannel out = FileChannel.open(dst, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.allocate(BLOCK);
                long pos = 0;
                while (pos < size) {
                    buf.clear();
                    int n = in.read(buf, pos);
                    if (n <= 0) {
                        break;
                    }
                    buf.flip();
                    if (!allZero(buf)) {
                        long at = pos;
                        while (buf.hasRemaining()) {
                            at += out.write(buf, at);
                        }
                    }
                    pos += n;
                }
            }
            try (RandomAccessFile f = new RandomAccessFile(dst.toFile(), "rw")) {
                f.setLength(size);
            }
        }
    }

    private static boolean allZero(ByteBuffer b) {
        for (int i = b.position(); i < b.limit(); i++) {
            if (b.get(i) != 0) {
                return false;
            }
        }
        return true;
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
