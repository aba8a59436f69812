package com.abparts.machines.domain.validation;

import java.util.Objects;

/**
 * One invalid field of a domain object: the field's name as clients know it, and what is wrong
 * with its value, phrased so that it can be shown to whoever sent it.
 */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + " " + message;
    }
}
