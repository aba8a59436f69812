package com.abparts.machines.api.web.support;

import java.util.List;

/** The body is readable JSON, but fields in it are invalid: all are counted, the first hundred listed (HTTP 422). */
public final class UnprocessableInputException extends RuntimeException {

    private final List<FieldError> errors;

    public UnprocessableInputException(FieldErrors errors) {
        super(errors.summary("field"));
        this.errors = errors.listed();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
