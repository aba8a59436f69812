package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.organization.OrganizationRepository;

/** Use case: look up one machine by its id. */
public final class FindMachine {

    private final MachineRepository machines;
    private final MachineOwners owners;

    public FindMachine(MachineRepository machines, OrganizationRepository organizations) {
        this.machines = machines;
        this.owners = new MachineOwners(organizations);
    }

    /** @throws MachineNotFoundException when the caller sees no machine with this id */
    public OwnedMachine byId(Caller caller, MachineId id) {
        return owners.of(machines.findById(id).filter(machine -> MachineAccess.sees(caller, machine))
                .orElseThrow(() -> new MachineNotFoundException(id)));
    }
}
