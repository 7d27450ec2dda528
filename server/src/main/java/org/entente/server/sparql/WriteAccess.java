package org.entente.server.sparql;

import java.util.Optional;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.security.Password;
import org.entente.server.Credentials;

/**
 * Who may write: HTTP Basic authentication of the configured writer on {@code /kg/update} (every
 * method) and on the write methods of {@code /kg/data} (PUT, POST, DELETE, PATCH); reads (GET,
 * HEAD, OPTIONS) stay public. With no writer configured, those requests are forbidden (403) for
 * everyone.
 *
 * <p>The Graph Store's public methods are an allow-list and every other method is forbidden
 * ({@code denyUncoveredHttpMethods}): Jetty matches method names exactly, while Fuseki's Graph
 * Store upper-cases them, so a deny-list of PUT, POST, DELETE and PATCH let {@code put} or
 * {@code Delete} through without credentials.
 *
 * <p>An {@code Authorization} header that is not Base64 is answered as missing credentials (401
 * and a challenge); Jetty's authenticator let the decoder's exception through as a 500.
 */
public final class WriteAccess {
    private WriteAccess() {}

    public static final String REALM = "Entente";
    /** The API's path that loads an article: writes, so for the writer only. */
    public static final String ARTICLES = "/api/articles";
    private static final String[] WRITE_METHODS = {"PUT", "POST", "DELETE", "PATCH"};
    private static final String[] READ_METHODS = {"GET", "HEAD", "OPTIONS"};

    /** The Jetty security handler for a dataset at {@code datasetPath} (such as /kg). */
    public static ConstraintSecurityHandler securityHandler(String datasetPath, Optional<Credentials> writer) {
        UserStore users = new UserStore();
        writer.ifPresent(c -> users.addUser(c.user(), new Password(c.password()), new String[0]));
        try {
            users.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the user store", e);
        }
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        handler.setAuthenticator(new MalformedAsMissing());
        Constraint write = writer.isPresent() ? Constraint.ANY_USER : Constraint.FORBIDDEN;

        handler.addConstraintMapping(mapping(datasetPath + "/update", null, write));
        for (String path : new String[] {datasetPath + "/data", datasetPath + "/data/*"}) {
            for (String method : WRITE_METHODS) {
                handler.addConstraintMapping(mapping(path, method, write));
            }
            for (String method : READ_METHODS) {
                handler.addConstraintMapping(mapping(path, method, Constraint.ALLOWED));
            }
        }
        // The API's one write: loading an article and its facts (POST only; CORS preflights stay open).
        handler.addConstraintMapping(mapping(ARTICLES, "POST", write));
        handler.addConstraintMapping(mapping(ARTICLES, "OPTIONS", Constraint.ALLOWED));
        // Any other method on these paths (put, Delete, TRACE, ...) is forbidden.
        handler.setDenyUncoveredHttpMethods(true);
        return handler;
    }

    private static ConstraintMapping mapping(String pathSpec, String method, Constraint constraint) {
        ConstraintMapping m = new ConstraintMapping();
        m.setPathSpec(pathSpec);
        if (method != null) {
            m.setMethod(method);
        }
        m.setConstraint(constraint);
        return m;
    }

    /** Basic authentication in which a header that cannot be decoded counts as no header. */
    static final class MalformedAsMissing extends BasicAuthenticator {
        @Override
        public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
            try {
                return super.validateRequest(req, res, callback);
            } catch (IllegalArgumentException malformed) {
                HttpFields without = HttpFields.build(req.getHeaders()).remove(HttpHeader.AUTHORIZATION).asImmutable();
                return super.validateRequest(new Request.Wrapper(req) {
                    @Override
                    public HttpFields getHeaders() {
                        return without;
                    }
                }, res, callback);
            }
        }
    }
}
