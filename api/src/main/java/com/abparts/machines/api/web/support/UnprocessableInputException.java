package com.abparts.machines.api.web.support;

import java.util.List;

/** The body is readable JSON, but fields in it are invalid: all of them are listed (HTTP 422). */
public final class UnprocessableInputException extends RuntimeException {

    private final List<FieldError> errors;

    public UnprocessableInputException(List<FieldError> errors) {
        super(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
