package org.entente.loader;

/**
 * An error that the user can act on, with a one-line message. Subclasses separate bad input
 * (the user's data or arguments are wrong) from failures of the machine (I/O, a locked store).
 */
public abstract class KgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected KgException(String message) {
        super(message);
    }

    protected KgException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True if the error is the user's input or arguments, false if the machine failed. */
    public abstract boolean isBadInput();

    /** The exit code of the command line: 2 for wrong arguments, 1 for everything else. */
    public int exitCode() {
        return 1;
    }
}
