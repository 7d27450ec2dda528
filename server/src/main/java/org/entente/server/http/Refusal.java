package org.entente.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** A request refused by a filter before Fuseki sees it: a status and one line of plain text, and the connection closed. */
public final class Refusal {
    private Refusal() {}

    /** Sends the refusal, unless the response is already committed. */
    public static void send(HttpServletResponse res, int status, String message) throws IOException {
        if (res.isCommitted()) {
            return;
        }
        res.setHeader("Connection", "close");
        Responses.send(res, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
