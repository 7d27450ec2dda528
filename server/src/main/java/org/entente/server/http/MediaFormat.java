package org.entente.server.http;

import java.util.List;
import java.util.stream.Stream;

/**
 * A format a response can be sent in, as the format's enum declares it: the media type it is
 * sent as, and the media types a client may ask for it by. {@link ContentNegotiation} chooses
 * among such formats.
 */
public interface MediaFormat {
    /** The canonical media type, without parameters, such as {@code text/turtle}. */
    String mediaType();

    /** The value of the Content-Type header, such as {@code text/turtle; charset=utf-8}. */
    String contentType();

    /** Other media types a client may ask for it by, such as {@code application/x-turtle}. */
    default List<String> aliases() {
        return List.of();
    }

    /** The canonical media type followed by the aliases. */
    default List<String> acceptedMediaTypes() {
        return Stream.concat(Stream.of(mediaType()), aliases().stream()).toList();
    }
}
