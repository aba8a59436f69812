package com.abparts.machines.domain.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A domain object refused to come into existence because some of its fields are invalid.
 * It names every invalid field at once, so that a client can correct them all in one go.
 */
public final class InvalidFieldsException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidFieldsException(List<FieldViolation> violations) {
        super(violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-fields error needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** One field is invalid. */
    public static InvalidFieldsException onField(String field, String message) {
        return new InvalidFieldsException(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
