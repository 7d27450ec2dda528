package org.entente.loader.query;

import org.entente.loader.KgException;

/** A named query's parameter is missing, unknown or invalid. The message names the parameter. */
public final class ParameterException extends KgException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public ParameterException(String parameter, String problem) {
        super("parameter '" + parameter + "' " + problem);
        this.parameter = parameter;
    }

    /** The parameter's name, as the user gave it. */
    public String parameter() {
        return parameter;
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
