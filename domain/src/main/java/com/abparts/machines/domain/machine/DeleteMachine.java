package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.revision.ExpectedVersion;
import java.util.Objects;

/** Use case: a machine leaves the registry. */
public final class DeleteMachine {

    /** Which machine goes, if it is at one of which versions. */
    public record Command(MachineId id, ExpectedVersion expectedVersion) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }
    }

    private final MachineRepository machines;
    private final MachineAccess access;

    public DeleteMachine(MachineRepository machines) {
        this.machines = machines;
        this.access = new MachineAccess(machines);
    }

    /**
     * @throws MachineNotFoundException when the caller sees no machine with this id
     * @throws com.abparts.machines.domain.organization.NotPermittedException when it sees it, and may not change the registry
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when the machine is at a version not expected
     */
    public void delete(Caller caller, Command command) {
        access.requireRightToChange(caller, command.id(), "deleting machines");
        machines.delete(command.id(), command.expectedVersion());
    }
}
