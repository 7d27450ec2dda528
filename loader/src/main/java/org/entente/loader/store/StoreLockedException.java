package org.entente.loader.store;

import java.nio.file.Path;

import org.entente.loader.KgException;

/** The store's directory is held by another process, such as a running {@code kg serve}. */
public final class StoreLockedException extends KgException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(Path location) {
        super("the store " + location + " is in use by another process (a running 'kg serve'?). "
                + "Stop that process, use another --store, or load into the running server with 'kg load --endpoint URL'");
    }

    @Override
    public boolean isBadInput() {
        return false;
    }
}
