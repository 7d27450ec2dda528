package org.entente.server.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.entente.loader.KgException;
import org.entente.loader.UsageException;
import org.entente.loader.extract.ArticleMeta;
import org.entente.loader.extract.Extractor;
import org.entente.loader.mapping.ArticleMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drafts the facts of an article's text with the extractor ({@code POST /api/extract}): checks the
 * request (the loader's size limit for a text, UTF-8, a title of one line, a real publication
 * date), runs the extractor with a time limit, and returns the draft as JSON. Nothing is written.
 * The extractor (and its OpenNLP models) is loaded on first use, not when the server starts.
 */
public final class Drafting {

    /** The largest text: the loader's limit for an article's text (4 MiB). */
    public static final int MAX_TEXT_BYTES = ArticleMapper.MAX_TEXT_BYTES;

    /** The largest JSON body: the text may be escaped, so twice the text's limit. */
    public static final int MAX_JSON_BYTES = 2 * MAX_TEXT_BYTES;

    /** The longest title, in characters. */
    public static final int MAX_TITLE = 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long timeoutMillis;
    private final ExecutorService runner;
    private volatile Extractor extractor;

    /** Too long: the extractor did not finish within the time limit. */
    public static final class TooSlowException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlowException(String message) {
            super(message);
        }
    }

    /** The body or the text is bigger than its limit. */
    public static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    public Drafting(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        this.runner = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "entente-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** A draft of a text/plain body; title and published come from the query string. */
    public String fromPlainText(InputStream body, String title, String published) {
        String text = utf8(read(body, MAX_TEXT_BYTES, "the text"), "the text");
        return draft(text, title, published);
    }

    /** A draft of a JSON body {@code {"text": …, "title": …, "published": …}}. */
    public String fromJson(InputStream body) {
        String json = utf8(read(body, MAX_JSON_BYTES, "the JSON body"), "the JSON body");
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UsageException("the body is not valid JSON: " + oneLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("the body must be a JSON object {\"text\": …, \"title\": …, \"published\": …}");
        }
        String text = string(root, "text");
        if (text == null) {
            throw new UsageException("the JSON body has no \"text\" (the article's text)");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new TooLargeException("the text is bigger than " + MAX_TEXT_BYTES + " bytes (4 MiB), the loader's limit");
        }
        return draft(text, string(root, "title"), string(root, "published"));
    }

    private static String string(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new UsageException("\"" + key + "\" must be a string");
        }
        return n.asText();
    }

    private String draft(String text, String title, String published) {
        if (text.isBlank()) {
            throw new UsageException("the text is empty; send the article's text");
        }
        String t = title == null || title.isBlank() ? firstLine(text) : title.strip();
        if (t.length() > MAX_TITLE) {
            throw new UsageException("the title is " + t.length() + " characters long; at most " + MAX_TITLE);
        }
        String date = published == null || published.isBlank() ? null : published.strip();
        ArticleMeta meta = new ArticleMeta(slug(t), t, Optional.ofNullable(date));
        Future<String> job = runner.submit(() -> extractor().extract(text, meta).toJson());
        try {
            return job.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new TooSlowException("drafting took longer than " + timeoutMillis / 1000 + " s; send a shorter text");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooSlowException("drafting was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                throw new UsageException(iae.getMessage());
            }
            if (cause instanceof KgException ke) {
                throw ke;
            }
            throw new IllegalStateException("the extractor failed", cause);
        }
    }

    private Extractor extractor() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (this) {
                if (extractor == null) {
                    extractor = Extractor.load();
                }
                e = extractor;
            }
        }
        return e;
    }

    /** The article's id from its title: lower-case letters, digits and hyphens, at most 60; {@code article} if none. */
    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "article" : s;
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\\R", 2)[0].strip();
        return line.length() > MAX_TITLE ? line.substring(0, MAX_TITLE).strip() : line;
    }

    private static byte[] read(InputStream in, int limit, String what) {
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new TooLargeException(what + " is bigger than " + limit + " bytes (" + (limit >> 20) + " MiB), the limit");
            }
            return bytes;
        } catch (IOException e) {
            throw new UsageException("the request body could not be read: " + oneLine(e.getMessage()));
        }
    }

    private static String utf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(what + " is not valid UTF-8 text");
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.split("\\R", 2)[0];
    }
}
