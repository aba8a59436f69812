package com.abparts.machines.domain.failure;

/**
 * A writer said which version it changed, and that is not the current one: somebody else changed
 * it first. Nothing was written.
 */
public final class VersionMismatchException extends RuntimeException {

    private final long expected;

    public VersionMismatchException(String what, long expected) {
        super(what + " is no longer at version " + expected);
        this.expected = expected;
    }

    public long expected() {
        return expected;
    }
}
