package com.abparts.machines.api.web.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Each kind of problem this API answers with: its status, its {@code type}, and what it means in
 * the OpenAPI document. Problems that Spring MVC reports itself (an unknown path, a wrong method)
 * keep the type {@code about:blank}; the descriptions cover them too.
 */
public enum Problem {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request",
            "The request cannot be read: a parameter is invalid (errors names it), the query string is not percent-encoded UTF-8 "
                    + "or has over 1,000 parameters, or the body is not a JSON object, names a property twice or nests over 32 deep.",
            "limit must be a whole number from 1 to 500"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated",
            "No valid bearer token: none, or one that is malformed, expired, not yet valid or not signed by the trusted issuer.",
            "This API needs a bearer token: Authorization: Bearer <JWT>."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "The token is valid, and its role does not allow this; the detail names the role needed.",
            "Registering machines needs the role super_admin."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "No such resource.", "no machine has the id 0b5e6c1e-8c1f-4a53-9a4e-3f0c2b7f9d10"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, null, "The Accept header allows no media type this operation sends.",
            "Acceptable representations: [application/json, application/problem+json]."),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflicts with existing data (a duplicate, or something still in use).",
            "a machine with the serial number 'AB-2024-0042' exists already"),
    VERSION_MISMATCH(HttpStatus.PRECONDITION_FAILED, "version-mismatch",
            "If-Match names no version that is the current one; nothing changed.",
            "machine 0b5e6c1e-8c1f-4a53-9a4e-3f0c2b7f9d10 is not at version 3; nothing was changed. Fetch it again and retry with its new ETag."),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The body is larger than 1 MiB.",
            "The request body is larger than 1048576 bytes (1 MiB)."),
    HEADER_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "header-too-large",
            "A header, such as Authorization, is longer than 8,192 characters.", "The Authorization header is longer than 8192 characters."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "The body has another Content-Type than this operation takes.",
            "Content-Type 'text/plain' is not supported."),
    INVALID_FIELDS(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-fields",
            "The body is readable, but fields are invalid: all are counted in detail, the first 100 listed in errors.",
            "2 fields are invalid"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
            "A bug; the body says nothing internal, the logs have it under the requestId.",
            ProblemHandler.BUG),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
            "The database, or the identity provider that vouches for tokens, cannot be reached; retry after the given delay.",
            "The database cannot be reached right now; try again shortly."),
    IDENTITY_PROVIDER_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
            "The identity provider that vouches for tokens is unreachable; retry after the given delay.",
            "The identity provider cannot be reached to check the token; try again shortly.");

    private final HttpStatus status;
    private final URI type;
    private final String description;
    private final String exampleDetail;

    Problem(HttpStatus status, String name, String description, String exampleDetail) {
        this.status = status;
        this.type = name == null ? null : URI.create("urn:abparts:problem:" + name);
        this.description = description;
        this.exampleDetail = exampleDetail;
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

    /** A problem of this kind as the OpenAPI document shows it: type, title, status, detail, and for 400 and 422 the errors. */
    public Map<String, Object> example() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type == null ? "about:blank" : type.toString());
        example.put("title", status.getReasonPhrase());
        example.put("status", status.value());
        example.put("detail", exampleDetail);
        example.put("instance", "/api/v1/machines");
        example.put("requestId", "0f8e7c9a-3b6d-4f2e-9a1c-5d4b3a2f1e0d");
        example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        if (this == INVALID_REQUEST) {
            example.put("errors", List.of(Map.of("field", "limit", "message", "must be a whole number from 1 to 500")));
        } else if (this == INVALID_FIELDS) {
            example.put("errors", List.of(
                    Map.of("field", "status", "message", "must be one of active, inactive, maintenance, decommissioned",
                            "allowedValues", List.of("active", "inactive", "maintenance", "decommissioned")),
                    Map.of("field", "serialNumber", "message", "must not be blank")));
        }
        return example;
    }
}
