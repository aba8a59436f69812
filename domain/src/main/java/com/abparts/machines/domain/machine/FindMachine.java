package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationRepository;

/** Use case: look up one machine by its id. */
public final class FindMachine {

    private final MachineRepository machines;
    private final MachineOwners owners;

    public FindMachine(MachineRepository machines, OrganizationRepository organizations) {
        this.machines = machines;
        this.owners = new MachineOwners(organizations);
    }

    /** @throws MachineNotFoundException when no machine has this id */
    public OwnedMachine byId(MachineId id) {
        return owners.of(machines.findById(id).orElseThrow(() -> new MachineNotFoundException(id)));
    }
}
