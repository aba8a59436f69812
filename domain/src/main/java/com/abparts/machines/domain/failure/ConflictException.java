package com.abparts.machines.domain.failure;

/** A change that the data already there forbids: a duplicate, or something still in use. */
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }
}
