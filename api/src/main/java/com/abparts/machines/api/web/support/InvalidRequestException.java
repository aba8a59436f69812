package com.abparts.machines.api.web.support;

import java.util.List;

/** The request cannot be read at all: a bad parameter, or a body that is not a JSON object (HTTP 400). */
public final class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(FieldError error) {
        this(error.field() + " " + error.message(), List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
