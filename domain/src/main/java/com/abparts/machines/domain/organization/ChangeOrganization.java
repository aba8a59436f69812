package com.abparts.machines.domain.organization;

import com.abparts.machines.domain.revision.ExpectedVersion;
import com.abparts.machines.domain.revision.Revisions;
import java.time.Clock;
import java.util.Objects;

/** Use case: some details of an organization change (its name, today), the others stay as they are. */
public final class ChangeOrganization {

    /** Which organization, at which versions, changes how. */
    public record Command(OrganizationId id, OrganizationChange change, ExpectedVersion expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    private final Revisions<OrganizationId, Organization, Organization> revisions;
    private final Clock clock;

    public ChangeOrganization(OrganizationRepository organizations, Clock clock) {
        this.revisions = new Revisions<>("organization",
                id -> organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id)),
                Organization::version, revised -> {
                    organizations.update(revised);
                    return revised;
                });
        this.clock = clock;
    }

    /**
     * Applies the change to the current details; without a condition on the version, a change that
     * loses a race with another writer is applied again to the newer details.
     *
     * @throws OrganizationNotFoundException when the caller sees no organization with this id
     * @throws NotPermittedException when it sees it, and may not change the registry
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when it is at a version not expected
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException when the changed details are invalid
     * @throws DuplicateOrganizationNameException when the new name is taken
     */
    public Organization change(Caller caller, Command command) {
        OrganizationId id = command.id();
        OrganizationAccess.requireRightToChange(caller, id, "changing organizations");
        return revisions.revise(id, command.expectedVersion(),
                current -> current.revise(current.details().with(command.change()), clock.instant()));
    }
}
