package com.abparts.machines.domain.machine;

import com.abparts.machines.domain.organization.InMemoryOrganizationRepository;
import com.abparts.machines.domain.organization.OrganizationRepository;

class InMemoryMachineRepositoryTest extends MachineRepositoryContract {

    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository();
    private final InMemoryMachineRepository machines = new InMemoryMachineRepository(organizations);

    @Override
    protected MachineRepository machines() {
        return machines;
    }

    @Override
    protected OrganizationRepository organizations() {
        return organizations;
    }
}
