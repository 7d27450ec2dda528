package org.entente.server.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Entity tags (RFC 9110, section 8.8.3) of representations that do not change while the server
 * runs (the static files, the ontology), and the {@code If-None-Match} check that answers a
 * revalidation with 304.
 */
public final class EntityTags {
    private EntityTags() {}

    /** A strong entity tag of some bytes: the start of their SHA-256, quoted. */
    public static String of(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True if the request's If-None-Match names the entity tag (the client's copy is current: 304). */
    public static boolean notModified(HttpServletRequest req, String etag) {
        return matches(req.getHeader("If-None-Match"), etag);
    }

    /**
     * True if an If-None-Match value ({@code "a"}, {@code "a", W/"b"} or {@code *}) names the
     * entity tag, by the weak comparison that If-None-Match uses.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String tag = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (opaque(candidate.strip()).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The quoted part of an entity tag, without a weakness indicator. */
    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
