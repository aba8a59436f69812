package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;
import com.abparts.machines.domain.paging.Page;

/** Use case: page through the machines that the caller sees and that pass a filter. */
public final class ListMachines {

    private final MachineRepository machines;

    public ListMachines(MachineRepository machines) {
        this.machines = machines;
    }

    public Page<OwnedMachine> list(Caller caller, MachineQuery query) {
        return Page.of(machines.list(caller.scope(), query), query.limit(), last -> query.sort().positionAfter(last.machine()));
    }
}
