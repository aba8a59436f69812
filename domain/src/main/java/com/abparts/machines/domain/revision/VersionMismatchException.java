package com.abparts.machines.domain.revision;

/**
 * A writer said which versions it changes, and the current one is not among them: somebody else
 * changed the resource first. Nothing was written.
 */
public final class VersionMismatchException extends RuntimeException {

    public VersionMismatchException(String what, ExpectedVersion expected) {
        super(what + " is not at " + expected);
    }
}
