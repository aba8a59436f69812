package com.abparts.machines.domain.machine;

import java.util.Objects;

/** Use case: look up one machine by its id. */
public final class FindMachine {

    private final MachineRepository machines;

    public FindMachine(MachineRepository machines) {
        this.machines = Objects.requireNonNull(machines, "machines");
    }

    /**
     * @throws MachineNotFoundException when no machine has this id
     */
    public Machine byId(MachineId id) {
        return machines.findById(id).orElseThrow(() -> new MachineNotFoundException(id));
    }
}
