package com.abparts.machines.domain.machine;

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

    public DeleteMachine(MachineRepository machines) {
        this.machines = machines;
    }

    /**
     * @throws MachineNotFoundException when no machine has this id
     * @throws com.abparts.machines.domain.revision.VersionMismatchException when the machine is at a version not expected
     */
    public void delete(Command command) {
        machines.delete(command.id(), command.expectedVersion());
    }
}
