package com.abparts.machines.domain.organization;

import java.util.Optional;

/** Callers for use-case tests, one of each kind that the permissions tell apart. */
public final class Callers {

    private Callers() {}

    /** Staff of the platform operator: sees and changes everything. */
    public static Caller platformOperator() {
        return new Caller("operator", Role.SUPER_ADMIN, Optional.empty());
    }

    public static Caller adminOf(OrganizationId organization) {
        return new Caller("admin of " + organization, Role.ADMIN, Optional.of(organization));
    }

    public static Caller userOf(OrganizationId organization) {
        return new Caller("user of " + organization, Role.USER, Optional.of(organization));
    }
}
