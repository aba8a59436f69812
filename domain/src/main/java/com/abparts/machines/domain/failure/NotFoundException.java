package com.abparts.machines.domain.failure;

/** A caller named something that does not exist. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
