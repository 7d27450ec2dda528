package org.entente.loader.source;

import org.entente.loader.KgException;

/**
 * Bad input data: a malformed file, an unknown identifier, a quote that is not in its text. The
 * message names the file and, where there is one, the line: {@code file:line: problem}.
 */
public final class InputException extends KgException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public InputException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public InputException(String file, String problem) {
        this(file, 0, problem);
    }

    /** The file's name as the user knows it. */
    public String file() {
        return file;
    }

    /** The line, counting from 1, or 0 if the problem concerns the whole file. */
    public int line() {
        return line;
    }

    @Override
    public boolean isBadInput() {
        return true;
    }
}
