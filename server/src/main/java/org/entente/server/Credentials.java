package org.entente.server;

import java.util.Objects;

/**
 * The one user allowed to write (SPARQL Update, Graph Store Protocol writes). The password is
 * never printed: {@link #toString()} masks it.
 */
public record Credentials(String user, String password) {

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("the user name must be non-empty and must not contain ':'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password must not be empty");
        }
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=****]";
    }
}
