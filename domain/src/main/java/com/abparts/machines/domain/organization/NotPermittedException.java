package com.abparts.machines.domain.organization;

import java.util.function.Function;

/** A caller asked for something its role does not allow. Nothing was changed. */
public final class NotPermittedException extends AccessRefusedException {

    private final String action;
    private final Role needed;

    /** @param action what was asked for, in words, e.g. {@code registering machines} */
    public NotPermittedException(String action, Role needed) {
        super(action + " needs the role " + needed);
        this.action = action;
        this.needed = needed;
    }

    public Role needed() {
        return needed;
    }

    @Override
    public String describe(Function<Role, String> roleName) {
        return action + " needs the role " + roleName.apply(needed);
    }
}
