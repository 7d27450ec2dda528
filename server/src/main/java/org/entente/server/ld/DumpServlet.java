package org.entente.server.ld;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The dumps: {@code /dumps/} lists them; {@code /dumps/kg.trig} and {@code /dumps/kg.nq.gz} stream
 * the store inside a read transaction, as attachments.
 */
final class DumpServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    DumpServlet(LinkedDataContext context) {
        super(context);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = localPath(req);
        if (path.equals("/dumps")) {
            common(resp);
            resp.sendRedirect(req.getContextPath() + "/dumps/");
            return;
        }
        if (path.equals("/dumps/")) {
            sendHtml(resp, 200, Pages.dumps(links(req), serverRoot(req)));
            return;
        }
        Optional<Dumps.Dump> dump = Dumps.Dump.named(path.substring("/dumps/".length()));
        if (dump.isEmpty()) {
            sendHtml(resp, 404, Pages.notFound(links(req), null));
            return;
        }
        Dumps.Dump d = dump.get();
        common(resp);
        dataHeaders(resp);
        resp.setStatus(200);
        resp.setContentType(d.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
        resp.setHeader("Cache-Control", "no-cache");
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            Dumps.write(d, context.store(), prefixes, out);
        } catch (RuntimeException e) {
            // Once streaming has begun the status is sent; all we can do is log and cut the response short.
            LOG.warn("dump {} failed: {}", d.fileName(), e.toString());
            if (!resp.isCommitted()) {
                resp.reset();
                send(resp, 500, "text/plain; charset=utf-8", "500 the dump failed\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
