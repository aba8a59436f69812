package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.OrganizationRepository;
import com.abparts.machines.domain.paging.Page;

/** Use case: page through the machines that pass a filter. */
public final class ListMachines {

    private final MachineRepository machines;
    private final MachineOwners owners;

    public ListMachines(MachineRepository machines, OrganizationRepository organizations) {
        this.machines = machines;
        this.owners = new MachineOwners(organizations);
    }

    public Page<OwnedMachine> list(MachineQuery query) {
        Page<Machine> page = Page.of(machines.list(query), query.limit(), query.sort()::positionAfter);
        return new Page<>(owners.of(page.items()), page.next());
    }
}
