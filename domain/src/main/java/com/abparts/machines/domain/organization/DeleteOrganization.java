package com.abparts.machines.domain.organization;

import java.util.OptionalLong;

/** Use case: an organization leaves. It must not own machines any more. */
public final class DeleteOrganization {

    private final OrganizationRepository organizations;

    public DeleteOrganization(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /**
     * @throws OrganizationNotFoundException when no organization has this id
     * @throws com.abparts.machines.domain.failure.VersionMismatchException when the expected version is not the current one
     * @throws OrganizationOwnsMachinesException when it still owns machines
     */
    public void delete(OrganizationId id, OptionalLong expectedVersion) {
        organizations.delete(id, expectedVersion);
    }
}
