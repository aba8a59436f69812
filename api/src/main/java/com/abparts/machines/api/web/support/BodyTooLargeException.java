package com.abparts.machines.api.web.support;

import java.io.IOException;

/** A request body grew past the limit while it was read. */
public final class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
