package com.abparts.machines.domain.organization;

import java.util.function.Function;

/** The caller is known, and not allowed what it asked for. Nothing was changed. */
public abstract class AccessRefusedException extends RuntimeException {

    protected AccessRefusedException(String message) {
        super(message);
    }

    /** What was refused and why, with the roles spelled as the caller's tokens spell them. */
    public abstract String describe(Function<Role, String> roleName);
}
