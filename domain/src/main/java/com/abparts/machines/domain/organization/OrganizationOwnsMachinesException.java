package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.failure.ConflictException;

/** An organization cannot go while it still owns machines. */
public final class OrganizationOwnsMachinesException extends ConflictException {

    public OrganizationOwnsMachinesException(OrganizationId id) {
        super("organization " + id + " still owns machines; delete or reassign them first");
    }
}
