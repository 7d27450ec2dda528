package org.entente.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error of the API: {@code {"error": "code", "detail": "one line"}}, with the
 * parameter's name for {@code bad-parameter}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String parameter, String detail) {

    public static ApiError of(String error, String detail) {
        return new ApiError(error, null, detail);
    }
}
