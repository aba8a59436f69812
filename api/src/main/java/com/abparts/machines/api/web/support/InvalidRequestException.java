package com.abparts.machines.api.web.support;

import java.util.List;

/** The request cannot be read at all: a bad parameter, or a body that is not a JSON object (HTTP 400). */
public final class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(FieldError error) {
        super(error.field() + " " + error.message());
        this.errors = List.of(error);
    }

    /** Every invalid parameter, counted, the first hundred listed. */
    public InvalidRequestException(FieldErrors parameters) {
        super(parameters.summary("parameter"));
        this.errors = parameters.listed();
    }

    /** A request that cannot be read as a whole, such as a query string that cannot be decoded. */
    public InvalidRequestException(String detail) {
        super(detail);
        this.errors = List.of();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
