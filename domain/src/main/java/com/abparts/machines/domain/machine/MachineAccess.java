package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Caller;

/** Who may see and change which machine, for the machine use cases. */
final class MachineAccess {

    private final MachineRepository machines;

    MachineAccess(MachineRepository machines) {
        this.machines = machines;
    }

    /** Whether the caller sees the machine: it sees what its organization owns, or everything. */
    static boolean sees(Caller caller, Machine machine) {
        return caller.sees(machine.details().customerOrganizationId());
    }

    /**
     * Lets the caller go on only if it may change the machine. One that may not learns whether the
     * machine exists only where it could see it: elsewhere the answer is that there is no such machine.
     *
     * @throws MachineNotFoundException when the caller cannot see a machine with this id
     * @throws com.abparts.machines.domain.organization.NotPermittedException when it can, and may not change it
     */
    void requireRightToChange(Caller caller, MachineId id, String action) {
        if (!caller.mayChangeTheRegistry()) {
            machines.findById(id).filter(found -> sees(caller, found.machine())).orElseThrow(() -> new MachineNotFoundException(id));
            caller.requireRightToChangeTheRegistry(action);
        }
    }
}
