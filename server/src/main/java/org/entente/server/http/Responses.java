package org.entente.server.http;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

/** Sending a whole response body that is already in memory. */
public final class Responses {
    private Responses() {}

    /** Sends a status and a body of a content type, with its Content-Length, and nosniff. */
    public static void send(HttpServletResponse res, int status, String contentType, byte[] body) throws IOException {
        SecurityHeaders.nosniff(res);
        res.setStatus(status);
        res.setContentType(contentType);
        res.setContentLength(body.length);
        try (OutputStream out = res.getOutputStream()) {
            out.write(body);
        }
    }
}
