package org.entente.server.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.entente.loader.KgException;
import org.entente.loader.query.ParameterException;
import org.entente.loader.query.QueryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mapper per family of errors, each answering with an {@link ApiError} in JSON. No stack
 * trace ever reaches a client: unexpected errors are logged here and answered with a fixed text.
 */
public final class ExceptionMappers {
    private ExceptionMappers() {}

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMappers.class);

    /** All the mappers, for registration. */
    public static Object[] all() {
        return new Object[] {new BadParameter(), new Timeout(), new DraftTimeout(), new DraftTooLarge(), new Kg(), new Http(), new Unexpected()};
    }

    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** A missing, unknown or invalid parameter: 400, naming it. */
    public static final class BadParameter implements ExceptionMapper<ParameterException> {
        @Override
        public Response toResponse(ParameterException e) {
            return json(400, new ApiError("bad-parameter", e.parameter(), e.getMessage()));
        }
    }

    /** A query that ran out of time: 503. */
    public static final class Timeout implements ExceptionMapper<QueryService.QueryTimeoutException> {
        @Override
        public Response toResponse(QueryService.QueryTimeoutException e) {
            return json(503, ApiError.of("timeout", e.getMessage() + "; narrow the query or try again later"));
        }
    }

    /** The extractor ran past its time limit. */
    public static final class DraftTimeout implements ExceptionMapper<org.entente.server.service.Drafting.TooSlowException> {
        @Override
        public Response toResponse(org.entente.server.service.Drafting.TooSlowException e) {
            return json(503, ApiError.of("timeout", e.getMessage()));
        }
    }

        /** A body or text bigger than the extractor's limit. */
    public static final class DraftTooLarge implements ExceptionMapper<org.entente.server.service.Drafting.TooLargeException> {
        @Override
        public Response toResponse(org.entente.server.service.Drafting.TooLargeException e) {
            return json(413, ApiError.of("too-large", e.getMessage()));
        }
    }

        /** Any other error of the library: 400 if the request is at fault, 500 if the machine is. */
    public static final class Kg implements ExceptionMapper<KgException> {
        @Override
        public Response toResponse(KgException e) {
            if (e.isBadInput()) {
                return json(400, ApiError.of("bad-request", e.getMessage()));
            }
            LOG.error("request failed: {}", e.getMessage(), e);
            return json(500, ApiError.of("server-error", e.getMessage()));
        }
    }

    /** HTTP errors raised by resources or by Jersey (no such path, method not allowed, not acceptable). */
    public static final class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "bad-request";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                default -> status >= 500 ? "server-error" : "http-" + status;
            };
            if (status >= 500) {
                LOG.error("request failed", e);
            }
            String detail = e.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : e.getMessage();
            Response.ResponseBuilder b = Response.fromResponse(e.getResponse()).entity(new ApiError(code, null, detail))
                    .type(MediaType.APPLICATION_JSON_TYPE);
            return b.build();
        }
    }

    /** Anything else is a bug: logged with its stack trace, answered with 500 and no details. */
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            LOG.error("unexpected error in the API", e);
            return json(500, ApiError.of("internal-error", "an unexpected error occurred; it has been logged on the server"));
        }
    }
}
