package org.entente.loader;

/** The machine failed: a file could not be read or written, the store could not be opened. */
public class StorageException extends KgException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isBadInput() {
        return false;
    }
}
