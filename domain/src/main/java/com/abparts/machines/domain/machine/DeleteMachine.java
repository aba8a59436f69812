package com.abparts.machines.domain.machine;

import java.util.OptionalLong;

/** Use case: a machine leaves the registry. */
public final class DeleteMachine {

    private final MachineRepository machines;

    public DeleteMachine(MachineRepository machines) {
        this.machines = machines;
    }

    /**
     * @throws MachineNotFoundException when no machine has this id
     * @throws com.abparts.machines.domain.failure.VersionMismatchException when the expected version is not the current one
     */
    public void delete(MachineId id, OptionalLong expectedVersion) {
        machines.delete(id, expectedVersion);
    }
}
