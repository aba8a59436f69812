package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.revision.ExpectedVersion;
import java.time.Clock;
import java.util.Objects;

/** Use case: every detail of a machine is replaced. */
public final class ReplaceMachine {

    /** Which machine, at which versions, gets which details. */
    public record Command(MachineId id, MachineDetails details, ExpectedVersion expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    private final MachineRevisions revisions;

    public ReplaceMachine(MachineRepository machines, OrganizationRepository organizations, Clock clock) {
        this.revisions = new MachineRevisions(machines, organizations, clock);
    }

    /**
     * @throws MachineNotFoundException when no machine has this id
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when the machine is at a version not expected
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException when the owner does not exist
     * @throws DuplicateSerialNumberException when the new serial number is taken
     */
    public OwnedMachine replace(Command command) {
        return revisions.revise(command.id(), command.expectedVersion(), current -> command.details());
    }
}
