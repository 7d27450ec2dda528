package org.entente.server;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs: its port, who may write, how long a query may take, which remote SPARQL
 * endpoints queries may call with SERVICE, and how many rows a SELECT may return. Immutable; made
 * with {@link #builder()}. Where the settings come from (flags, environment, a file) is
 * {@link ServeSettings}' business.
 */
public final class ServerConfig {
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RESULT_ROWS = 100_000;
    /** 1 MiB: a query text longer than this is not a query a person or a program wrote to be read. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 1L << 20;
    /** 64 MiB: about half a million triples as N-Triples, some 25 times the whole bundled data. */
    public static final long DEFAULT_MAX_UPDATE_BYTES = 64L << 20;

    private final int port;
    private final Credentials credentials;
    private final Duration queryTimeout;
    private final List<String> federate;
    private final int maxResultRows;
    private final boolean localhostOnly;
    private final long maxQueryBytes;
    private final long maxUpdateBytes;

    private ServerConfig(Builder b) {
        this.port = b.port;
        this.credentials = b.credentials;
        this.queryTimeout = b.queryTimeout;
        this.federate = List.copyOf(b.federate);
        this.maxResultRows = b.maxResultRows;
        this.localhostOnly = b.localhostOnly;
        this.maxQueryBytes = b.maxQueryBytes;
        this.maxUpdateBytes = b.maxUpdateBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: port 3030, no writer, 30 s, no federation. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    /** The HTTP port; 0 means any free port. */
    public int port() {
        return port;
    }

    /** The user who may write; empty if nobody may (the default). */
    public Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** The longest a query may run before it is stopped. */
    public Duration queryTimeout() {
        return queryTimeout;
    }

    /** The remote SPARQL endpoints that SERVICE may call (exact URLs); empty means SERVICE is refused. */
    public List<String> federate() {
        return federate;
    }

    /** The most rows a SELECT on the SPARQL endpoint may return. */
    public int maxResultRows() {
        return maxResultRows;
    }

    /** True if the server listens on the loopback interface only (localhost), not on every interface. */
    public boolean localhostOnly() {
        return localhostOnly;
    }

    /** The largest request body the query endpoint accepts (a query, as a form or as the body). */
    public long maxQueryBytes() {
        return maxQueryBytes;
    }

    /** The largest request body of a SPARQL Update or a Graph Store write. */
    public long maxUpdateBytes() {
        return maxUpdateBytes;
    }

    @Override
    public String toString() {
        return "ServerConfig[port=" + port + ", writer=" + (credentials == null ? "none" : credentials.user())
                + ", queryTimeout=" + queryTimeout + ", federate=" + federate + ", maxResultRows=" + maxResultRows
                + ", localhostOnly=" + localhostOnly + ", maxQueryBytes=" + maxQueryBytes + ", maxUpdateBytes=" + maxUpdateBytes + "]";
    }

    public static final class Builder {
        private int port = DEFAULT_PORT;
        private Credentials credentials;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private final List<String> federate = new ArrayList<>();
        private int maxResultRows = DEFAULT_MAX_RESULT_ROWS;
        private boolean localhostOnly;
        private long maxQueryBytes = DEFAULT_MAX_QUERY_BYTES;
        private long maxUpdateBytes = DEFAULT_MAX_UPDATE_BYTES;

        private Builder() {}

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /** The writer; null for none. */
        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /** Allows SERVICE calls to this endpoint (an absolute http or https URL). */
        public Builder federate(String endpoint) {
            federate.add(checkEndpoint(endpoint));
            return this;
        }

        public Builder federate(List<String> endpoints) {
            endpoints.forEach(this::federate);
            return this;
        }

        public Builder maxResultRows(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("the result row limit must be at least 1, not " + rows);
            }
            this.maxResultRows = rows;
            return this;
        }

        /** Listen on the loopback interface only (default: every interface). */
        public Builder localhostOnly(boolean localhostOnly) {
            this.localhostOnly = localhostOnly;
            return this;
        }

        public Builder maxQueryBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("the query size limit must be at least 1024 bytes, not " + bytes);
            }
            this.maxQueryBytes = bytes;
            return this;
        }

        public Builder maxUpdateBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("the update size limit must be at least 1024 bytes, not " + bytes);
            }
            this.maxUpdateBytes = bytes;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(this);
        }

        private static String checkEndpoint(String url) {
            Objects.requireNonNull(url, "endpoint");
            try {
                URI u = new URI(url);
                if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                        && u.getRawFragment() == null) {
                    return url;
                }
            } catch (java.net.URISyntaxException e) {
                // fall through
            }
            throw new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL of a SPARQL endpoint");
        }
    }
}
