package com.abparts.machines.domain.organization;

import static com.abparts.machines.domain.machine.MachineBuilder.aMachine;

import com.abparts.machines.domain.machine.InMemoryMachineRepository;

class InMemoryOrganizationRepositoryTest extends OrganizationRepositoryContract {

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    protected void givenAMachineOwnedBy(OrganizationId owner) {
        machines.add(aMachine().ownedBy(owner).build());
    }
}
