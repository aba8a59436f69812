package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;

/** Use case: look up one machine by its id. */
public final class FindMachine {

    private final MachineRepository machines;

    public FindMachine(MachineRepository machines) {
        this.machines = machines;
    }

    /** @throws MachineNotFoundException when the caller sees no machine with this id */
    public OwnedMachine byId(Caller caller, MachineId id) {
        return machines.findById(id).filter(found -> MachineAccess.sees(caller, found.machine()))
                .orElseThrow(() -> new MachineNotFoundException(id));
    }
}
