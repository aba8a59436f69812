package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Scope;
import com.abparts.machines.domain.paging.PageLimit;
import java.util.List;
import java.util.Optional;

/** What tests use to look at a repository as a whole. */
final class MachineQueries {

    private MachineQueries() {}

    /** Every machine (up to the largest page), newest first. */
    static List<Machine> everyMachineIn(MachineRepository machines) {
        return machines.list(Scope.everything(), new MachineQuery(MachineFilter.ALL, MachineSort.DEFAULT, PageLimit.MAX, Optional.empty()))
                .stream().map(OwnedMachine::machine).toList();
    }

    /** The machine as stored, without its owner. */
    static Optional<Machine> storedIn(MachineRepository machines, MachineId id) {
        return machines.findById(id).map(OwnedMachine::machine);
    }
}
