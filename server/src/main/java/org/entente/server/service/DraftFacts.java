package org.entente.server.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.entente.loader.UsageException;
import org.entente.loader.extract.Draft;
import org.entente.loader.source.FactsReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The facts file of a draft as a reviewer edited it ({@code POST /api/drafts/facts-file}, and the
 * review page's load through {@code POST /api/articles}): the draft's JSON (the shape of
 * {@code /api/extract}'s answer, facts added, retyped or deleted) is read by {@link Draft#fromJson}
 * and written by the loader's one facts-file writer ({@link Draft#toFacts(String, Draft.Review)}),
 * the same that {@code kg extract} uses. Nothing is written anywhere.
 */
public final class DraftFacts {

    /** The largest body: twice the largest facts file (a draft's JSON carries spans besides). */
    public static final int MAX_BODY_BYTES = 2 * FactsReader.MAX_BYTES;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The facts file of a body {@code {"draft": {…}, "review": "drafted" | "reviewed"}} ({@code review} defaults to drafted). */
    public String factsFile(InputStream body) {
        JsonNode root = read(body);
        if (root == null || !root.isObject() || !root.path("draft").isObject()) {
            throw new UsageException("the body must be a JSON object {\"draft\": the draft as /api/extract gave it, \"review\": \"drafted\" or \"reviewed\"}");
        }
        JsonNode review = root.get("review");
        Draft.Review r;
        if (review == null || review.isNull()) {
            r = Draft.Review.DRAFTED;
        } else if (review.isTextual() && review.asText().equals("drafted")) {
            r = Draft.Review.DRAFTED;
        } else if (review.isTextual() && review.asText().equals("reviewed")) {
            r = Draft.Review.REVIEWED;
        } else {
            throw new UsageException("\"review\" must be \"drafted\" or \"reviewed\", not " + review);
        }
        return factsFile(root.get("draft"), r);
    }

    /** The facts file of a draft given as JSON, with the review status it is to say. */
    public String factsFile(JsonNode draft, Draft.Review review) {
        Draft d = Draft.fromJson(draft.toString());
        String facts;
        try {
            facts = d.toFacts(d.meta().id() + ".txt", review);
        } catch (IllegalStateException e) {
            throw new UsageException("draft.article.published is missing: " + e.getMessage());
        }
        if (facts.getBytes(StandardCharsets.UTF_8).length > FactsReader.MAX_BYTES) {
            throw new Drafting.TooLargeException("the facts file would be bigger than " + FactsReader.MAX_BYTES + " bytes (1 MiB), the loader's limit");
        }
        return facts;
    }

    private static JsonNode read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UsageException("the request body could not be read: " + String.valueOf(e.getMessage()).split("\\R", 2)[0]);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new Drafting.TooLargeException("the body is bigger than " + MAX_BODY_BYTES + " bytes (2 MiB), the limit");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException("the body is not valid UTF-8 text");
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UsageException("the body is not valid JSON: " + String.valueOf(e.getMessage()).split("\\R", 2)[0]);
        }
    }
}
