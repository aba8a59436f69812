package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.paging.Page;

/** Use case: page through the machines that the caller sees and that pass a filter. */
public final class ListMachines {

    private final MachineRepository machines;
    private final MachineOwners owners;

    public ListMachines(MachineRepository machines, OrganizationRepository organizations) {
        this.machines = machines;
        this.owners = new MachineOwners(organizations);
    }

    public Page<OwnedMachine> list(Caller caller, MachineQuery query) {
        Page<Machine> page = Page.of(machines.list(caller.scope(), query), query.limit(), query.sort()::positionAfter);
        return new Page<>(owners.of(page.items()), page.next());
    }
}
