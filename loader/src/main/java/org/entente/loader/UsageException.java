package org.entente.loader;

/** The arguments are wrong: an unknown query or parameter, a file that does not exist, a bad option value. */
public final class UsageException extends KgException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    @Override
    public boolean isBadInput() {
        return true;
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
