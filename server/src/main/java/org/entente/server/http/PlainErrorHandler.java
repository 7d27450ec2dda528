package org.entente.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.entente.loader.Text;

/**
 * Jetty's error responses (authentication refused, a malformed or ambiguous URL, no such path,
 * a request too large to parse) as one line of plain text, with
 * {@code X-Content-Type-Options: nosniff}: {@code 401 Unauthorized}, {@code 400 Bad Request:
 * Ambiguous URI empty segment}. Jetty's default wrote an HTML page (the request's URL in a table)
 * without nosniff or a Content-Security-Policy, since these responses never pass the server's
 * filters. Server errors never show their cause.
 */
public final class PlainErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        return super.handle(request, response, callback);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        byte[] body = text(code, code >= 500 && cause != null ? null : message).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        return ByteBuffer.wrap(text(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code 404 Not Found}, or {@code 400 Bad Request: the reason}. */
    static String text(int code, String message) {
        String reason = HttpStatus.getMessage(code);
        String line = code + " " + reason;
        if (message != null && !message.isBlank() && !message.equals(reason)) {
            line += ": " + Text.shorten(message.strip(), 300);
        }
        return line + "\n";
    }
}
