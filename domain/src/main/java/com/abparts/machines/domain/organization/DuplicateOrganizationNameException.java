package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.failure.ConflictException;

/** Another organization has this name already. */
public final class DuplicateOrganizationNameException extends ConflictException {

    public DuplicateOrganizationNameException(String name) {
        super("an organization named '" + name + "' exists already");
    }
}
