package org.entente.loader.source;

/** Where a record came from: a file and a line (0 if the file has no lines, as in JSON). */
public record Origin(String file, int line) {

    /** An input error at this place. */
    public InputException error(String problem) {
        return new InputException(file, line, problem);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
