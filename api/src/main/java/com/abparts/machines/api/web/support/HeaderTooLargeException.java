package com.abparts.machines.api.web.support;

/** A request header is longer than this API reads (431, RFC 6585). */
public final class HeaderTooLargeException extends RuntimeException {

    public HeaderTooLargeException(String header, int limit) {
        super("The " + header + " header is longer than " + limit + " characters.");
    }
}
