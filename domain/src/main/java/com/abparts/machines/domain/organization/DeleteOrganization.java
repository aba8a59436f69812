package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.Objects;

/** Use case: an organization leaves. It must not own machines any more. */
public final class DeleteOrganization {

    /** Which organization goes, if it is at one of which versions. */
    public record Command(OrganizationId id, ExpectedVersion expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    private final OrganizationRepository organizations;

    public DeleteOrganization(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /**
     * @throws OrganizationNotFoundException when the caller sees no organization with this id
     * @throws NotPermittedException when it sees it, and may not change the registry
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when it is at a version not expected
     * @throws OrganizationOwnsMachinesException when it still owns machines
     */
    public void delete(Caller caller, Command command) {
        OrganizationAccess.requireRightToChange(caller, command.id(), "deleting organizations");
        organizations.delete(command.id(), command.expectedVersion());
    }
}
