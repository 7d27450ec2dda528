package org.entente.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.shared.PrefixMapping;
import org.entente.loader.Prefixes;
import org.entente.server.http.ContentNegotiation;
import org.entente.server.http.Responses;
import org.entente.server.http.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What the Linked Data servlets share: paths, headers, and writing a response. */
abstract class LdServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final Logger LOG = LoggerFactory.getLogger("org.entente.server.ld");

    final transient LinkedDataContext context;
    final transient PrefixMapping prefixes;

    LdServlet(LinkedDataContext context) {
        this.context = context;
        this.prefixes = Prefixes.standard(context.graphs().scheme());
    }

    /** The links of a request (the context path in front of every path). */
    Links links(HttpServletRequest req) {
        return new Links(req.getContextPath(), context.graphs().scheme(), prefixes);
    }

    /** The request's path after the context path, not decoded (our IRIs need no percent-encoding). */
    static String localPath(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String cp = req.getContextPath();
        if (cp != null && !cp.isEmpty() && uri.startsWith(cp)) {
            uri = uri.substring(cp.length());
        }
        return uri.isEmpty() ? "/" : uri;
    }

    /** The absolute URL of the server root (with context path, no trailing slash) as the client sees it. */
    static String serverRoot(HttpServletRequest req) {
        String scheme = req.getScheme();
        String host = req.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]"; // an IPv6 literal
        }
        int port = req.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + req.getContextPath();
    }

    /** The format of a negotiated request, or a 406 response sent (empty). */
    static Optional<Format> negotiate(HttpServletRequest req, HttpServletResponse resp, List<Format> available,
            String path) throws IOException {
        Optional<Format> f = ContentNegotiation.choose(req, available);
        if (f.isEmpty()) {
            resp.setHeader("Vary", "Accept");
            StringBuilder sb = new StringBuilder("406 Not Acceptable: this resource is available as\n");
            for (Format a : available) {
                sb.append("  ").append(a.mediaType()).append("  ").append(req.getContextPath()).append(path).append('.')
                        .append(a.extension()).append('\n');
            }
            send(resp, 406, "text/plain; charset=utf-8", sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    /** The Link header value naming every representation of a resource. */
    static String alternatesHeader(String contextPath, String path, List<Format> formats) {
        List<String> parts = new ArrayList<>();
        for (Format f : formats) {
            parts.add("<" + contextPath + path + "." + f.extension() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        return String.join(", ", parts);
    }

    /** Headers of every response: no content sniffing. */
    static void common(HttpServletResponse resp) {
        SecurityHeaders.nosniff(resp);
    }

    /** Headers of data meant for any client, including scripts on other sites. */
    static void dataHeaders(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", "Content-Location, Link");
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        sendHtml(resp, status, html.getBytes(StandardCharsets.UTF_8));
    }

    static void sendHtml(HttpServletResponse resp, int status, byte[] html) throws IOException {
        SecurityHeaders.page(resp);
        send(resp, status, Format.HTML.contentType(), html);
    }

    static void sendRdf(HttpServletResponse resp, int status, Format f, byte[] body) throws IOException {
        dataHeaders(resp);
        send(resp, status, f.contentType(), body);
    }

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        Responses.send(resp, status, contentType, body);
    }

    /** A 500 page (or nothing, if the response is already committed). */
    static void serverError(HttpServletRequest req, HttpServletResponse resp, Exception e) throws IOException {
        LOG.error("{} {} failed", req.getMethod(), req.getRequestURI(), e);
        if (!resp.isCommitted()) {
            resp.reset();
            send(resp, 500, "text/plain; charset=utf-8",
                    "500 Internal Server Error: the server could not describe this resource; see its log.\n"
                            .getBytes(StandardCharsets.UTF_8));
        }
    }
}
