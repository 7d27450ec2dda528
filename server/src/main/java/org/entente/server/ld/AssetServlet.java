package org.entente.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves {@code /assets/*} from the classpath folder of the assets, with entity tags. */
final class AssetServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    private final transient Assets assets;

    AssetServlet(LinkedDataContext context, Assets assets) {
        super(context);
        this.assets = assets;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = localPath(req);
        Optional<Assets.Asset> a = path.startsWith("/assets/") ? assets.get(path.substring("/assets/".length()))
                : Optional.empty();
        if (a.isEmpty()) {
            send(resp, 404, "text/plain; charset=utf-8", "404 Not Found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Assets.Asset asset = a.get();
        resp.setHeader("ETag", asset.etag());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (asset.etag().equals(req.getHeader("If-None-Match"))) {
            common(resp);
            resp.setStatus(304);
            return;
        }
        send(resp, 200, asset.contentType(), asset.bytes());
    }
}
