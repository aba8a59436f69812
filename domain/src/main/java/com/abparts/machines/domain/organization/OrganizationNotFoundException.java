package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.failure.NotFoundException;

/** No organization has the id a caller asked for. */
public final class OrganizationNotFoundException extends NotFoundException {

    public OrganizationNotFoundException(OrganizationId id) {
        super("no organization has the id " + id);
    }
}
