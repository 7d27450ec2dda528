package org.entente.loader.remote;

import org.entente.loader.KgException;

/** A remote store refused a request or could not be reached. The message is one line and never holds a password. */
public final class RemoteStoreException extends KgException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public RemoteStoreException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or -1 if there was no response. */
    public int status() {
        return status;
    }

    @Override
    public boolean isBadInput() {
        return status == 401 || status == 403;
    }
}
