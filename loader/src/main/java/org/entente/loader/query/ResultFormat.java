package org.entente.loader.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/** The ways a SELECT or ASK result can be written, each with its media type and a tiny writer. */
public enum ResultFormat {
    /** An aligned text table with prefixed names, for a terminal. */
    TABLE("text/plain", "txt"),
    /** W3C SPARQL 1.1 Query Results CSV. */
    CSV("text/csv", "csv"),
    /** W3C SPARQL 1.1 Query Results TSV. */
    TSV("text/tab-separated-values", "tsv"),
    /** W3C SPARQL 1.1 Query Results JSON. */
    JSON("application/sparql-results+json", "srj"),
    /** W3C SPARQL Query Results XML. */
    XML("application/sparql-results+xml", "srx");

    private final String mediaType;
    private final String extension;

    ResultFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
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

    /** Writes a SELECT result. */
    public void write(OutputStream out, ResultSet rs, PrefixMapping prefixes) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, rs, prefixes);
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
        }
    }

    /** Writes an ASK result. */
    public void write(OutputStream out, boolean answer) {
        switch (this) {
            case TABLE -> new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8).println(answer ? "yes" : "no");
            case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
        }
    }
}
