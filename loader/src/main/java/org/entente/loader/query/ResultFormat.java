package org.entente.loader.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/** The ways a SELECT or ASK result can be written, each with its media type and a tiny writer. */
public enum ResultFormat {
    /** An aligned text table of plain values ({@link TextTable}, {@link TermDisplay}), for a person at a terminal. */
    TABLE("text/plain", "txt", null),
    /** W3C SPARQL 1.1 Query Results CSV. */
    CSV("text/csv", "csv", ResultSetLang.RS_CSV),
    /** W3C SPARQL 1.1 Query Results TSV. */
    TSV("text/tab-separated-values", "tsv", ResultSetLang.RS_TSV),
    /** W3C SPARQL 1.1 Query Results JSON. */
    JSON("application/sparql-results+json", "srj", ResultSetLang.RS_JSON),
    /** W3C SPARQL Query Results XML. */
    XML("application/sparql-results+xml", "srx", ResultSetLang.RS_XML);

    private final String mediaType;
    private final String extension;
    /** Jena's writer of the W3C format; null for the table. */
    private final Lang lang;

    ResultFormat(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of this name (table, csv, tsv, json, xml), ignoring case. */
    public static Optional<ResultFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Writes a SELECT result; the table shortens IRIs with the prefixes (see {@link QueryService#writeForPeople} for labels). */
    public void write(OutputStream out, ResultSet rs, PrefixMapping prefixes) {
        if (lang == null) {
            TextTable.write(out, rs, TermDisplay.prefixed(prefixes));
        } else {
            ResultSetMgr.write(out, rs, lang);
        }
    }

    /** Writes an ASK result. */
    public void write(OutputStream out, boolean answer) {
        if (lang == null) {
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).println(answer ? "yes" : "no");
        } else {
            ResultSetMgr.write(out, answer, lang);
        }
    }
}
