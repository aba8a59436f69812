package com.abparts.machines.api.web.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Each kind of problem this API answers with: its status, its {@code type}, and what it means in
 * the OpenAPI document. Problems that Spring MVC reports itself (an unknown path, a wrong method)
 * keep the type {@code about:blank}; the descriptions cover them too.
 */
public enum Problem {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request",
            "The request cannot be read: a parameter is invalid, or the body is not a JSON object."),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated",
            "No valid bearer token: none, or one that is malformed, expired, not yet valid or not signed by the trusted issuer."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "The token is valid, and its role does not allow this; the detail names the role needed."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "No such resource."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, null, "The Accept header allows no media type this operation sends."),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflicts with existing data (a duplicate, or something still in use)."),
    VERSION_MISMATCH(HttpStatus.PRECONDITION_FAILED, "version-mismatch",
            "If-Match names no version that is the current one; nothing changed."),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The body is larger than 1 MiB."),
    HEADER_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "header-too-large", "A header, such as Authorization, is longer than 8,192 characters."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "The body has another Content-Type than this operation takes."),
    INVALID_FIELDS(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-fields",
            "The body is readable, but fields are invalid: all are listed in errors."),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
            "A bug; the body says nothing internal, the logs have it under the requestId."),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
            "The database, or the identity provider that vouches for tokens, cannot be reached; retry after the given delay."),
    IDENTITY_PROVIDER_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
            "The identity provider that vouches for tokens is unreachable; retry after the given delay.");

    private final HttpStatus status;
    private final URI type;
    private final String description;

    Problem(HttpStatus status, String name, String description) {
        this.status = status;
        this.type = name == null ? null : URI.create("urn:abparts:problem:" + name);
        this.description = description;
    }

    public HttpStatus status() {
        return status;
    }

    /** The {@code type} of problems of this kind; {@code null} for those Spring MVC reports as {@code about:blank}. */
    URI type() {
        return type;
    }

    /** What the problem means, as the OpenAPI document describes the response. */
    public String description() {
        return description;
    }
}
