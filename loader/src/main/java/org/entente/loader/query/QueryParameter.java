package org.entente.loader.query;

import java.util.Optional;

/**
 * A parameter of a named query: the variable it binds (without '?'), its type, its default (or
 * none if it is required) and what it means.
 */
public record QueryParameter(String name, ParameterType type, Optional<String> defaultValue, String description) {

    public boolean required() {
        return defaultValue.isEmpty();
    }
}
