package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.failure.NotFoundException;

/** No organization has the id a caller asked for. */
public final class OrganizationNotFoundException extends NotFoundException {

    private static final String KIND = "organization";

    public OrganizationNotFoundException(OrganizationId id) {
        super(KIND, id);
    }

    /** The same words, for a field that names an organization that does not exist. */
    public static String describe(OrganizationId id) {
        return describe(KIND, id);
    }
}
