package org.entente.loader.validate;

import java.util.List;

import org.entente.loader.KgException;

/** The data would violate the SHACL shapes, so it was not loaded. */
public final class ValidationException extends KgException {
    private static final long serialVersionUID = 1L;

    private final transient List<ShapesValidator.Violation> violations;

    public ValidationException(List<ShapesValidator.Violation> violations) {
        super(violations.size() + " SHACL violation" + (violations.size() == 1 ? "" : "s")
                + "; nothing was loaded. First: " + violations.get(0));
        this.violations = List.copyOf(violations);
    }

    public List<ShapesValidator.Violation> violations() {
        return violations;
    }

    @Override
    public boolean isBadInput() {
        return true;
    }
}
