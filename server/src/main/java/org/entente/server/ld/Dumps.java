package org.entente.server.ld;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.loader.store.KgStore;

/**
 * Dumps of the whole store, every named graph with its name, streamed quad by quad to the client
 * inside one read transaction of the {@link KgStore} (so a dump is a consistent snapshot even
 * while a load runs, and the store is never copied into memory).
 */
public final class Dumps {
    private Dumps() {}

    /** A dump: its file name, its media type, and how it is written. */
    public enum Dump {
        TRIG("kg.trig", "application/trig", "TriG: every named graph as a block, with prefixes"),
        NQUADS_GZ("kg.nq.gz", "application/gzip", "N-Quads, gzip-compressed: one quad per line");

        private final String fileName;
        private final String contentType;
        private final String description;

        Dump(String fileName, String contentType, String description) {
            this.fileName = fileName;
            this.contentType = contentType;
            this.description = description;
        }

        public String fileName() {
            return fileName;
        }

        public String contentType() {
            return contentType;
        }

        public String description() {
            return description;
        }

        public static java.util.Optional<Dump> named(String fileName) {
            for (Dump d : values()) {
                if (d.fileName.equals(fileName)) {
                    return java.util.Optional.of(d);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Writes a dump to a stream (which is not closed, but a gzip dump is finished). */
    public static void write(Dump dump, KgStore store, PrefixMapping prefixes, OutputStream out) {
        switch (dump) {
            case TRIG -> writeTrig(store, prefixes, out);
            case NQUADS_GZ -> writeNQuadsGz(store, out);
            default -> throw new IllegalArgumentException(dump.toString());
        }
    }

    /** The store as TriG (streamed in blocks, one per graph). */
    public static void writeTrig(KgStore store, PrefixMapping prefixes, OutputStream out) {
        store.executeRead(dsg -> stream(dsg, prefixes, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS)));
    }

    /** The store as gzip-compressed N-Quads. */
    public static void writeNQuadsGz(KgStore store, OutputStream out) {
        try {
            GZIPOutputStream gz = new GZIPOutputStream(out, 65536);
            store.executeRead(dsg -> stream(dsg, null, StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS)));
            gz.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stream(DatasetGraph dsg, PrefixMapping prefixes, StreamRDF s) {
        s.start();
        if (prefixes != null) {
            prefixes.getNsPrefixMap().forEach(s::prefix);
        }
        dsg.find().forEachRemaining(s::quad);
        s.finish();
    }
}
