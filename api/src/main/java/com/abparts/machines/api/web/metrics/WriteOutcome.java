package com.abparts.machines.api.web.metrics;

import java.util.Locale;

/** What became of a write, by the status it was answered with. */
enum WriteOutcome {
    CREATED, CHANGED, DELETED, INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, PRECONDITION_FAILED, PRECONDITION_REQUIRED, FAILED, OTHER;

    static WriteOutcome of(int status) {
        return switch (status) {
            case 201 -> CREATED;
            case 200 -> CHANGED;
            case 204 -> DELETED;
            case 400, 413, 415, 422, 431 -> INVALID;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 428 -> PRECONDITION_REQUIRED;
            default -> status >= 500 ? FAILED : OTHER;
        };
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
