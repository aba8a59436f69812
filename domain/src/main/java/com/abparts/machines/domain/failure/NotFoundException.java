package com.abparts.machines.domain.failure;

/** A caller named something that does not exist. */
public abstract class NotFoundException extends RuntimeException {

    /** @param kind what was looked for, e.g. {@code machine} */
    protected NotFoundException(String kind, Object id) {
        super(describe(kind, id));
    }

    /** The words for "nothing of this kind has this id", wherever a missing thing is reported. */
    protected static String describe(String kind, Object id) {
        return "no " + kind + " has the id " + id;
    }
}
