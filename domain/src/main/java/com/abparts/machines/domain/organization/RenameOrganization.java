package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.failure.Revisions;
import java.time.Clock;
import java.util.OptionalLong;

/** Use case: an organization changes its name. */
public final class RenameOrganization {

    private final OrganizationRepository organizations;
    private final FindOrganization findOrganization;
    private final Clock clock;

    public RenameOrganization(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.findOrganization = new FindOrganization(organizations);
        this.clock = clock;
    }

    /**
     * @throws OrganizationNotFoundException when no organization has this id
     * @throws com.abparts.machines.domain.failure.VersionMismatchException when the expected version is not the current one
     * @throws DuplicateOrganizationNameException when the name is taken
     */
    public Organization rename(OrganizationId id, String newName, OptionalLong expectedVersion) {
        return Revisions.revise("organization " + id, expectedVersion, () -> findOrganization.byId(id),
                Organization::version, current -> {
                    Organization renamed = current.rename(newName, clock.instant());
                    organizations.update(renamed);
                    return renamed;
                });
    }
}
