package org.entente.server.ld;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;
import org.entente.server.http.MediaFormat;

/**
 * The representations a described resource can be served in: an HTML page and four RDF
 * syntaxes. Each has one canonical media type (sent as Content-Type), some accepted aliases, and
 * a file extension that names the format-specific URL ({@code /id/state/RUS.ttl}).
 */
public enum Format implements MediaFormat {
    HTML("text/html", "text/html; charset=utf-8", "html", "HTML", null, "application/xhtml+xml"),
    TURTLE("text/turtle", "text/turtle; charset=utf-8", "ttl", "Turtle", RDFFormat.TURTLE_PRETTY,
            "application/x-turtle"),
    JSONLD("application/ld+json", "application/ld+json", "jsonld", "JSON-LD", RDFFormat.JSONLD11_PRETTY,
            "application/json"),
    NTRIPLES("application/n-triples", "application/n-triples", "nt", "N-Triples", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "application/rdf+xml; charset=utf-8", "rdf", "RDF/XML", RDFFormat.RDFXML_PLAIN);

    /** Every format, HTML first: the server's preference when a client accepts several equally. */
    public static final List<Format> ALL = List.of(values());
    /** The RDF formats, Turtle first. */
    public static final List<Format> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    private final String mediaType;
    private final String contentType;
    private final String extension;
    private final String label;
    private final RDFFormat rdfFormat;
    private final List<String> aliases;

    Format(String mediaType, String contentType, String extension, String label, RDFFormat rdfFormat,
            String... aliases) {
        this.mediaType = mediaType;
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
        this.rdfFormat = rdfFormat;
        this.aliases = List.of(aliases);
    }

    /** The canonical media type, without parameters. */
    @Override
    public String mediaType() {
        return mediaType;
    }

    /** The value of the Content-Type header. */
    @Override
    public String contentType() {
        return contentType;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }

    /** A name for people: "Turtle", "JSON-LD". */
    public String label() {
        return label;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The format named by a file extension (without the dot). */
    public static Optional<Format> forExtension(String ext) {
        for (Format f : values()) {
            if (f.extension.equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
