package org.entente.server.http;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an {@code application/x-www-form-urlencoded} request: those of the query
 * string (UTF-8) followed by those of the body (in the form's charset), decoded from the buffered
 * body. Bad input is an IllegalArgumentException with a one-line message for a 400.
 */
final class FormParameters {
    private FormParameters() {}

    /** The most parameters a form may have (as Jetty's default). */
    static final int MAX_PARAMETERS = 1000;

    /**
     * The parameters, each with its values in order.
     *
     * @param queryString the request's query string, or null
     * @param body        the body's bytes
     * @param charset     the form's charset
     */
    static Map<String, String[]> decode(String queryString, byte[] body, Charset charset) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        decode(queryString, StandardCharsets.UTF_8, p);
        decode(new String(body, StandardCharsets.ISO_8859_1), charset, p);
        Map<String, String[]> out = new LinkedHashMap<>();
        p.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return Collections.unmodifiableMap(out);
    }

    /** The charset of this name (UTF-8 for null); a 400 message for one Java does not have. */
    static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("the form's charset '" + name + "' is not supported; send UTF-8");
        }
    }

    /** Decodes a=b&c=d (the body as Latin-1 text: every byte one char; percent escapes in the given charset). */
    private static void decode(String s, Charset cs, Map<String, List<String>> into) {
        if (s == null || s.isEmpty()) {
            return;
        }
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                k = URLDecoder.decode(new String(k.getBytes(StandardCharsets.ISO_8859_1), cs), cs);
                v = URLDecoder.decode(new String(v.getBytes(StandardCharsets.ISO_8859_1), cs), cs);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the form is not valid application/x-www-form-urlencoded: "
                        + Messages.oneLine(String.valueOf(e.getMessage())));
            }
            into.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            if (into.size() > MAX_PARAMETERS) {
                throw new IllegalArgumentException("the form has more than " + MAX_PARAMETERS + " parameters");
            }
        }
    }
}
