package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.Organization;
import com.abparts.machines.domain.organization.OrganizationRepository;
import java.time.Clock;

/** Use case: a machine joins the registry. */
public final class RegisterMachine {

    private final MachineRepository machines;
    private final MachineOwners owners;
    private final Clock clock;

    public RegisterMachine(MachineRepository machines, OrganizationRepository organizations, Clock clock) {
        this.machines = machines;
        this.owners = new MachineOwners(organizations);
        this.clock = clock;
    }

    /**
     * @throws com.abparts.machines.domain.validation.InvalidFieldsException when the owner does not exist
     * @throws DuplicateSerialNumberException when the serial number is taken
     */
    public OwnedMachine register(MachineDetails details) {
        Organization owner = owners.named(details);
        Machine machine = Machine.register(MachineId.newId(), details, clock.instant());
        machines.add(machine);
        return new OwnedMachine(machine, owner);
    }
}
