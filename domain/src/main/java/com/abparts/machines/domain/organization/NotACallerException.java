package com.abparts.machines.domain.organization;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A verified identity that cannot call: it has no role, or it is staff of a customer organization without one. */
public final class NotACallerException extends AccessRefusedException {

    /** Why the identity cannot call. */
    public enum Reason {
        /** None of ABParts' roles. */
        NO_ROLE,
        /** An admin or user that belongs to no organization. */
        NO_ORGANIZATION
    }

    private final Reason reason;

    public NotACallerException(Reason reason) {
        super(reason == Reason.NO_ROLE ? "the identity has none of the roles" : "an admin or user belongs to no organization");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String describe(Function<Role, String> roleName) {
        return switch (reason) {
            case NO_ROLE -> "calling this API needs one of the roles "
                    + Arrays.stream(Role.values()).map(roleName).collect(Collectors.joining(", "));
            case NO_ORGANIZATION -> "an " + roleName.apply(Role.ADMIN) + " or " + roleName.apply(Role.USER)
                    + " must belong to an organization, and this one names none";
        };
    }
}
