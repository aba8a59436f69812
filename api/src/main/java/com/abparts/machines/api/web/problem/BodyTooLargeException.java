package com.abparts.machines.api.web.problem;

import java.io.IOException;

/** A request body grew past the limit while it was read. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
