package org.entente.server.http;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The Content-Type header of a request, read as sent (Jetty's getContentType() throws on a charset it does not know). */
public final class ContentTypeHeader {
    private ContentTypeHeader() {}

    /** The Content-Type header in lower case, or "". */
    public static String of(HttpServletRequest req) {
        String h = req.getHeader("Content-Type");
        return h == null ? "" : h.strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type, or null. */
    public static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring("charset=".length()).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
