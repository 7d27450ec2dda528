package org.entente.server.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.entente.loader.Loader;
import org.entente.loader.LoadReport;
import org.entente.loader.UsageException;
import org.entente.loader.extract.Draft;
import org.entente.loader.mapping.ArticleMapper;
import org.entente.loader.mapping.GraphNames;
import org.entente.loader.source.FactsReader;
import org.entente.loader.source.Input;
import org.entente.loader.store.KgStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads one article and its facts file into the served store ({@code POST /api/articles}, for the
 * writer only): exactly what {@code kg load --article TEXT --facts FACTS} does, in one transaction
 * that maps, infers and validates before it commits, or writes nothing.
 */
public final class ArticleLoading {

    /** The largest body: a facts file (1 MiB) and a text (4 MiB), escaped in JSON. */
    public static final int MAX_BODY_BYTES = 2 * (FactsReader.MAX_BYTES + ArticleMapper.MAX_TEXT_BYTES);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Loader loader;
    private final DraftFacts drafts;

    /** What a load did: the graphs it wrote, with their triples. */
    public record Loaded(java.util.List<LoadReport.GraphLoad> graphs) {}

    public ArticleLoading(KgStore store, GraphNames graphs, Clock clock, DraftFacts drafts) {
        this.loader = new Loader(store, graphs, clock, true, Loader.Progress.none());
        this.drafts = drafts;
    }

    /**
     * Loads a JSON body {@code {"facts": "…the facts file…", "text": "…the article's text…"}}, or
     * {@code {"draft": {…a reviewed draft…}, "text": …}}, whose facts file {@link DraftFacts} writes with
     * {@code review: reviewed} (the review page's load).
     */
    public Loaded load(InputStream body) {
        JsonNode root;
        try {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new Drafting.TooLargeException("the body is bigger than " + MAX_BODY_BYTES + " bytes, the limit");
            }
            root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("the body is not valid JSON: " + String.valueOf(e.getMessage()).split("\\R", 2)[0]);
        }
        if (root == null || !root.isObject() || !(root.path("facts").isTextual() ^ root.path("draft").isObject())
                || !root.path("text").isTextual()) {
            throw new UsageException("the body must be a JSON object {\"facts\": \"the facts file\", \"text\": \"the article's text\"}"
                    + " or {\"draft\": the reviewed draft, \"text\": \"the article's text\"}");
        }
        String factsFile = root.path("draft").isObject() ? drafts.factsFile(root.get("draft"), Draft.Review.REVIEWED)
                : root.get("facts").asText();
        byte[] facts = factsFile.getBytes(StandardCharsets.UTF_8);
        byte[] text = root.get("text").asText().getBytes(StandardCharsets.UTF_8);
        LoadReport report = loader.loadArticle(new Input("facts", facts), new Input("text", text));
        return new Loaded(report.graphs());
    }
}
