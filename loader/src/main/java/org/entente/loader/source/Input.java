package org.entente.loader.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.entente.loader.StorageException;
import org.entente.loader.UsageException;

/**
 * The bytes of one input file and the name under which errors report it. Inputs are read whole:
 * every source of this project is small enough, and reading first means a half-read file can never
 * be half-loaded.
 */
public record Input(String name, byte[] bytes) {

    /** The largest input accepted, so that a runaway file fails fast with a clear message. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Reads a file of the file system. */
    public static Input of(Path path) {
        String name = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                if (Files.isDirectory(path)) {
                    throw new UsageException(name + ": is a directory, not a file");
                }
                if (Files.exists(path)) {
                    // A device or a pipe: /dev/zero never ends, and a FIFO blocks until someone writes.
                    throw new UsageException(name + ": is not a regular file");
                }
                throw new UsageException(name + ": no such file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(name, "file is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            return new Input(name, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (IOException e) {
            throw new StorageException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stream to its end (standard input), under a name for errors. */
    public static Input read(String name, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException(name, "holds more than " + MAX_BYTES + " bytes; the limit is " + MAX_BYTES);
            }
            return new Input(name, bytes);
        } catch (IOException e) {
            throw new StorageException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a resource of the class path, naming it by its path under the bundled data folder. */
    public static Input resource(String resource, String displayName) {
        try (InputStream in = Input.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing from the class path: " + resource);
            }
            return new Input(displayName, in.readAllBytes());
        } catch (IOException e) {
            throw new StorageException("cannot read bundled resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The bytes as UTF-8 text, rejecting anything that is not valid UTF-8 (a byte-order mark is
     * kept as it is, since offsets count from the first byte of the file).
     */
    public String text() {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, lineOfFirstBadByte(), "is not valid UTF-8 text");
        }
    }

    private int lineOfFirstBadByte() {
        // Decode prefixes until it fails, to report the line of the first bad byte.
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                line++;
            } else if (b >= 0x80) {
                int len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
                if (len == 0 || i + len > bytes.length) {
                    return line;
                }
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, i, len));
                } catch (CharacterCodingException e) {
                    return line;
                }
                i += len - 1;
            }
        }
        return line;
    }
}
